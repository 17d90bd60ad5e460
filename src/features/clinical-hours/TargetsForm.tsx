/** The student's program figures: required hours overall and per rotation area. */
import { useId, useState } from 'react';
import type { ClinicalRules, ClinicalTargets } from '../../domain/types';
import { saveTargets } from '../../store/clinical-actions';
import type { TargetsField, TargetsInput } from '../../store/clinical-actions';
import { Field } from '../../ui/Field';
import { useRecordForm } from '../../ui/useRecordForm';

interface TargetsFormProps {
  rules: ClinicalRules;
  targets: ClinicalTargets;
}

export function TargetsForm({ rules, targets }: TargetsFormProps) {
  const pathwaySetsTotal = rules.requiredHours !== undefined;
  // The form stays open after saving: it says "Required hours saved." until the next change.
  const { input, update, problems, submit, saved } = useRecordForm<TargetsInput, TargetsField>(
    () => ({
      totalHours:
        rules.requiredHours !== undefined
          ? String(rules.requiredHours)
          : targets.totalHours !== undefined
            ? String(targets.totalHours)
            : '',
      byArea: Object.fromEntries(
        rules.areas.map((area) => [
          area.id,
          targets.byArea[area.id] !== undefined ? String(targets.byArea[area.id]) : '',
        ]),
      ),
    }),
    (values) => saveTargets(values, pathwaySetsTotal),
  );
  // Open at first while there are no required hours to show progress against; the student decides after.
  const [open, setOpen] = useState(targets.totalHours === undefined && !pathwaySetsTotal);
  const id = useId();

  return (
    <details
      className="panel targets"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Your program&apos;s required hours</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={`${id}-total`} label="Total clinical hours required" error={problems.totalHours}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              value={input.totalHours}
              disabled={pathwaySetsTotal}
              onChange={(event) => update({ totalHours: event.target.value })}
            />
          )}
        </Field>
        <fieldset className="form-grid">
          <legend>Hours required per area (optional)</legend>
          {rules.areas.map((area) => (
            <Field
              key={area.id}
              id={`${id}-${area.id}`}
              label={area.label}
              error={problems[`area-${area.id}`]}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  value={input.byArea[area.id] ?? ''}
                  onChange={(event) =>
                    update({ byArea: { ...input.byArea, [area.id]: event.target.value } }, [
                      `area-${area.id}`,
                    ])
                  }
                />
              )}
            </Field>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button">
            Save required hours
          </button>
        </div>
        <p role="status" className="hint">
          {saved ? 'Required hours saved.' : ''}
        </p>
      </form>
    </details>
  );
}
