/** The student's program figures: required hours overall and per rotation area. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ClinicalRules, ClinicalTargets } from '../../domain/types';
import { saveTargets } from '../../store/clinical-actions';
import { Field } from '../../ui/Field';

interface TargetsFormProps {
  rules: ClinicalRules;
  targets: ClinicalTargets;
}

export function TargetsForm({ rules, targets }: TargetsFormProps) {
  const [totalHours, setTotalHours] = useState(
    rules.requiredHours !== undefined
      ? String(rules.requiredHours)
      : targets.totalHours !== undefined
        ? String(targets.totalHours)
        : '',
  );
  const [byArea, setByArea] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      rules.areas.map((area) => [
        area.id,
        targets.byArea[area.id] !== undefined ? String(targets.byArea[area.id]) : '',
      ]),
    ),
  );
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [saved, setSaved] = useState(false);
  // Open at first while there is no target to show progress against; the student decides after.
  const [open, setOpen] = useState(
    targets.totalHours === undefined && rules.requiredHours === undefined,
  );
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await saveTargets({ totalHours, byArea }, rules.requiredHours !== undefined);
    if (result.ok) {
      setProblems({});
      setSaved(true);
    } else setProblems(result.problems);
  }

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
              value={totalHours}
              disabled={rules.requiredHours !== undefined}
              onChange={(event) => setTotalHours(event.target.value)}
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
                  value={byArea[area.id] ?? ''}
                  onChange={(event) => setByArea({ ...byArea, [area.id]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button">
            Save targets
          </button>
        </div>
        <p role="status" className="hint">
          {saved ? 'Targets saved.' : ''}
        </p>
      </form>
    </details>
  );
}
