/**
 * The one writer of the store's snapshot: a Dexie liveQuery over every table the screens read.
 * Dexie re-runs the query after any write, in this tab or another, so all tabs stay in step.
 */
import { liveQuery } from 'dexie';
import type { MedTechDatabase } from '../db/database';
import { readSnapshot } from '../db/snapshot';
import { useAppStore } from './app-store';

/** Start mirroring the database into the store. Returns the function that stops it. */
export function startSync(db: MedTechDatabase): () => void {
  const subscription = liveQuery(() => readSnapshot(db)).subscribe({
    next: (snapshot) => useAppStore.setState({ snapshot, status: 'ready', loadError: undefined }),
    error: (error: unknown) =>
      useAppStore.setState({
        status: 'failed',
        loadError: error instanceof Error ? error.message : String(error),
      }),
  });
  return () => subscription.unsubscribe();
}
