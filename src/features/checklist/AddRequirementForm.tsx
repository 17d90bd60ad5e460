/** Adding a requirement of the student's own to one area. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AreaId, ChecklistItem } from '../../domain/types';
import { AREA_LABELS } from '../../domain/types';
import { addRequirement } from '../../store/checklist-actions';
import { FieldError } from '../../ui/FieldError';

interface AddRequirementFormProps {
  area: AreaId;
  items: readonly ChecklistItem[];
}

export function AddRequirementForm({ area, items }: AddRequirementFormProps) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const inputId = `add-${area}`;
  const errorId = `${inputId}-error`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addRequirement(items, area, title);
    if (result.ok) {
      setTitle('');
      setProblem(undefined);
    } else {
      setProblem(result.problems.title ?? 'Could not add this requirement.');
    }
  }

  return (
    <form className="add-requirement" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>Add your own requirement to {AREA_LABELS[area]}</label>
      <div className="add-requirement__row">
        <input
          id={inputId}
          type="text"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setProblem(undefined);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
        />
        <button type="submit" className="button">
          Add
        </button>
      </div>
      <FieldError id={errorId} message={problem} />
    </form>
  );
}
