/**
 * Settings: the application date certifications are judged on, the warning window, reminders, the
 * theme; and below them, using the records on another device (SyncSection.tsx). On an advisor's
 * read-only device, only the latter.
 */
import { useId } from 'react';
import { useAppStore, useReadOnly } from '../../store/app-store';
import { THEMES } from '../../domain/settings';
import type { Theme } from '../../domain/settings';
import { saveSettings } from '../../store/settings-actions';
import type { SettingsField, SettingsInput } from '../../store/settings-actions';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { useRecordForm } from '../../ui/useRecordForm';
import { SyncSection } from './SyncSection';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow my device',
  light: 'Light',
  dark: 'Dark',
};
import './settings.css';

/** The fields as typed: the reminders are one comma-separated list. */
interface SettingsFormInput extends Omit<SettingsInput, 'alarmDays'> {
  alarmDays: string;
}

export function SettingsScreen() {
  const settings = useAppStore((state) => state.snapshot.settings);
  // The form stays on the screen after saving: it says "Settings saved." until the next change.
  const { input, update, problems, submit, saved } = useRecordForm<
    SettingsFormInput,
    SettingsField
  >(
    () => ({
      applicationDate: settings.applicationDate ?? '',
      warningDays: String(settings.warningDays),
      alarmDays: settings.alarmDays.join(', '),
      studentName: settings.studentName ?? '',
      theme: settings.theme,
    }),
    (values) =>
      saveSettings({
        ...values,
        alarmDays: values.alarmDays
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      }),
  );
  const id = useId();
  const readOnly = useReadOnly();

  const text = (field: 'warningDays' | 'alarmDays' | 'studentName', label: string) => (
    <Field id={`${id}-${field}`} label={label} error={problems[field]}>
      {(control) => (
        <input
          {...control}
          type="text"
          {...(field === 'warningDays' ? { inputMode: 'numeric' as const } : {})}
          {...(field === 'studentName' ? { autoComplete: 'name' } : {})}
          value={input[field]}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="settings-heading" className="screen">
      <h2 id="settings-heading" tabIndex={-1} data-screen-heading="settings">
        Settings
      </h2>
      {/* An advisor's device: the student's settings are not to be changed here; only sync shows. */}
      {!readOnly && (
        <form onSubmit={(event) => void submit(event)} noValidate className="settings-form">
          <Field
            id={`${id}-applicationDate`}
            label="Application date"
            hint="When you plan to apply. Cards are judged on this date as well as today."
            error={problems.applicationDate}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={input.applicationDate}
                onChange={(event) => update({ applicationDate: event.target.value })}
              />
            )}
          </Field>
          {text('warningDays', 'Warn me this many days before a card expires')}
          {text('alarmDays', 'Calendar reminders, in days before (comma-separated)')}
          {text('studentName', 'Your name, for the readiness report (optional)')}
          {/* A group of radios has a legend, not a label: Field labels one control. */}
          <fieldset
            className="field"
            {...(problems.theme ? { 'aria-describedby': `${id}-theme-error` } : {})}
          >
            <legend>Theme</legend>
            {THEMES.map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={option}
                  checked={input.theme === option}
                  onChange={() => update({ theme: option })}
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
      )}
      <SyncSection />
    </section>
  );
}
