/** The Save and Cancel buttons at the foot of every form. */
interface FormActionsProps {
  saveLabel: string;
  onCancel: () => void;
  busy?: boolean;
}

export function FormActions({ saveLabel, onCancel, busy = false }: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={busy}>
        {saveLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
