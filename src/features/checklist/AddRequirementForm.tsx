/** Adding a requirement of the student's own to one area. The form stays, empty, for the next. */
import { memo } from 'react';
import type { AreaId, ChecklistItem } from '../../domain/types';
import { AREA_LABELS } from '../../domain/types';
import { addRequirement } from '../../store/requirement-form-actions';
import { Field } from '../../ui/Field';
import { useRecordForm } from '../../ui/useRecordForm';

interface AddRequirementFormProps {
  area: AreaId;
  /**
   * The whole checklist as it is when the student adds (the new requirement goes after the
   * area's last): read then, so that a tick elsewhere, which rebuilds the list, leaves the form
   * alone.
   */
  currentItems: () => readonly ChecklistItem[];
}

export const AddRequirementForm = memo(function AddRequirementForm({
  area,
  currentItems,
}: AddRequirementFormProps) {
  const { input, update, problems, submit } = useRecordForm<{ title: string }, 'title'>(
    { title: '' },
    ({ title }) => addRequirement(currentItems(), area, title),
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
});
