/**
 * On the main screen: a gentle reminder when the last backup is old or there has been none, once
 * the student has made a record (ticked an item, logged hours, added a card …) that could be lost.
 */
import { backupReminder } from '../../domain/settings';
import { useAppStore } from '../../store/app-store';
import { ROUTE_HASHES } from '../../ui/routes';

export function BackupReminder() {
  const lastBackupOn = useAppStore((state) => state.snapshot.settings.lastBackupOn);
  const today = useAppStore((state) => state.today);
  // Every table of records the snapshot holds, and the degree; settings are not a record.
  const recordsKept = useAppStore(({ snapshot }) =>
    Object.values(snapshot).reduce<number>(
      (sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0),
      snapshot.degree ? 1 : 0,
    ),
  );
  const message = backupReminder(lastBackupOn, today, recordsKept);
  if (!message) return null;
  return (
    <p className="backup-reminder">
      {message} <a href={ROUTE_HASHES.backup}>Go to Backup</a>
    </p>
  );
}
