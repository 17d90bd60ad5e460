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
  const recordsKept = useAppStore(({ snapshot }) => {
    const { requirementStates, customRequirements, certifications, clinicalEntries } = snapshot;
    const { courses, examPlans, targets, degree } = snapshot;
    return (
      requirementStates.length +
      customRequirements.length +
      certifications.length +
      clinicalEntries.length +
      courses.length +
      examPlans.length +
      targets.length +
      (degree ? 1 : 0)
    );
  });
  const message = backupReminder(lastBackupOn, today, recordsKept);
  if (!message) return null;
  return (
    <p className="backup-reminder">
      {message} <a href={ROUTE_HASHES.backup}>Go to Backup</a>
    </p>
  );
}
