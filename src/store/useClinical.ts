/**
 * Selector for the clinical hours screen: totals (verified apart), pace, forecast against the
 * application date, and the log newest first. Memoised on the entries, targets and date only,
 * so ticking a checklist box does not recompute 10,000 entries; a new entry patches the totals
 * (clinical-figures.ts), the log's order (sorted-view.ts) and the chart's running total
 * (daily-hours.ts) rather than going over them all again.
 */
import { useMemo } from 'react';
import { getPathway } from '../domain/pathways/catalog';
import { forecast, newestEntryFirst } from '../domain/hours';
import type { ClinicalTotals, CumulativePoint, Forecast } from '../domain/hours';
import type { ClinicalEntry, ClinicalRules, ClinicalTargets } from '../domain/types';
import { requiredHours } from '../domain/verdicts';
import { useAppStore } from './app-store';
import { trackedClinicalFigures } from './clinical-figures';
import { trackedCumulativeHours } from './daily-hours';
import { createSortedView } from './sorted-view';

/** The log newest first, patched as entries come and go rather than sorted again. */
const newestFirst = createSortedView(newestEntryFirst);

export interface ClinicalView {
  rules: ClinicalRules;
  targets: ClinicalTargets;
  required: number | undefined;
  totals: ClinicalTotals;
  perWeek: number;
  outlook: Forecast | undefined;
  /** Newest first (newestEntryFirst). */
  entries: readonly ClinicalEntry[];
  /** The running total by day, for the chart. */
  points: readonly CumulativePoint[];
  applicationDate: string | undefined;
}

export function useClinical(): ClinicalView {
  const entries = useAppStore((state) => state.snapshot.clinicalEntries);
  const settings = useAppStore((state) => state.snapshot.settings);
  const today = useAppStore((state) => state.today);
  const ordered = newestFirst(entries);
  const points = trackedCumulativeHours(entries);
  return useMemo(() => {
    const pathway = getPathway(settings.pathwayId);
    const rules = pathway.clinical;
    const required = requiredHours(pathway, settings.clinicalTargets);
    const { totals, perWeek } = trackedClinicalFigures(entries, today, rules.countsUnverified);
    return {
      rules,
      targets: settings.clinicalTargets,
      required,
      totals,
      perWeek,
      outlook:
        required !== undefined ? forecast(totals.counted, required, perWeek, today) : undefined,
      entries: ordered,
      points,
      applicationDate: settings.applicationDate,
    };
  }, [entries, ordered, points, settings, today]);
}
