/** On the main screen: a gentle reminder when the last backup is old or there has been none. */
import { backupReminder } from '../../domain/settings';
import { useAppStore } from '../../store/app-store';
import { ROUTE_HASHES } from '../../ui/routes';

export function BackupReminder() {
  const lastBackupOn = useAppStore((state) => state.snapshot.settings.lastBackupOn);
  const today = useAppStore((state) => state.today);
  const message = backupReminder(lastBackupOn, today);
  if (!message) return null;
  return (
    <p className="backup-reminder">
      {message} <a href={ROUTE_HASHES.backup}>Go to Backup</a>
    </p>
  );
}
