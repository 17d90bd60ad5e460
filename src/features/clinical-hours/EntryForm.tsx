/** Logging or editing one shift of clinical experience. Nothing is stored until every field is valid. */
import { useId } from 'react';
import type { ClinicalEntryInput, ClinicalField } from '../../domain/clinical-validation';
import { countedKinds } from '../../domain/hours';
import { COUNT_LABELS } from '../../domain/types';
import type { ClinicalEntry, ClinicalRules } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveEntry } from '../../store/clinical-actions';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';

interface EntryFormProps {
  rules: ClinicalRules;
  editing?: ClinicalEntry;
  title: string;
  onDone: () => void;
}

export function EntryForm({ rules, editing, title, onDone }: EntryFormProps) {
  const today = useAppStore((state) => state.today);
  const areas = rules.areas.map((area) => area.id);
  // An entry logged under another pathway keeps its area.
  const keptArea = editing && !areas.includes(editing.area) ? editing.area : undefined;
  const { input, update, problems, submit, busy } = useRecordForm<
    ClinicalEntryInput,
    ClinicalField
  >(
    () => ({
      date: editing?.date ?? today,
      site: editing?.site ?? '',
      area: editing?.area ?? rules.areas[0]?.id ?? '',
      hours: editing ? String(editing.hours) : '',
      supervisor: editing?.supervisor ?? '',
      verifiedOn: editing?.verifiedOn ?? '',
      notes: editing?.notes ?? '',
      counts: Object.fromEntries(
        countedKinds(rules.counts).map((kind) => [kind, String(editing?.counts?.[kind] ?? '')]),
      ),
    }),
    (values) => saveEntry(values, keptArea ? [...areas, keptArea] : areas, editing?.id),
    onDone,
  );
  const id = useId();

  return (
    <form
      className="record-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <div className="form-grid">
        <Field id={`${id}-date`} label="Date" error={problems.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              autoFocus
              max={today}
              value={input.date}
              onChange={(event) => update({ date: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-hours`} label="Hours (quarter hours)" error={problems.hours}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              value={input.hours}
              onChange={(event) => update({ hours: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-site`} label="Site" error={problems.site}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={input.site}
              onChange={(event) => update({ site: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-area`} label="Rotation area" error={problems.area}>
          {(control) => (
            <select
              {...control}
              value={input.area}
              onChange={(event) => update({ area: event.target.value })}
            >
              {keptArea && <option value={keptArea}>{keptArea}</option>}
              {rules.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-supervisor`} label="Supervisor (optional)" error={problems.supervisor}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={input.supervisor}
              onChange={(event) => update({ supervisor: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-verified`}
          label="Signed off on (leave empty until verified)"
          error={problems.verifiedOn}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={input.verifiedOn}
              onChange={(event) => update({ verifiedOn: event.target.value })}
            />
          )}
        </Field>
        {countedKinds(rules.counts).map((kind) => (
          <Field
            key={kind}
            id={`${id}-count-${kind}`}
            label={`${COUNT_LABELS[kind]} (optional)`}
            error={problems[`count-${kind}`]}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={input.counts[kind] ?? ''}
                onChange={(event) =>
                  update({ counts: { ...input.counts, [kind]: event.target.value } }, [
                    `count-${kind}`,
                  ])
                }
              />
            )}
          </Field>
        ))}
      </div>
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
      <FormActions saveLabel="Save hours" onCancel={onDone} busy={busy} />
    </form>
  );
}
