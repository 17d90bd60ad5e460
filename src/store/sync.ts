/**
 * The one writer of the store's snapshot and of its load status: it opens the database (a
 * failure becomes `status: 'failed'` with its reason, never an endless "Opening…"), notes whether
 * a stored pairing makes this device read-only (before any record can be shown), then mirrors
 * each slice's table (table-mirror.ts): read once, then after each commit to it, in this tab or
 * another, only the rows the commit wrote, so all tabs stay in step and a write re-reads only its
 * own rows. Each delivered slice is noted in echo.ts, so that a write can wait for its own echo
 * (`runWrite`).
 */
import type { MedTechDatabase } from '../db/database';
import { openDatabase, problemOf } from '../db/open-database';
import type { StorageProblem } from '../db/storage-failure';
import { SLICE_READERS } from '../db/snapshot';
import { storedAccess } from '../db/sync-pairing-repo';
import type { StoredAccess } from '../db/sync-pairing-repo';
import type { SliceKey, SliceReader, Snapshot } from '../db/snapshot';
import { useAppStore } from './app-store';
import { markMirrored, startEchoTracking } from './echo';
import { mirrorTable } from './table-mirror';

/** After this long without an answer, opening the records says what may be holding it up. */
const SLOW_OPEN_MS = 3000;

/**
 * Open the database, then mirror it into the store. Returns the function that stops it.
 * `onStoredAccess` is told what the stored pairing says (undefined with none, or when the records
 * cannot be opened), read once here for the start's own use: main.tsx loads the sync code by it.
 */
export function startSync(
  db: MedTechDatabase,
  onStoredAccess?: (access: StoredAccess | undefined) => void,
): () => void {
  let stopped = false;
  let stopMirror: (() => void) | undefined;
  const fail = (problem: StorageProblem) => {
    if (!stopped) useAppStore.setState({ status: 'failed', loadError: problem });
  };
  // Blocked and slow are not final: the open carries on, and the mirror's first slices set 'ready'.
  // Slow only while nothing at all has arrived: a large log still being read is not a problem.
  const slow = setTimeout(() => {
    const { status, loaded } = useAppStore.getState();
    if (status === 'loading' && Object.keys(loaded).length === 0)
      fail({ reason: 'slow', detail: '' });
  }, SLOW_OPEN_MS);
  void openDatabase(db, () => fail({ reason: 'blocked', detail: '' })).then(async (problem) => {
    clearTimeout(slow);
    if (stopped) return;
    if (problem) {
      onStoredAccess?.(undefined);
      return fail(problem);
    }
    // Before any record is read: an advisor's device shows no editing control, from its first
    // screen on (the sync code, loaded later, checks the pairing; sync-state.ts). A failed read
    // fails the mirror too, which says so.
    const access = await storedAccess(db).catch(() => undefined);
    if (stopped) return;
    // Unless the sync code has already checked the pairing (sync-state.ts), which decides.
    if (access === 'view' && useAppStore.getState().readOnly === undefined)
      useAppStore.setState({ readOnly: true });
    onStoredAccess?.(access);
    stopMirror = mirror(db);
  });
  const stopListening = db.onNewerVersion(() => useAppStore.setState({ newerVersionOpened: true }));
  return () => {
    stopped = true;
    clearTimeout(slow);
    stopListening();
    stopMirror?.();
  };
}

function mirror(db: MedTechDatabase): () => void {
  let stopped = false;
  const stopEcho = startEchoTracking(SLICE_READERS.map((slice) => slice.table));
  const arrived = new Set<SliceKey>();
  const deliver = (
    slice: SliceReader,
    part: Partial<Snapshot>,
    note: ReadonlyMap<string, number>,
  ) => {
    const first = !arrived.has(slice.key);
    arrived.add(slice.key);
    const all = arrived.size === SLICE_READERS.length;
    useAppStore.setState((state) => ({
      snapshot: { ...state.snapshot, ...part },
      ...(first ? { loaded: { ...state.loaded, [slice.key]: true } } : {}),
      ...(all ? { status: 'ready', loadError: undefined } : {}),
    }));
    markMirrored(note);
    // Once, as the last slice first arrives: rows stored under older rules that today's
    // refuse are moved aside, off the first screen.
    if (first && all)
      void import('./set-aside')
        // Not once stopped (a test's teardown, say): the database may be closing.
        .then((check) => check.checkStoredRows(db, () => stopped))
        // A database that fails here fails the mirror too, which says so; nothing to add.
        .catch(() => undefined);
  };
  const fail = (error: unknown) => {
    void problemOf(error).then((problem) =>
      useAppStore.setState({ status: 'failed', loadError: problem }),
    );
    // Nothing will be re-read now: no write may wait for an echo.
    stopEcho();
  };
  const stops = SLICE_READERS.map((slice) =>
    mirrorTable(db, slice.table, (rows, note) => deliver(slice, slice.select(rows), note), fail),
  );
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
    stopEcho();
  };
}
