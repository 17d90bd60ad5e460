/**
 * A destructive action asked twice: the first press turns the button into "Confirm …" and
 * "Keep it". The subject goes into the accessible name ("Delete BLS Provider issued Jun 10, 2026").
 */
import { useState } from 'react';

interface ConfirmButtonProps {
  /** "Delete", "Remove", "Remove file". */
  label: string;
  /** "Confirm delete". */
  confirmLabel: string;
  /** What is deleted, for screen readers. */
  subject: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, confirmLabel, subject, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {label} <span className="visually-hidden">{subject}</span>
      </button>
    );
  return (
    <>
      <button type="button" className="button button--small button--danger" onClick={onConfirm}>
        {confirmLabel} <span className="visually-hidden">{subject}</span>
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </>
  );
}
