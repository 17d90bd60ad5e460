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
/** Doses kept on one immunization record (a series is 1 to 3; room for repeats and boosters). */
export const MAX_DOSES = 10;
/** The longest recency window a target's clearance rule can state, in months. */
export const MAX_WITHIN_MONTHS = 120;
/** One evidence file. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/**
 * A backup file. Room for the largest clinical log (about 5 MB at 20,000 entries) and a few
 * cards' photos (base64 adds a third); a larger file is refused before it is read.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** The message beside a text field over its limit. */
export function tooLong(what: string, max: number): string {
  return `Keep the ${what} to ${max} characters or fewer.`;
}

/**
 * Records per table a backup may hold (and the app is built and measured for). A student logs
 * hundreds of shifts over a program, not 200,000: the clinical log allows 20,000 (years of daily
 * entries, with room to spare); the rest follow from what a student keeps. A file over any of
 * these is refused before its records are checked. Its keys are the record tables, and the sync
 * outbox (db/outbox.ts) reads them as such, without the backup's schemas; its tests hold them
 * equal to the backup's tables.
 */
export const MAX_ROWS = {
  requirementStates: 5_000,
  customRequirements: 1_000,
  settings: 100,
  certifications: 500,
  evidenceFiles: 1_000,
  clinicalEntries: 20_000,
  degreeRecords: 1,
  courses: 500,
  examPlans: 200,
  targets: 500,
  clearances: 500,
} as const;

/**
 * The version of these rules. Raise it whenever a limit tightens or a schema refuses something it
 * accepted before: on its next start the app then moves rows stored under the old rules, which
 * the new ones refuse, out of the records (db/set-aside-repo.ts), so that no screen, export or
 * import meets them, and tells the student.
 */
export const RECORD_RULES_VERSION = 1;
