/**
 * Editing one requirement: its title, its note and, once completed, the completion date.
 * Nothing is stored until every field is valid; each refusal is shown beside its field.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ChecklistItem } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveRequirement } from '../../store/checklist-actions';
import { FieldError } from '../../ui/FieldError';
import { FormActions } from '../../ui/FormActions';

interface RequirementEditorProps {
  item: ChecklistItem;
  onDone: () => void;
}

export function RequirementEditor({ item, onDone }: RequirementEditorProps) {
  const today = useAppStore((state) => state.today);
  const [title, setTitle] = useState(item.title);
  const [note, setNote] = useState(item.note ?? '');
  const [completedOn, setCompletedOn] = useState(item.completedOn ?? '');
  const [problems, setProblems] = useState<
    Partial<Record<'title' | 'note' | 'completedOn' | 'form', string>>
  >({});
  const id = useId();
  // A requirement judged from records takes its dates from them, not from a completion.
  const editsCompletion = item.completedOn !== undefined && !item.verdict;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await saveRequirement(item, {
      title,
      note,
      ...(editsCompletion ? { completedOn } : {}),
    });
    if (result.ok) onDone();
    else setProblems(result.problems);
  }

  const describedBy = (field: keyof typeof problems) =>
    problems[field] ? `${id}-${field}-error` : undefined;

  return (
    <form className="requirement-editor" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          autoFocus
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={describedBy('title')}
        />
        <FieldError id={`${id}-title-error`} message={problems.title} />
        {item.builtIn && item.originalTitle && (
          <p className="hint">Original wording: {item.originalTitle}</p>
        )}
      </div>
      {editsCompletion && (
        <div className="field">
          <label htmlFor={`${id}-completed`}>Completed on</label>
          <input
            id={`${id}-completed`}
            type="date"
            value={completedOn}
            max={today}
            onChange={(event) => setCompletedOn(event.target.value)}
            aria-invalid={problems.completedOn ? true : undefined}
            aria-describedby={describedBy('completedOn')}
          />
          <FieldError id={`${id}-completedOn-error`} message={problems.completedOn} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          value={note}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={problems.note ? true : undefined}
          aria-describedby={describedBy('note')}
        />
        <FieldError id={`${id}-note-error`} message={problems.note} />
      </div>
      <FieldError id={`${id}-form-error`} message={problems.form} />
      <FormActions saveLabel="Save" onCancel={onDone} />
    </form>
  );
}
