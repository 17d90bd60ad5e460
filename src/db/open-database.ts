/**
 * Opening the database before anything is mirrored: Dexie's liveQuery swallows the
 * DatabaseClosedError a failed open leaves behind (and does nothing at all without IndexedDB),
 * so the open is awaited here and its failure becomes a value with a reason code
 * (storage-failure.ts). It never touches the store.
 */
import type Dexie from 'dexie';
import type { StorageProblem } from './storage-failure';

/**
 * Open `db`. Resolves to the problem, or to undefined once it is open; never rejects.
 * While another tab blocks the upgrade, `onBlocked` is called and the open keeps waiting: it
 * resolves by itself when that tab lets go.
 */
export async function openDatabase(
  db: Dexie,
  onBlocked: () => void,
): Promise<StorageProblem | undefined> {
  const blocked = () => onBlocked();
  db.on('blocked', blocked);
  try {
    await db.open();
    return undefined;
  } catch (error) {
    return problemOf(error);
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
}

/** The problem an error from opening or reading the database stands for. Never rejects. */
export async function problemOf(error: unknown): Promise<StorageProblem> {
  try {
    return (await import('./storage-failure')).storageProblemOf(error);
  } catch {
    // The classifier could not be loaded either: still a failure to show, never a spinner.
    return { reason: 'other', detail: String(error) };
  }
}
