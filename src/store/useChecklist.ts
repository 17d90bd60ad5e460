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
import { useAppStore, useSlicesLoaded } from './app-store';
import { useJudging } from './judging';
import { usePathway } from './usePathway';
import { RECORD_SLICES, useRecords } from './useRecords';

export interface ChecklistView {
  /** Undefined for the moment a pathway other than the default takes to load. */
  pathway: Pathway | undefined;
  items: ChecklistItem[];
  /**
   * False until the judging code (store/judging.ts) and the records it reads have arrived:
   * record-backed items have no verdict yet, and readiness is not counted.
   */
  judged: boolean;
  /** Undefined until judged. */
  readiness: Readiness | undefined;
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
  const loadedJudging = useJudging();
  const recordsLoaded = useSlicesLoaded(RECORD_SLICES);
  const judging = recordsLoaded ? loadedJudging : undefined;
  return useMemo(() => {
    if (!pathway) return { pathway, items: [], judged: false, readiness: undefined };
    const outline = buildChecklist(pathway, customRequirements, requirementStates);
    if (!judging) return { pathway, items: outline, judged: false, readiness: undefined };
    const items = judging.withVerdicts(
      outline,
      pathway,
      records,
      { asOf: today, warningDays, ...(applicationDate ? { applicationDate } : {}) },
      judging.judgeRecords,
    );
    return { pathway, items, judged: true, readiness: readinessOn(items, today) };
  }, [
    judging,
    pathway,
    customRequirements,
    requirementStates,
    records,
    today,
    warningDays,
    applicationDate,
  ]);
}
