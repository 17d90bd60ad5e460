/**
 * A labelled form control with its hint and its error beside it. The error is announced
 * (role="alert") and tied to the control with aria-describedby, as is the hint.
 */
import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /**
   * Shown after the error and not tied to the control: help with controls of its own (a button,
   * a link), which a description would read out flat.
   */
  aside?: ReactNode;
  /** Renders the control with the ids and states it needs. */
  children: (control: {
    id: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  }) => ReactNode;
}

export function Field({ id, label, error, hint, aside, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      <FieldError id={errorId} message={error} />
      {aside}
    </div>
  );
}
