/**
 * Selectors over the snapshot: the checklist of the chosen pathway, its record-backed
 * requirements judged today, and readiness. Each part is memoised on the slices it reads: a tick
 * rebuilds the list but reuses every record verdict (verdict-cache.ts).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildChecklist } from '../domain/checklist';
import { readinessOn } from '../domain/readiness';
import type { Readiness } from '../domain/readiness';
import type { ChecklistItem, Pathway } from '../domain/types';
import { withVerdicts } from '../domain/verdicts';
import { useAppStore } from './app-store';
import { usePathway } from './usePathway';
import { useRecords } from './useRecords';
import { judgeRecords } from './verdict-cache';

export interface ChecklistView {
  /** Undefined for the moment a pathway other than the default takes to load. */
  pathway: Pathway | undefined;
  items: ChecklistItem[];
  readiness: Readiness;
}

export function useChecklist(): ChecklistView {
  const { pathwayId, applicationDate, warningDays, customRequirements, requirementStates } =
    useAppStore(
      useShallow((state) => ({
        pathwayId: state.snapshot.settings.pathwayId,
        applicationDate: state.snapshot.settings.applicationDate,
        warningDays: state.snapshot.settings.warningDays,
        customRequirements: state.snapshot.customRequirements,
        requirementStates: state.snapshot.requirementStates,
      })),
    );
  const today = useAppStore((state) => state.today);
  const records = useRecords();
  const pathway = usePathway(pathwayId);
  return useMemo(() => {
    if (!pathway) return { pathway, items: [], readiness: readinessOn([], today) };
    const items = withVerdicts(
      buildChecklist(pathway, customRequirements, requirementStates),
      pathway,
      records,
      { asOf: today, warningDays, ...(applicationDate ? { applicationDate } : {}) },
      judgeRecords,
    );
    return { pathway, items, readiness: readinessOn(items, today) };
  }, [
    pathway,
    customRequirements,
    requirementStates,
    records,
    today,
    warningDays,
    applicationDate,
  ]);
}
