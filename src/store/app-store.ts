/**
 * The Zustand store that drives the screens.
 * `snapshot` is a read-only mirror of IndexedDB written only by store/sync.ts; the actions (in
 * the *-actions.ts files beside this one) write to Dexie through `runWrite` and let the mirror
 * echo the change, in every tab (and refuse it on an advisor's read-only device). Everything else
 * here is session state.
 */
import { create } from 'zustand';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/dates';
import type { StorageProblem } from '../db/storage-failure';
import { EMPTY_SNAPSHOT } from '../db/snapshot';
import type { SliceKey, Snapshot } from '../db/snapshot';
import { loadRowGuard } from '../db/row-guard';
import { writeAndAwaitEcho } from './echo';

export interface AppState {
  snapshot: Snapshot;
  /** The slices read so far (sync.ts): a screen shows once its own have arrived. */
  loaded: Partial<Record<SliceKey, true>>;
  /** 'ready' once every slice has arrived. */
  status: 'loading' | 'ready' | 'failed';
  /** Why the records are not open, with `status: 'failed'` (sync.ts); 'blocked' and 'slow' clear. */
  loadError?: StorageProblem;
  /** The date everything is judged on. Refreshed when the app regains focus. */
  today: IsoDate;
  /** Set when a write (or another change the student asked for) fails; shown near the top. */
  writeError?: string;
  /** Another tab upgraded the database: this tab's connection is closed until a reload. */
  newerVersionOpened?: boolean;
  /** A new version of the app is downloaded and waiting for the student to reload. */
  updateReady?: boolean;
  /** Rows this start moved out of the records because today's rules refuse them (set-aside.ts). */
  setAsideMoved?: number;
  /**
   * This device joined with an advisor's read-only link (set at start from the stored pairing,
   * before any record is read, by sync.ts; then kept by sync-state.ts from the checked pairing):
   * screens hide their editing controls (useReadOnly) and runWrite refuses every write.
   */
  readOnly?: boolean;
}

export const useAppStore = create<AppState>()(() => ({
  snapshot: EMPTY_SNAPSHOT,
  loaded: {},
  status: 'loading',
  today: toIsoDate(new Date()),
}));

/** Whether every one of `keys` has been read into the snapshot. */
export function useSlicesLoaded(keys: readonly SliceKey[]): boolean {
  return useAppStore((state) => keys.every((key) => state.loaded[key]));
}

export function refreshToday(): void {
  const today = toIsoDate(new Date());
  if (today !== useAppStore.getState().today) useAppStore.setState({ today });
}

/** Whether this device only reads the records (an advisor's link): editing controls stay hidden. */
export function useReadOnly(): boolean {
  return useAppStore((state) => state.readOnly === true);
}

export const READ_ONLY_REFUSAL = 'Read-only: changes cannot be made on this device.';

export function dismissWriteError(): void {
  useAppStore.setState({ writeError: undefined });
}

/** Say, where a failed write is said, that another change the student asked for did not work. */
export function showWriteError(message: string): void {
  useAppStore.setState({ writeError: message });
}

/** The result of an action that validates: problems are keyed by the field they belong to. */
export type ActionResult<Field extends string = string> =
  { ok: true } | { ok: false; problems: Partial<Record<Field, string>> };

/**
 * The result of an action whose write failed. The banner (role="alert") says why; no field is
 * marked, since no field is at fault, and the form stays open with what was typed.
 */
export function writeFailed<Field extends string>(): ActionResult<Field> {
  return { ok: false, problems: {} };
}

/**
 * Run a write and wait for its own echo (the tables it touched re-read into the store, see
 * echo.ts), so the screen never shows the old state after an action resolves, and an unrelated
 * change from another tab cannot end the wait early. A failure (quota, closed database) becomes a
 * message instead of an uncaught error; the transaction has rolled back, so nothing is half-written.
 */
export async function runWrite(run: () => Promise<unknown>): Promise<boolean> {
  // The one guard for an advisor's device: whatever a screen still offers, nothing is written.
  if (useAppStore.getState().readOnly === true) {
    useAppStore.setState({ writeError: READ_ONLY_REFUSAL });
    return false;
  }
  try {
    await loadRowGuard();
    await writeAndAwaitEcho(run);
    useAppStore.setState({ writeError: undefined });
    return true;
  } catch (error) {
    useAppStore.setState({
      writeError: `Your change could not be saved, and nothing was changed. (${describe(error)})`,
    });
    return false;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError' || error.message.includes('Quota'))
      return 'the browser has run out of storage space for this site';
    return error.message;
  }
  return String(error);
}
