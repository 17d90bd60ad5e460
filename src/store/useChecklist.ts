/**
 * Selectors over the snapshot: the checklist of the chosen pathway, its record-backed
 * requirements judged today, and readiness. Derived with pure domain functions, memoised on the
 * snapshot, never stored.
 */
import { useMemo } from 'react';
import { buildChecklist } from '../domain/checklist';
import { readinessOn } from '../domain/readiness';
import type { Readiness } from '../domain/readiness';
import type { ChecklistItem, Pathway } from '../domain/types';
import { withVerdicts } from '../domain/verdicts';
import type { StudentRecords } from '../domain/verdicts';
import type { Snapshot } from '../db/snapshot';
import { useAppStore } from './app-store';
import { usePathway } from './usePathway';

export interface ChecklistView {
  /** Undefined for the moment a pathway other than the default takes to load. */
  pathway: Pathway | undefined;
  items: ChecklistItem[];
  readiness: Readiness;
}

export function recordsOf(snapshot: Snapshot): StudentRecords {
  return {
    certifications: snapshot.certifications,
    ...(snapshot.degree ? { degree: snapshot.degree } : {}),
    courses: snapshot.courses,
    clinicalEntries: snapshot.clinicalEntries,
    clinicalTargets: snapshot.settings.clinicalTargets,
    examPlans: snapshot.examPlans,
  };
}

export function useChecklist(): ChecklistView {
  const snapshot = useAppStore((state) => state.snapshot);
  const today = useAppStore((state) => state.today);
  const pathway = usePathway(snapshot.settings.pathwayId);
  return useMemo(() => {
    if (!pathway) return { pathway, items: [], readiness: readinessOn([], today) };
    const { applicationDate, warningDays } = snapshot.settings;
    const items = withVerdicts(
      buildChecklist(pathway, snapshot.customRequirements, snapshot.requirementStates),
      pathway,
      recordsOf(snapshot),
      { asOf: today, warningDays, ...(applicationDate ? { applicationDate } : {}) },
    );
    return { pathway, items, readiness: readinessOn(items, today) };
  }, [pathway, snapshot, today]);
}
