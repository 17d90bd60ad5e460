/**
 * The welcome on first open: what the app does, that the data stays on this device, and "What are
 * you working towards?" with each pathway in plain words; optionally the application date and a
 * CPR card next. Two taps to the chosen pathway's checklist; "Skip for now" keeps the defaults.
 * The form's state is the record forms' own (useRecordForm): a refused choice or date is shown
 * beside its field and focused.
 */
import { useId } from 'react';
import { PATHWAY_INTROS } from '../../domain/pathways/intros';
import { PATHWAY_SUMMARIES } from '../../domain/pathways/summaries';
import { finishWelcome, skipWelcome } from '../../store/welcome-actions';
import type { WelcomeInput } from '../../store/welcome-actions';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { ROUTE_HASHES } from '../../ui/routes';
import { useRecordForm } from '../../ui/useRecordForm';
import '../../ui/records.css';
import './first-run.css';

/** The fields as chosen: the welcome's own, and whether the certifications screen comes next. */
interface WelcomeFormInput extends WelcomeInput {
  cardNext: boolean;
}

export function FirstRun() {
  // Leaving the welcome shows the checklist; the card next, if asked for, goes before it.
  const { input, update, problems, submit, busy } = useRecordForm<
    WelcomeFormInput,
    keyof WelcomeInput
  >(
    { pathwayId: '', applicationDate: '', cardNext: false },
    ({ pathwayId, applicationDate }) => finishWelcome({ pathwayId, applicationDate }),
    (saved) => {
      if (saved.cardNext) window.location.hash = ROUTE_HASHES.certifications;
    },
  );
  const id = useId();

  return (
    <section aria-labelledby={`${id}-heading`} className="screen welcome">
      <h2 id={`${id}-heading`} tabIndex={-1} data-screen-heading="checklist">
        Welcome to MedTech Ready
      </h2>
      <p>
        A checklist of what you need before you apply — degree, certification exam, clinical hours
        and CPR cards — with sources, progress and reminders. Everything you enter stays in this
        browser, on this device.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset
          className="welcome__choices"
          aria-describedby={problems.pathwayId ? `${id}-pathway-error` : undefined}
        >
          <legend>What are you working towards?</legend>
          {PATHWAY_SUMMARIES.map((pathway) => (
            <label key={pathway.id} className="welcome__choice">
              <input
                type="radio"
                name={`${id}-pathway`}
                value={pathway.id}
                checked={input.pathwayId === pathway.id}
                {...(problems.pathwayId ? { 'aria-invalid': true } : {})}
                onChange={() => update({ pathwayId: pathway.id })}
              />
              <span>
                <strong>{pathway.name}</strong>{' '}
                <span className="welcome__credential">({pathway.credential})</span>
                <span className="welcome__job">{PATHWAY_INTROS[pathway.id].job}</span>
                <span className="welcome__route">{PATHWAY_INTROS[pathway.id].route}</span>
              </span>
            </label>
          ))}
          <FieldError id={`${id}-pathway-error`} message={problems.pathwayId} />
        </fieldset>
        <Field
          id={`${id}-date`}
          label="When do you plan to apply? (optional)"
          hint="Cards are judged on this date too, so you see what will have expired by then."
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
        <label className="checkbox">
          <input
            type="checkbox"
            checked={input.cardNext}
            onChange={(event) => update({ cardNext: event.target.checked })}
          />{' '}
          Add my CPR card next
        </label>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            Show my checklist
          </button>
          <button type="button" className="button" onClick={() => void skipWelcome()}>
            Skip for now
          </button>
        </div>
        <p className="hint">
          You can change the pathway later on the checklist, and the date in Settings.
        </p>
      </form>
    </section>
  );
}
