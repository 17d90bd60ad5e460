/**
 * Editing one requirement: its title, its note and, once completed, the completion date.
 * Nothing is stored until every field is valid; each refusal is shown beside its field.
 */
import { useId } from 'react';
import type { ChecklistItem } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveRequirement } from '../../store/checklist-actions';
import type { RequirementEditField } from '../../store/checklist-actions';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';

interface RequirementEditorProps {
  item: ChecklistItem;
  onDone: () => void;
}

interface RequirementEditorInput {
  title: string;
  note: string;
  completedOn: string;
}

export function RequirementEditor({ item, onDone }: RequirementEditorProps) {
  const today = useAppStore((state) => state.today);
  // A requirement judged from records takes its dates from them, not from a completion.
  const editsCompletion = item.completedOn !== undefined && !item.verdict;
  const { input, update, problems, submit, busy } = useRecordForm<
    RequirementEditorInput,
    RequirementEditField
  >(
    { title: item.title, note: item.note ?? '', completedOn: item.completedOn ?? '' },
    ({ completedOn, ...values }) =>
      saveRequirement(item, { ...values, ...(editsCompletion ? { completedOn } : {}) }),
    onDone,
  );
  const id = useId();

  return (
    <form className="requirement-editor" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`${id}-title`}
        label="Title"
        error={problems.title}
        hint={
          item.builtIn && item.originalTitle ? `Original wording: ${item.originalTitle}` : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoFocus
            value={input.title}
            onChange={(event) => update({ title: event.target.value })}
          />
        )}
      </Field>
      {editsCompletion && (
        <Field id={`${id}-completedOn`} label="Completed on" error={problems.completedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.completedOn}
              max={today}
              onChange={(event) => update({ completedOn: event.target.value })}
            />
          )}
        </Field>
      )}
      <Field id={`${id}-note`} label="Note (optional)" error={problems.note}>
        {(control) => (
          <textarea
            {...control}
            value={input.note}
            rows={3}
            onChange={(event) => update({ note: event.target.value })}
          />
        )}
      </Field>
      {/* A write that failed after every field was accepted belongs to no field. */}
      <FieldError id={`${id}-form-error`} message={problems.form} />
      <FormActions saveLabel="Save" onCancel={onDone} busy={busy} />
    </form>
  );
}
