/** Prerequisite courses: name, subject, semester hours and status; add, edit and remove. */
import { useId, useState } from 'react';
import type { CourseInput } from '../../domain/record-validation';
import {
  COURSE_STATUSES,
  COURSE_STATUS_LABELS,
  COURSE_SUBJECTS,
  COURSE_SUBJECT_LABELS,
} from '../../domain/degree-kinds';
import type { Course } from '../../domain/types';
import { deleteCourse, saveCourse } from '../../store/degree-actions';
import { Field } from '../../ui/Field';
import { useDisclosure } from '../../ui/useDisclosure';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import { Options } from '../../ui/Options';

function CourseForm({ editing, onDone }: { editing?: Course; onDone: () => void }) {
  const { input, update, problems, submit, busy } = useRecordForm<CourseInput, keyof CourseInput>(
    {
      name: editing?.name ?? '',
      subject: editing?.subject ?? 'biology',
      credits: editing ? String(editing.credits) : '',
      status: editing?.status ?? 'completed',
    },
    (values) => saveCourse(values, editing?.id),
    onDone,
  );
  const id = useId();

  return (
    <form
      className="record-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={editing ? `Edit ${editing.name}` : 'Add a course'}
    >
      <div className="form-grid">
        <Field id={`${id}-name`} label="Course" error={problems.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              value={input.name}
              onChange={(event) => update({ name: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-credits`} label="Semester hours" error={problems.credits}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              value={input.credits}
              onChange={(event) => update({ credits: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-subject`} label="Subject" error={problems.subject}>
          {(control) => (
            <select
              {...control}
              value={input.subject}
              onChange={(event) => update({ subject: event.target.value })}
            >
              <Options values={COURSE_SUBJECTS} labels={COURSE_SUBJECT_LABELS} />
            </select>
          )}
        </Field>
        <Field id={`${id}-status`} label="Status" error={problems.status}>
          {(control) => (
            <select
              {...control}
              value={input.status}
              onChange={(event) => update({ status: event.target.value })}
            >
              <Options values={COURSE_STATUSES} labels={COURSE_STATUS_LABELS} />
            </select>
          )}
        </Field>
      </div>
      <FormActions saveLabel="Save course" onCancel={onDone} busy={busy} />
    </form>
  );
}

export function CourseList({ courses }: { courses: readonly Course[] }) {
  const adding = useDisclosure('add-course');
  const [editing, setEditing] = useState<string | undefined>();
  const sorted = [...courses].sort(
    (a, b) => a.subject.localeCompare(b.subject) || a.name.localeCompare(b.name),
  );
  return (
    <div className="panel">
      <h3>Courses</h3>
      {sorted.length === 0 && (
        <p className="empty">
          No courses yet. Add the science courses your route or program names.
        </p>
      )}
      <ul className="course-list">
        {sorted.map((course) =>
          editing === course.id ? (
            <li key={course.id}>
              <CourseForm editing={course} onDone={() => setEditing(undefined)} />
            </li>
          ) : (
            <li key={course.id} className="course">
              <span>
                <strong>
                  <bdi>{course.name}</bdi>
                </strong>{' '}
                · {COURSE_SUBJECT_LABELS[course.subject]} · {course.credits} semester hours ·{' '}
                {COURSE_STATUS_LABELS[course.status]}
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(course.id)}
                >
                  Edit <span className="visually-hidden">{course.name}</span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void deleteCourse(course.id)}
                >
                  Remove <span className="visually-hidden">{course.name}</span>
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {adding.open ? (
        <CourseForm onDone={adding.hide} />
      ) : (
        <button id="add-course" type="button" className="button" onClick={adding.show}>
          Add a course
        </button>
      )}
    </div>
  );
}
