/**
 * The one writer of the store's snapshot: a Dexie liveQuery per slice of the database. Dexie
 * re-runs a query after any write to the tables it read, in this tab or another, so all tabs
 * stay in step, and a write re-reads only its own table.
 */
import { liveQuery } from 'dexie';
import type { MedTechDatabase } from '../db/database';
import { SLICE_READERS } from '../db/snapshot';
import { useAppStore } from './app-store';

/** Start mirroring the database into the store. Returns the function that stops it. */
export function startSync(db: MedTechDatabase): () => void {
  const loaded = new Set<number>();
  const subscriptions = SLICE_READERS.map((read, index) =>
    liveQuery(() => read(db)).subscribe({
      next: (slice) => {
        loaded.add(index);
        useAppStore.setState((state) => ({
          snapshot: { ...state.snapshot, ...slice },
          ...(loaded.size === SLICE_READERS.length
            ? { status: 'ready', loadError: undefined }
            : {}),
        }));
      },
      error: (error: unknown) =>
        useAppStore.setState({
          status: 'failed',
          loadError: error instanceof Error ? error.message : String(error),
        }),
    }),
  );
  const stopListening = db.onNewerVersion(() => useAppStore.setState({ newerVersionOpened: true }));
  return () => {
    stopListening();
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  };
}
