/**
 * How dates and figures are written for the student: the one formatting module (and isolate.ts,
 * how text the student typed is quoted inside a sentence). Everything the app shows, prints or
 * puts in a calendar file's text goes through here, in the browser's locale (Intl with no locale
 * given): "Jan 31, 2027" and "1,234.5" in the US, "31 Jan 2027" in Britain.
 *
 * Calendar dates stay 'yyyy-MM-dd' everywhere else; here a date is drawn as that same calendar
 * day, at UTC midnight with the formatter in UTC, so no time zone can shift it a day. This module
 * never reads the clock and never parses a date itself (dates.ts does).
 */
import { toUtcMidnight, type IsoDate } from './dates';

// Made on first use and kept: a long list of dates is drawn by one formatter.
let dateFormat: Intl.DateTimeFormat | undefined;
/** One number formatter per count of decimals (undefined: up to two); the first costs the most. */
const numberFormats = new Map<number | undefined, Intl.NumberFormat>();

/** A calendar date for display: "Jan 31, 2027" (en-US), "31 Jan 2027" (en-GB). */
export function formatDisplayDate(date: IsoDate): string {
  return dateFormatter().format(toUtcMidnight(date));
}

function dateFormatter(): Intl.DateTimeFormat {
  dateFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormat;
}

/**
 * A figure for display: whole numbers as they are, quarter hours as 7.5 or 7.25, with the
 * locale's grouping and decimal sign ("1,234.5" in en-US); with `fractionDigits`, exactly that
 * many decimals ("12.0 MB").
 */
export function formatNumber(value: number, fractionDigits?: number): string {
  return numberFormatter(fractionDigits).format(value);
}

function numberFormatter(fractionDigits: number | undefined): Intl.NumberFormat {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits ?? 2,
    });
    numberFormats.set(fractionDigits, format);
  }
  return format;
}

/**
 * Make the formatters every screen uses now, not in the middle of drawing the first screen: the
 * first number formatter a page makes loads the browser's locale data (16 ms and more on a slow
 * machine). main.tsx calls this while the database is read, when the page has nothing else to do.
 */
export function prepareFormatters(): void {
  numberFormatter(undefined);
  dateFormatter();
}
