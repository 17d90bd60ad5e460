/**
 * How dates and figures are written for the student, and how text the student typed is quoted
 * inside a sentence (`isolate`): the one formatting module. Everything the app shows, prints or
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

/** A calendar date for display: "Jan 31, 2027" (en-US), "31 Jan 2027" (en-GB). */
export function formatDisplayDate(date: IsoDate): string {
  const instant = toUtcMidnight(date);
  dateFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormat.format(instant);
}

/**
 * A figure for display: whole numbers as they are, quarter hours as 7.5 or 7.25, with the
 * locale's grouping and decimal sign ("1,234.5" in en-US); with `fractionDigits`, exactly that
 * many decimals ("12.0 MB").
 */
export function formatNumber(value: number, fractionDigits?: number): string {
  return new Intl.NumberFormat(undefined, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

const FSI = '\u2068'; // FIRST STRONG ISOLATE
const PDI = '\u2069'; // POP DIRECTIONAL ISOLATE
const PDF = '\u202C'; // POP DIRECTIONAL FORMATTING
/** LRE, RLE, LRO, RLO: closed by a PDF. */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
/** LRI, RLI, FSI: closed by a PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', FSI]);
/** Paragraph separators (bidi class B): a new paragraph starts outside every isolate. */
// eslint-disable-next-line no-control-regex -- these separators are what this replaces
const PARAGRAPH_SEPARATORS = /[\n\r\u001C-\u001E\u0085\u2029]+/g;
/** Pairs kept open at once; deeper ones are dropped, far below UAX #9's limit of 125 levels. */
const MAX_NESTING = 16;

/**
 * Text a student typed or a file brought (a card's name, a target's, a site, a file name, a
 * requirement's title), quoted inside a sentence the app writes: "Met by your BLS Provider card."
 * It is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text twin of
 * `<bdi>`: its direction comes from its own first strong letter, and an Arabic or Hebrew name, or
 * "Pay invoice \u202Efdp.exe" with its RIGHT-TO-LEFT OVERRIDE, cannot reorder the words around it.
 * Every sentence that quotes such text uses this one function, on screen, in the report, in the
 * calendar file and in import messages; screen readers ignore the two characters.
 *
 * What the isolate contains by itself (UAX #9, rule X6a): a PDI pops every embedding and override
 * (LRE, RLE, LRO, RLO) opened since its matching isolate initiator, so an unterminated RLO inside
 * the text ends at the closing PDI. What it does not contain, and is put right here first: a PDI in
 * the text with no isolate of its own would match the opening FSI and let the rest out; an
 * isolate the text opens and never closes would take the closing PDI, leaving the rest of the
 * sentence inside; and a paragraph separator ends every isolate. So an unmatched PDI or PDF is
 * dropped, whatever the text leaves open is closed (with a PDF or a PDI, so it is also contained
 * where isolates are unknown), and a line break becomes a space: a name inside a sentence is one
 * line. Pairs that match are kept as they are.
 */
export function isolate(text: string): string {
  const open: { closer: string; kept: boolean }[] = [];
  let inside = '';
  for (const character of text.replace(PARAGRAPH_SEPARATORS, ' ')) {
    const isolating = ISOLATES.has(character);
    if (isolating || EMBEDDINGS.has(character)) {
      const kept = open.length < MAX_NESTING;
      open.push({ closer: isolating ? PDI : PDF, kept });
      if (kept) inside += character;
    } else if (character === PDF) {
      // A PDF closes only an embedding opened inside the innermost isolate; otherwise it does nothing.
      if (open.at(-1)?.closer === PDF) inside += open.pop()?.kept ? PDF : '';
    } else if (character === PDI) {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.findLastIndex((pair) => pair.closer === PDI);
      if (at < 0) continue;
      const kept = open[at]?.kept === true;
      inside += open
        .splice(at + 1)
        .reverse()
        .filter((pair) => pair.kept)
        .map((pair) => pair.closer)
        .join('');
      open.length = at;
      if (kept) inside += PDI;
    } else inside += character;
  }
  const closers = open
    .reverse()
    .filter((pair) => pair.kept)
    .map((pair) => pair.closer)
    .join('');
  return `${FSI}${inside}${closers}${PDI}`;
}
