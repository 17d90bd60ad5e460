/** Settings: the application date certifications are judged on, the warning window, reminders. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { THEMES } from '../../domain/settings';
import type { Theme } from '../../domain/settings';
import { saveSettings } from '../../store/settings-actions';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow my device',
  light: 'Light',
  dark: 'Dark',
};
import { FieldError } from '../../ui/FieldError';
import './settings.css';

type Field = 'applicationDate' | 'warningDays' | 'alarmDays' | 'studentName' | 'theme';

export function SettingsScreen() {
  const settings = useAppStore((state) => state.snapshot.settings);
  const [applicationDate, setApplicationDate] = useState(settings.applicationDate ?? '');
  const [warningDays, setWarningDays] = useState(String(settings.warningDays));
  const [alarmDays, setAlarmDays] = useState(settings.alarmDays.join(', '));
  const [studentName, setStudentName] = useState(settings.studentName ?? '');
  const [theme, setTheme] = useState<string>(settings.theme);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await saveSettings({
      applicationDate,
      warningDays,
      alarmDays: alarmDays
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
      studentName,
      theme,
    });
    if (result.ok) {
      setProblems({});
      setSaved(true);
    } else setProblems(result.problems);
  }

  const described = (field: Field, hintId?: string) => {
    const ids = [hintId, problems[field] ? `${id}-${field}-error` : undefined].filter(Boolean);
    return {
      ...(problems[field] ? { 'aria-invalid': true } : {}),
      ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
    };
  };

  return (
    <section aria-labelledby="settings-heading" className="screen">
      <h2 id="settings-heading" tabIndex={-1} data-screen-heading="settings">
        Settings
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="settings-form">
        <div className="field">
          <label htmlFor={`${id}-applicationDate`}>Application date</label>
          <p className="hint" id={`${id}-applicationDate-hint`}>
            When you plan to apply. Cards are judged on this date as well as today.
          </p>
          <input
            id={`${id}-applicationDate`}
            type="date"
            value={applicationDate}
            onChange={(event) => setApplicationDate(event.target.value)}
            {...described('applicationDate', `${id}-applicationDate-hint`)}
          />
          <FieldError id={`${id}-applicationDate-error`} message={problems.applicationDate} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-warningDays`}>Warn me this many days before a card expires</label>
          <input
            id={`${id}-warningDays`}
            type="text"
            inputMode="numeric"
            value={warningDays}
            onChange={(event) => setWarningDays(event.target.value)}
            {...described('warningDays')}
          />
          <FieldError id={`${id}-warningDays-error`} message={problems.warningDays} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-alarmDays`}>
            Calendar reminders, in days before (comma-separated)
          </label>
          <input
            id={`${id}-alarmDays`}
            type="text"
            value={alarmDays}
            onChange={(event) => setAlarmDays(event.target.value)}
            {...described('alarmDays')}
          />
          <FieldError id={`${id}-alarmDays-error`} message={problems.alarmDays} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-studentName`}>
            Your name, for the readiness report (optional)
          </label>
          <input
            id={`${id}-studentName`}
            type="text"
            autoComplete="name"
            value={studentName}
            onChange={(event) => setStudentName(event.target.value)}
            {...described('studentName')}
          />
          <FieldError id={`${id}-studentName-error`} message={problems.studentName} />
        </div>
        <fieldset className="field">
          <legend>Theme</legend>
          {THEMES.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name={`${id}-theme`}
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
              />{' '}
              {THEME_LABELS[option]}
            </label>
          ))}
          <FieldError id={`${id}-theme-error`} message={problems.theme} />
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Save settings
          </button>
        </div>
        <p role="status" className="hint">
          {saved ? 'Settings saved.' : ''}
        </p>
      </form>
    </section>
  );
}
