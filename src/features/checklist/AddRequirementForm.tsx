/** Adding a requirement of the student's own to one area. The form stays, empty, for the next. */
import type { AreaId, ChecklistItem } from '../../domain/types';
import { AREA_LABELS } from '../../domain/types';
import { addRequirement } from '../../store/requirement-form-actions';
import { Field } from '../../ui/Field';
import { useRecordForm } from '../../ui/useRecordForm';

interface AddRequirementFormProps {
  area: AreaId;
  items: readonly ChecklistItem[];
}

export function AddRequirementForm({ area, items }: AddRequirementFormProps) {
  const { input, update, problems, submit } = useRecordForm<{ title: string }, 'title'>(
    { title: '' },
    ({ title }) => addRequirement(items, area, title),
    'clear',
  );

  return (
    <form className="add-requirement" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`add-${area}`}
        label={`Add your own requirement to ${AREA_LABELS[area]}`}
        error={problems.title}
      >
        {(control) => (
          <div className="add-requirement__row">
            <input
              {...control}
              type="text"
              value={input.title}
              onChange={(event) => update({ title: event.target.value })}
            />
            <button type="submit" className="button">
              Add
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
