/**
 * Choosing a photo or PDF to keep as evidence, with the same checks and limits everywhere (a card,
 * a clearance, a requirement): the file is checked as it is chosen (domain/certification-
 * validation.ts `evidenceProblem`, from records/limits.ts) and refused at once when it will not do.
 */
import type { ChangeEvent } from 'react';
import { EVIDENCE_TYPES, evidenceProblem } from '../domain/certification-validation';
import { Field } from './Field';

interface EvidenceFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  /** The file chosen, or undefined when none is (or the one chosen was refused). */
  onChoose: (file: File | undefined) => void;
  /** Why the file chosen was refused, or undefined to clear it. */
  onProblem: (message: string | undefined) => void;
}

export function EvidenceField({ id, label, error, onChoose, onProblem }: EvidenceFieldProps) {
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const problem = chosen ? evidenceProblem(chosen) : null;
    onChoose(problem ? undefined : chosen);
    if (problem) event.target.value = '';
    onProblem(problem ?? undefined);
  }
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <input {...control} type="file" accept={EVIDENCE_TYPES.join(',')} onChange={choose} />
      )}
    </Field>
  );
}
