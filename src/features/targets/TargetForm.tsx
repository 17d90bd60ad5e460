/** Adding or editing a target: what it is, its date, its pathway and where its thresholds differ. */
import { useId } from 'react';
import { PATHWAY_SUMMARIES } from '../../domain/pathways/summaries';
import { targetDateNote } from '../../domain/record-validation';
import type { TargetField, TargetInput } from '../../domain/record-validation';
import { isIsoDate } from '../../domain/dates';
import { TARGET_KINDS, TARGET_KIND_LABELS } from '../../domain/types';
import type { PathwayId, Target } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveTarget } from '../../store/target-actions';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import { CLEARANCE_KINDS, CLEARANCE_KIND_LABELS } from '../../domain/clearance-kinds';
import { Options } from '../../ui/Options';

interface TargetFormProps {
  title: string;
  editing?: Target;
  defaultPathway: PathwayId;
  onDone: () => void;
}

export function TargetForm({ title, editing, defaultPathway, onDone }: TargetFormProps) {
  const today = useAppStore((state) => state.today);
  const { input, update, problems, submit, busy } = useRecordForm<TargetInput, TargetField>(
    {
      name: editing?.name ?? '',
      kind: editing?.kind ?? 'program',
      date: editing?.date ?? '',
      pathwayId: editing?.pathwayId ?? defaultPathway,
      clinicalHours: editing?.clinicalHours !== undefined ? String(editing.clinicalHours) : '',
      requiresAhaBls: editing?.requiresAhaBls ?? false,
      validThrough: editing?.validThrough ?? '',
      clearances: Object.fromEntries(
        (editing?.clearances ?? []).map((rule) => [rule.kind, String(rule.withinMonths ?? '')]),
      ),
      notes: editing?.notes ?? '',
    },
    (values) => saveTarget(values, editing?.id, editing?.archived),
    onDone,
  );
  const id = useId();
  const pastNote = isIsoDate(input.date) ? targetDateNote(input.date, today) : undefined;

  return (
    <form
      className="record-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <div className="form-grid">
        <Field id={`${id}-name`} label="Name" error={problems.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              value={input.name}
              onChange={(event) => update({ name: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-kind`} label="Kind" error={problems.kind}>
          {(control) => (
            <select
              {...control}
              value={input.kind}
              onChange={(event) => update({ kind: event.target.value })}
            >
              <Options values={TARGET_KINDS} labels={TARGET_KIND_LABELS} />
            </select>
          )}
        </Field>
        <Field
          id={`${id}-date`}
          label="Deadline or start date"
          error={problems.date}
          hint={pastNote}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.date}
              onChange={(event) => update({ date: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-pathway`} label="Pathway" error={problems.pathwayId}>
          {(control) => (
            <select
              {...control}
              value={input.pathwayId}
              onChange={(event) => update({ pathwayId: event.target.value })}
            >
              {PATHWAY_SUMMARIES.map((pathway) => (
                <option key={pathway.id} value={pathway.id}>
                  {pathway.name} — {pathway.credential}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-hours`}
          label="Clinical hours it asks for (optional)"
          error={problems.clinicalHours}
          hint="Only where it differs from your program's figure."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              value={input.clinicalHours}
              onChange={(event) => update({ clinicalHours: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-validThrough`}
          label="Cards must be valid through (optional)"
          error={problems.validThrough}
          hint="For example the program's start date. The deadline if empty."
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.validThrough}
              onChange={(event) => update({ validThrough: event.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={input.requiresAhaBls}
            onChange={(event) => update({ requiresAhaBls: event.target.checked })}
          />{' '}
          Asks for AHA BLS Provider, not just any CPR card
        </label>
      </div>
      <fieldset className="form-fieldset">
        <legend>Clearances it asks for</legend>
        <p className="hint">
          Tick each one the program asks for. Where it says how recent it must be (&ldquo;TB test
          within 12 months of the start date&rdquo;), enter the months: records are judged on this
          target&apos;s date.
        </p>
        {CLEARANCE_KINDS.map((kind) => {
          const months = input.clearances[kind];
          const asked = months !== undefined;
          const setClearance = (value: string | undefined) => {
            const next = { ...input.clearances };
            if (value === undefined) delete next[kind];
            else next[kind] = value;
            update({ clearances: next }, [`clearance-${kind}`]);
          };
          return (
            <div key={kind} className="target-form__clearance">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={asked}
                  onChange={(event) => setClearance(event.target.checked ? '' : undefined)}
                />{' '}
                {CLEARANCE_KIND_LABELS[kind]}
              </label>
              {asked && (
                <Field
                  id={`${id}-clearance-${kind}`}
                  label={`${CLEARANCE_KIND_LABELS[kind]}: within how many months of the date (optional)`}
                  error={problems[`clearance-${kind}`]}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      inputMode="numeric"
                      value={months}
                      onChange={(event) => setClearance(event.target.value)}
                    />
                  )}
                </Field>
              )}
            </div>
          );
        })}
      </fieldset>
      <Field id={`${id}-notes`} label="Notes (optional)" error={problems.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={input.notes}
            onChange={(event) => update({ notes: event.target.value })}
          />
        )}
      </Field>
      <FormActions saveLabel="Save target" onCancel={onDone} busy={busy} />
    </form>
  );
}
