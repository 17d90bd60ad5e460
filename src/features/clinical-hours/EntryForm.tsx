/** Logging or editing one shift of clinical experience. Nothing is stored until every field is valid. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ClinicalEntryInput, ClinicalProblems } from '../../domain/clinical-validation';
import { countedKinds } from '../../domain/hours';
import { COUNT_LABELS } from '../../domain/types';
import type { ClinicalEntry, ClinicalRules } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveEntry } from '../../store/clinical-actions';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

interface EntryFormProps {
  rules: ClinicalRules;
  editing?: ClinicalEntry;
  title: string;
  onDone: () => void;
}

export function EntryForm({ rules, editing, title, onDone }: EntryFormProps) {
  const today = useAppStore((state) => state.today);
  const [input, setInput] = useState<ClinicalEntryInput>(() => ({
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
  }));
  const [problems, setProblems] = useState<ClinicalProblems>({});
  const id = useId();

  function update(changes: Partial<ClinicalEntryInput>) {
    setInput((previous) => ({ ...previous, ...changes }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const areas = rules.areas.map((area) => area.id);
    const result = await saveEntry(
      input,
      editing && !areas.includes(editing.area) ? [...areas, editing.area] : areas,
      editing?.id,
    );
    if (result.ok) onDone();
    else setProblems(result.problems);
  }

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
              {editing && !rules.areas.some((area) => area.id === editing.area) && (
                // An entry logged under another pathway keeps its area.
                <option value={editing.area}>{editing.area}</option>
              )}
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
                  update({ counts: { ...input.counts, [kind]: event.target.value } })
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
      <FormActions saveLabel="Save hours" onCancel={onDone} />
    </form>
  );
}
