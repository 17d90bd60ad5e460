/**
 * The one writer of the store's snapshot: a Dexie liveQuery per slice of the database. Dexie
 * re-runs a query after any write to the tables it read, in this tab or another, so all tabs
 * stay in step, and a write re-reads only its own table. Each delivered slice is noted in
 * echo.ts, so that a write can wait for its own echo (`runWrite`).
 */
import { liveQuery } from 'dexie';
import type { MedTechDatabase } from '../db/database';
import { SLICE_READERS } from '../db/snapshot';
import { useAppStore } from './app-store';
import { markMirrored, readNote, startEchoTracking } from './echo';

/** Start mirroring the database into the store. Returns the function that stops it. */
export function startSync(db: MedTechDatabase): () => void {
  const stopEcho = startEchoTracking(SLICE_READERS.flatMap((slice) => slice.tables));
  const loaded = new Set<number>();
  const subscriptions = SLICE_READERS.map((slice, index) =>
    liveQuery(async () => {
      const part = await slice.read(db);
      return { part, note: readNote(slice.tables) };
    }).subscribe({
      next: ({ part, note }) => {
        loaded.add(index);
        useAppStore.setState((state) => ({
          snapshot: { ...state.snapshot, ...part },
          ...(loaded.size === SLICE_READERS.length
            ? { status: 'ready', loadError: undefined }
            : {}),
        }));
        markMirrored(note);
      },
      error: (error: unknown) => {
        useAppStore.setState({
          status: 'failed',
          loadError: error instanceof Error ? error.message : String(error),
        });
        // Nothing will be re-read now: no write may wait for an echo.
        stopEcho();
      },
    }),
  );
  const stopListening = db.onNewerVersion(() => useAppStore.setState({ newerVersionOpened: true }));
  return () => {
    stopListening();
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    stopEcho();
  };
}
