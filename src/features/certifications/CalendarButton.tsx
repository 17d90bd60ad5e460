/**
 * "Add to calendar": downloads one .ics file with every expiry and the application date.
 * The calendar code (and the `ics` package) loads only when the button is pressed.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { downloadFile } from '../../ui/download';

export function CalendarButton() {
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { calendarEvents, calendarFile } = await import('../../domain/calendar');
      const { snapshot, today } = useAppStore.getState();
      const now = new Date();
      const result = calendarFile(
        calendarEvents(snapshot.certifications, snapshot.settings, now),
        now,
      );
      // The domain's words, success or not: they count the events in the file itself.
      if (result.ok)
        downloadFile(`medtech-ready-reminders-${today}.ics`, result.text, 'text/calendar');
      setMessage(result.message);
    } catch (error) {
      setMessage(
        `The calendar file could not be made (${error instanceof Error ? error.message : String(error)}).`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="calendar-button">
      <button type="button" className="button" onClick={() => void download()} disabled={busy}>
        Add to calendar (.ics)
      </button>
      <p className="hint" role="status">
        {message}
      </p>
    </div>
  );
}
