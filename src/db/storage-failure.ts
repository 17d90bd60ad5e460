/**
 * Why the records could not be opened or read, as a reason code, from the error Dexie or the
 * browser gave. It owns no words for the student (app/StorageProblem.tsx has them). Only a
 * failure needs it, so it is loaded on demand (open-database.ts), off the first screen.
 */

/** Why the records cannot be opened, or are not open yet ('blocked' and 'slow' clear by themselves). */
export type StorageFailure =
  /** The browser has no IndexedDB at all. */
  | 'missing'
  /** IndexedDB is there but says no: private windows, blocked site data, an insecure context. */
  | 'refused'
  /** Another tab holds an older version open and does not let the upgrade through. */
  | 'blocked'
  /** Opening neither succeeds nor fails for a while (say, another tab is mid-upgrade). */
  | 'slow'
  /** The stored database is of a newer version than this copy of the app can open. */
  | 'version'
  /** No storage space left for this site. */
  | 'quota'
  | 'other';

export interface StorageProblem {
  reason: StorageFailure;
  /** The browser's own message, for the unexpected case. */
  detail: string;
}

// Refusals as browsers word them: Safari and Firefox with site data blocked (SecurityError),
// Firefox's older private windows (InvalidStateError), Chrome with site data blocked
// ("UnknownError: The user denied permission to access the database").
const REFUSALS = new Set(['SecurityError', 'InvalidStateError', 'NotAllowedError']);

/** The reason code of an error thrown while opening or reading the database. */
export function storageFailureOf(error: unknown): StorageFailure {
  // Dexie wraps the browser's error (DatabaseClosedError, OpenFailedError…) in `inner`.
  let cause: unknown = error;
  // Duck-typed, not instanceof: a DOMException may come from another realm (a frame, jsdom).
  for (let depth = 0; depth < 5 && typeof cause === 'object' && cause !== null; depth += 1) {
    const { name, message } = cause as { name?: unknown; message?: unknown };
    const words = typeof message === 'string' ? message : '';
    if (name === 'MissingAPIError') return 'missing';
    if (name === 'VersionError') return 'version';
    if (name === 'QuotaExceededError' || words.includes('Quota')) return 'quota';
    if (typeof name === 'string' && REFUSALS.has(name)) return 'refused';
    if (name === 'UnknownError' && /denied|permission/i.test(words)) return 'refused';
    cause = (cause as { inner?: unknown }).inner;
  }
  return 'other';
}

/** The problem an error stands for: its reason code and the browser's own message. */
export function storageProblemOf(error: unknown): StorageProblem {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return {
    reason: storageFailureOf(error),
    detail: typeof message === 'string' ? message : String(error),
  };
}
