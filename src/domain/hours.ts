/**
 * Clinical experience: totals by area (verified and not), procedure counts, the current pace and
 * the date the requirement is met at that pace. Pure functions over entries and a given date;
 * entries dated after that date do not count yet. Nothing here divides by a zero pace.
 */
import { addDays, addYears, differenceInCalendarDays, subDays } from 'date-fns';
import { isAfter, toIsoDate, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import type { IsoDate } from './dates';
import type { ClinicalEntry, ClinicalRules, CountKind, CountRequirement } from './types';
import { MAX_HOURS_PER_ENTRY } from './records/limits';

/** Hours are logged in quarter hours. */
export const HOURS_STEP = 0.25;
export const MAX_HOURS_PER_DAY = MAX_HOURS_PER_ENTRY;
/** Pace is measured over the last four weeks. */
export const PACE_WEEKS = 4;

export interface HoursSplit {
  verified: number;
  unverified: number;
  /** What counts towards the requirement: verified only, or all where the pathway allows. */
  counted: number;
}

export interface ClinicalTotals extends HoursSplit {
  /** Keyed by the entries' own area text: a Map, so no text can reach an object's prototype. */
  byArea: ReadonlyMap<string, HoursSplit>;
  counts: Record<CountKind, HoursSplit>;
  entries: number;
}

function emptySplit(): HoursSplit {
  return { verified: 0, unverified: 0, counted: 0 };
}

function isVerifiedOn(entry: ClinicalEntry, asOf: IsoDate): boolean {
  return entry.verifiedOn !== undefined && !isAfter(entry.verifiedOn, asOf);
}

function add(
  split: HoursSplit,
  amount: number,
  verified: boolean,
  countsUnverified: boolean,
): void {
  if (verified) split.verified += amount;
  else split.unverified += amount;
  if (verified || countsUnverified) split.counted += amount;
}

/**
 * The running sums behind `clinicalFigures`, on one date, in whole quarter hours (and whole
 * procedures), so that an entry taken away again leaves exactly what was there: a store can keep
 * one up to date as entries come and go (store/clinical-figures.ts) instead of going over every
 * entry again. Build with `emptyTally` or `tallyOf`, change with `tallyEntry`, read with
 * `figuresOfTally`.
 */
export interface ClinicalTally {
  readonly asOf: IsoDate;
  readonly countsUnverified: boolean;
  /** The first day of the pace window (PACE_WEEKS up to and including asOf). */
  readonly paceFrom: IsoDate;
  quarters: HoursSplit;
  /** Each area's sums, with how many entries it holds (an area with none is dropped). */
  byArea: Map<string, { split: HoursSplit; entries: number }>;
  counts: Record<CountKind, HoursSplit>;
  entries: number;
  /** Quarter hours dated in the pace window, verified or not. */
  paceQuarters: number;
}

export function emptyTally(asOf: IsoDate, countsUnverified: boolean): ClinicalTally {
  return {
    asOf,
    countsUnverified,
    paceFrom: toIsoDate(subDays(toLocalDate(asOf), PACE_WEEKS * 7 - 1)),
    quarters: emptySplit(),
    byArea: new Map(),
    counts: { venipuncture: emptySplit(), 'skin-puncture': emptySplit() },
    entries: 0,
    paceQuarters: 0,
  };
}

/** Add one entry to the tally (`sign` 1), or take one added before away again (`sign` -1). */
export function tallyEntry(tally: ClinicalTally, entry: ClinicalEntry, sign: 1 | -1): void {
  const { asOf, countsUnverified } = tally;
  if (isAfter(entry.date, asOf)) return;
  const entryQuarters = Math.round(entry.hours / HOURS_STEP);
  if (!isAfter(tally.paceFrom, entry.date)) tally.paceQuarters += sign * entryQuarters;
  tally.entries += sign;
  const verified = isVerifiedOn(entry, asOf);
  add(tally.quarters, sign * entryQuarters, verified, countsUnverified);
  let area = tally.byArea.get(entry.area);
  if (!area) tally.byArea.set(entry.area, (area = { split: emptySplit(), entries: 0 }));
  add(area.split, sign * entryQuarters, verified, countsUnverified);
  area.entries += sign;
  if (area.entries === 0) tally.byArea.delete(entry.area);
  for (const [kind, count] of Object.entries(entry.counts ?? {}) as [CountKind, number][]) {
    const split = tally.counts[kind] as HoursSplit | undefined;
    // Skip kinds this version does not know (a record from a newer version, say).
    if (split && Number.isFinite(count)) add(split, sign * count, verified, countsUnverified);
  }
}

/** A tally of every entry in `entries`. */
export function tallyOf(
  entries: readonly ClinicalEntry[],
  asOf: IsoDate,
  countsUnverified: boolean,
): ClinicalTally {
  const tally = emptyTally(asOf, countsUnverified);
  for (const entry of entries) tallyEntry(tally, entry, 1);
  return tally;
}

/** The totals a tally holds: hours from its quarters, areas in the order of their names. */
function totalsOfTally(tally: ClinicalTally): ClinicalTotals {
  const toHours = (split: HoursSplit): HoursSplit => ({
    verified: split.verified * HOURS_STEP,
    unverified: split.unverified * HOURS_STEP,
    counted: split.counted * HOURS_STEP,
  });
  return {
    ...toHours(tally.quarters),
    byArea: new Map(
      [...tally.byArea]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([area, { split }]) => [area, toHours(split)]),
    ),
    counts: {
      venipuncture: { ...tally.counts.venipuncture },
      'skin-puncture': { ...tally.counts['skin-puncture'] },
    },
    entries: tally.entries,
  };
}

/**
 * Totals of the entries dated on or before `asOf`. Hours are summed in quarter-hour units, so
 * 10,000 entries of 0.25 add up to exactly 2,500 with no floating-point drift.
 */
export function clinicalTotals(
  entries: readonly ClinicalEntry[],
  asOf: IsoDate,
  countsUnverified: boolean,
): ClinicalTotals {
  return totalsOfTally(tallyOf(entries, asOf, countsUnverified));
}

/** The procedures counted towards one count requirement, summed over its kinds. */
export function countTowards(totals: ClinicalTotals, requirement: CountRequirement): number {
  return requirement.kinds.reduce((sum, kind) => sum + totals.counts[kind].counted, 0);
}

/** Every kind of procedure a set of requirements counts, in order, once each. */
export function countedKinds(requirements: readonly CountRequirement[]): CountKind[] {
  return [...new Set(requirements.flatMap((requirement) => requirement.kinds))];
}

/** What the clinical screen and verdicts read of a log on one date: totals and pace. */
export interface ClinicalFigures {
  totals: ClinicalTotals;
  /**
   * Hours per week over the last PACE_WEEKS up to and including the date, all entries counted
   * (signed off or not).
   */
  perWeek: number;
}

/** The figures a tally holds. */
export function figuresOfTally(tally: ClinicalTally): ClinicalFigures {
  return {
    totals: totalsOfTally(tally),
    perWeek: (tally.paceQuarters * HOURS_STEP) / PACE_WEEKS,
  };
}

/** How clinical figures are computed: `clinicalFigures` here, or a store's patched copy of it. */
export type ClinicalFiguresOf = (
  entries: readonly ClinicalEntry[],
  asOf: IsoDate,
  countsUnverified: boolean,
) => ClinicalFigures;

/** Totals and pace in one pass over the entries. */
export const clinicalFigures: ClinicalFiguresOf = (entries, asOf, countsUnverified) =>
  figuresOfTally(tallyOf(entries, asOf, countsUnverified));

/** A forecast further out than this is no forecast: "not within 10 years at this pace". */
export const FORECAST_HORIZON_YEARS = 10;

export type Forecast =
  | { status: 'met' }
  | { status: 'on-pace'; date: IsoDate; weeks: number }
  | { status: 'no-pace' }
  /** Nothing counted and nothing logged lately: no pace to judge from, so no verdict either. */
  | { status: 'no-data' }
  | { status: 'beyond-horizon'; years: number };

/**
 * When `done` reaches `required` at `perWeek` from `asOf`. With nothing done and no pace there is
 * nothing to forecast from ('no-data'); a pace of zero after some hours never arrives; a date past
 * the horizon is not computed (it could leave the range of dates the app keeps).
 */
export function forecast(done: number, required: number, perWeek: number, asOf: IsoDate): Forecast {
  if (done >= required) return { status: 'met' };
  if (!(perWeek > 0)) return done > 0 ? { status: 'no-pace' } : { status: 'no-data' };
  const days = Math.ceil(((required - done) / perWeek) * 7);
  const start = toLocalDate(asOf);
  if (days > differenceInCalendarDays(addYears(start, FORECAST_HORIZON_YEARS), start))
    return { status: 'beyond-horizon', years: FORECAST_HORIZON_YEARS };
  return {
    status: 'on-pace',
    date: toIsoDate(addDays(start, days)),
    weeks: Math.ceil(days / 7),
  };
}

/** The forecast in words, against the application date when there is one. */
export function describeForecast(result: Forecast, applicationDate?: IsoDate): string {
  if (result.status === 'met') return 'Requirement met.';
  if (result.status === 'no-data') return 'Log a few weeks of hours to see a forecast.';
  if (result.status === 'no-pace')
    return 'Not met at the current pace: no hours logged in the last 4 weeks.';
  if (result.status === 'beyond-horizon')
    return `Not within ${result.years} years at your pace of the last 4 weeks: log more hours each week.`;
  const when = formatDisplayDate(result.date);
  if (!applicationDate) return `At your pace of the last 4 weeks, met by ${when}.`;
  return isAfter(result.date, applicationDate)
    ? `At your pace, met by ${when}: after your application date ${formatDisplayDate(applicationDate)}. Log more hours each week to make it.`
    : `At your pace, met by ${when}, before your application date ${formatDisplayDate(applicationDate)}.`;
}

export interface CumulativePoint {
  date: IsoDate;
  total: number;
}

/**
 * Quarter hours logged on each day, with how many entries each day holds (a day with none is
 * dropped): what the chart's running total is drawn from (`cumulativeOfDays`). Kept up to date
 * one entry at a time (store/daily-hours.ts) instead of going over the whole log again. Build
 * with `dailyHoursOf`, change with `tallyDay`.
 */
export type DailyHours = Map<IsoDate, { quarters: number; entries: number }>;

/** Add one entry to its day (`sign` 1), or take one added before away again (`sign` -1). */
export function tallyDay(days: DailyHours, entry: ClinicalEntry, sign: 1 | -1): void {
  let day = days.get(entry.date);
  if (!day) days.set(entry.date, (day = { quarters: 0, entries: 0 }));
  day.quarters += sign * Math.round(entry.hours / HOURS_STEP);
  day.entries += sign;
  if (day.entries === 0) days.delete(entry.date);
}

/** Every entry of `entries`, by day. */
export function dailyHoursOf(entries: readonly ClinicalEntry[]): DailyHours {
  const days: DailyHours = new Map();
  for (const entry of entries) tallyDay(days, entry, 1);
  return days;
}

/** Running total of hours by day, for the chart: one point per day with entries, in date order. */
export function cumulativeOfDays(days: DailyHours): CumulativePoint[] {
  let running = 0;
  return [...days.keys()].sort().map((date) => {
    running += days.get(date)?.quarters ?? 0;
    return { date, total: running * HOURS_STEP };
  });
}

/** Running total of hours by day, for the chart: one point per day with entries. */
export function cumulativeHours(entries: readonly ClinicalEntry[]): CumulativePoint[] {
  return cumulativeOfDays(dailyHoursOf(entries));
}

/**
 * The log's order: newest first by date, then by the later record, then by id, so that any two
 * entries have one order (store/sorted-view.ts relies on it).
 */
export function newestEntryFirst(a: ClinicalEntry, b: ClinicalEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** A rotation area's name by its id; an id the rules do not know is shown as it is. */
export function clinicalAreaLabel(rules: ClinicalRules, id: string): string {
  return rules.areas.find((area) => area.id === id)?.label ?? id;
}

/**
 * Days from one calendar date to others, for the chart's time axis: `daysFrom(a)(b)` is the
 * number of days from a to b. `from` is read once for the hundreds of points a chart places.
 */
export function daysFrom(from: IsoDate): (to: IsoDate) => number {
  const start = toLocalDate(from);
  return (to) => differenceInCalendarDays(toLocalDate(to), start);
}

/** Hours already logged on a day, leaving out one entry (the one being edited). */
export function hoursOnDay(
  entries: readonly ClinicalEntry[],
  date: IsoDate,
  exceptId?: string,
): number {
  let quarters = 0;
  for (const entry of entries)
    if (entry.date === date && entry.id !== exceptId)
      quarters += Math.round(entry.hours / HOURS_STEP);
  return quarters * HOURS_STEP;
}
