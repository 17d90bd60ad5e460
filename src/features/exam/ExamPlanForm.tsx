/** Adding or editing an exam plan: the exam, application date, testing window and booking. */
import { useId } from 'react';
import { EXAMS, EXAM_IDS } from '../../domain/exams';
import type { ExamPlanInput } from '../../domain/record-validation';
import type { ExamId, ExamPlan } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { savePlan } from '../../store/exam-actions';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';

interface ExamPlanFormProps {
  title: string;
  editing?: ExamPlan;
  defaultExam: ExamId;
  pathwayExams: readonly ExamId[];
  onDone: () => void;
}

export function ExamPlanForm({
  title,
  editing,
  defaultExam,
  pathwayExams,
  onDone,
}: ExamPlanFormProps) {
  const today = useAppStore((state) => state.today);
  const { input, update, problems, submit, busy } = useRecordForm<
    ExamPlanInput,
    keyof ExamPlanInput
  >(
    {
      exam: editing?.exam ?? defaultExam,
      appliedOn: editing?.appliedOn ?? '',
      windowEndsOn: editing?.windowEndsOn ?? '',
      scheduledOn: editing?.scheduledOn ?? '',
      notes: editing?.notes ?? '',
    },
    (values) => savePlan(values, editing),
    onDone,
  );
  const id = useId();
  const ordered = [...pathwayExams, ...EXAM_IDS.filter((exam) => !pathwayExams.includes(exam))];

  const date = (
    field: 'appliedOn' | 'windowEndsOn' | 'scheduledOn',
    label: string,
    hint?: string,
  ) => (
    <Field id={`${id}-${field}`} label={label} error={problems[field]} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="date"
          {...(field === 'appliedOn' ? { max: today } : {})}
          value={input[field]}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      className="record-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <div className="form-grid">
        <Field id={`${id}-exam`} label="Exam" error={problems.exam}>
          {(control) => (
            <select
              {...control}
              autoFocus
              value={input.exam}
              onChange={(event) => update({ exam: event.target.value })}
            >
              {ordered.map((exam) => (
                <option key={exam} value={exam}>
                  {EXAMS[exam].name}
                  {EXAMS[exam].body ? ` (${EXAMS[exam].body})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        {date('appliedOn', 'Application submitted on (optional)')}
        {date(
          'windowEndsOn',
          'Testing window ends on (optional)',
          'The last day your eligibility or authorisation to test allows.',
        )}
        {date('scheduledOn', 'Exam scheduled for (optional)')}
      </div>
      <Field id={`${id}-notes`} label="Notes (optional)" error={problems.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={input.notes}
            onChange={(event) => update({ notes: event.target.value })}
          />
        )}
      </Field>
      <FormActions saveLabel="Save exam" onCancel={onDone} busy={busy} />
    </form>
  );
}
