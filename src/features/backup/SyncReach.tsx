/**
 * Said beside an action that replaces records (Replace everything, Undo import) while sync is on
 * for this device: the change goes to every device that syncs with it, not only this one.
 */
import { useSyncState } from '../../store/sync-state';

export function SyncReach({ action }: { action: string }) {
  const syncing = useSyncState((state) => state.syncStatus !== undefined);
  if (!syncing) return null;
  return (
    <p className="banner banner--warn">
      Sync is on: {action} on every device that syncs with this one, not only here.
    </p>
  );
}
