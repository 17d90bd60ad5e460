/**
 * Every limit a stored record obeys, written once. The forms' validators, the repository writes
 * and the backup gate all read these, so whatever a form accepts, an export carries and an import
 * takes back. (The date range lives with the dates: EARLIEST_DATE … LATEST_DATE in ../dates.ts.)
 * Plain numbers only: this module is on the first screen's path and must stay tiny.
 */

/** Longest text per kind of field, in characters. */
export const TEXT_MAX = {
  title: 200,
  note: 2000,
  /** Program, institution, course and target names. */
  name: 160,
  /** A clinical site, a supervisor, the name on a card, the student's own name. */
  shortName: 120,
  cardNumber: 80,
  score: 40,
  fileName: 255,
} as const;

/** A clinical entry: quarter hours, at most a day's worth, and the procedures done in it. */
export const MAX_HOURS_PER_ENTRY = 24;
/** Successful procedures of one kind in one entry (a busy draw station does a few hundred). */
export const MAX_COUNT_PER_ENTRY = 1_000;
/** Hours a pathway, a target or the student's own target can require. */
export const MAX_REQUIRED_HOURS = 10_000;
/** Credits on a degree or a course. */
export const MAX_CREDITS = 1_000;
/** Attempts kept on one exam plan (certifying bodies allow a handful a year). */
export const MAX_ATTEMPTS = 50;
/** One evidence file. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** The message beside a text field over its limit. */
export function tooLong(what: string, max: number): string {
  return `Keep the ${what} to ${max} characters or fewer.`;
}
