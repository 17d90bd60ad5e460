/**
 * Calendar dates as the student types them: 'yyyy-MM-dd' strings.
 * This is the only module that turns such a string into a Date, and it does so at local midnight
 * through date-fns, never through `new Date('yyyy-MM-dd')` (which is UTC and shifts a day west of
 * Greenwich). It never reads the clock: "today" is always passed in.
 */
import { isValid, lightFormat, parseISO } from 'date-fns';

/** A calendar date, 'yyyy-MM-dd'. Validate with `isIsoDate` before trusting one from outside. */
export type IsoDate = string;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range every stored date obeys, in forms, the database and backups alike: wide enough for
 * any birth, course or card a student has, narrow enough that every date the app shows or writes
 * (a calendar file's DTEND, a forecast) keeps a four-digit year.
 */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2199-12-31';

function isCalendarDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_SHAPE.test(value)) return false;
  const parsed = parseISO(value);
  // Round-tripping rejects dates date-fns would roll over, such as 2026-02-30.
  return isValid(parsed) && lightFormat(parsed, 'yyyy-MM-dd') === value;
}

/** A real calendar date, 'yyyy-MM-dd', within EARLIEST_DATE … LATEST_DATE. */
export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** The message beside a date field whose text is not a date the app keeps, or null. */
export function dateProblem(value: string): string | null {
  if (!isCalendarDate(value)) return 'Enter a real calendar date, such as 2026-03-14.';
  if (!isIsoDate(value))
    return `Enter a date between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}.`;
  return null;
}

/** The local-midnight Date of a calendar date. Throws on a malformed date: callers validate first. */
export function toLocalDate(date: IsoDate): Date {
  // parseISO reads a date-only string as local midnight, unlike new Date('yyyy-MM-dd').
  const parsed = parseISO(date);
  if (!isValid(parsed) || !ISO_DATE_SHAPE.test(date))
    throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
}

/** The calendar date of a Date in the local time zone. */
export function toIsoDate(date: Date): IsoDate {
  // lightFormat: the same tokens as format without its locale machinery (smaller first screen).
  return lightFormat(date, 'yyyy-MM-dd');
}

/** Negative when a is before b, 0 when equal, positive when after. ISO dates sort as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/**
 * The instant UTC midnight starts a calendar date: for drawing that date with a formatter set
 * to UTC (format.ts), which then shows the same day in every time zone.
 */
export function toUtcMidnight(date: IsoDate): number {
  const local = toLocalDate(date);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}
