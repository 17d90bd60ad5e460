/**
 * The clinical log by day (domain/hours.ts: DailyHours), kept up to date as entries come and go:
 * the chart's running total is drawn from it without going over 10,000 entries again when one is
 * logged. Patched with the rows a commit changed (row-changes.ts), as clinical-figures.ts is.
 */
import { cumulativeOfDays, dailyHoursOf, tallyDay } from '../domain/hours';
import type { CumulativePoint, DailyHours } from '../domain/hours';
import type { ClinicalEntry } from '../domain/types';
import { refold } from './row-changes';
import type { Folded } from './row-changes';

/** The running total by day of `entries` (a new array only when they changed). */
export type CumulativeHoursOf = (entries: readonly ClinicalEntry[]) => readonly CumulativePoint[];

export function createCumulativeHours(): CumulativeHoursOf {
  let last: { days: Folded<ClinicalEntry, DailyHours>; points: CumulativePoint[] } | undefined;
  return (entries) => {
    const days = refold(last?.days, entries, dailyHoursOf, tallyDay);
    if (days !== last?.days) last = { days, points: cumulativeOfDays(days.value) };
    return last.points;
  };
}

/** The clinical screen's (useClinical.ts). */
export const trackedCumulativeHours: CumulativeHoursOf = createCumulativeHours();
