/**
 * Selectors over the snapshot: the checklist of the chosen pathway and its readiness today.
 * Derived with pure domain functions and memoised on the snapshot, never stored.
 */
import { useMemo } from 'react';
import { buildChecklist, withCertificationVerdicts } from '../domain/checklist';
import { getPathway } from '../domain/pathways/catalog';
import { readinessOn } from '../domain/readiness';
import type { Readiness } from '../domain/readiness';
import type { ChecklistItem, Pathway } from '../domain/types';
import { useAppStore } from './app-store';

export interface ChecklistView {
  pathway: Pathway;
  items: ChecklistItem[];
  readiness: Readiness;
}

export function useChecklist(): ChecklistView {
  const snapshot = useAppStore((state) => state.snapshot);
  const today = useAppStore((state) => state.today);
  return useMemo(() => {
    const pathway = getPathway(snapshot.settings.pathwayId);
    const items = withCertificationVerdicts(
      buildChecklist(pathway, snapshot.customRequirements, snapshot.requirementStates),
      snapshot.certifications,
      today,
      snapshot.settings.warningDays,
    );
    return { pathway, items, readiness: readinessOn(items, today) };
  }, [snapshot, today]);
}
