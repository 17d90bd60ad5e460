/**
 * The degree: program, level, graduation, credits and the coursework the pathway names, with the
 * verdict the checklist uses ("on track", "met", or what is missing).
 */
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { courseworkProgress, degreeVerdict } from '../../domain/degree';
import { getPathway } from '../../domain/pathways/catalog';
import type { DegreeInput } from '../../domain/record-validation';
import { VERDICT_LABELS } from '../../domain/types';
import {
  COURSE_SUBJECT_LABELS,
  DEGREE_LEVELS,
  DEGREE_LEVEL_LABELS,
} from '../../domain/degree-kinds';
import type { DegreeRecord } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveDegree } from '../../store/degree-actions';
import { Field } from '../../ui/Field';
import { GlossaryText } from '../../ui/GlossaryText';
import { ProgressBar } from '../../ui/ProgressBar';
import { useRecordForm } from '../../ui/useRecordForm';
import { CourseList } from './CourseList';
import { OtherRoutes } from './OtherRoutes';
import '../../ui/records.css';
import './degree.css';
import { Options } from '../../ui/Options';

function inputOf(record: DegreeRecord | undefined, level: string): DegreeInput {
  return {
    program: record?.program ?? '',
    institution: record?.institution ?? '',
    level: record?.level ?? level,
    expectedGraduation: record?.expectedGraduation ?? '',
    conferredOn: record?.conferredOn ?? '',
    creditsEarned: record?.creditsEarned !== undefined ? String(record.creditsEarned) : '',
    creditsRequired: record?.creditsRequired !== undefined ? String(record.creditsRequired) : '',
  };
}

export function DegreeScreen() {
  const degree = useAppStore((state) => state.snapshot.degree);
  const courses = useAppStore((state) => state.snapshot.courses);
  const pathwayId = useAppStore((state) => state.snapshot.settings.pathwayId);
  const applicationDate = useAppStore((state) => state.snapshot.settings.applicationDate);
  const today = useAppStore((state) => state.today);
  const pathway = getPathway(pathwayId);
  const rule = pathway.degree;
  // The form stays on the screen after saving: it says "Degree saved." until the next change.
  const { input, update, problems, submit, saved } = useRecordForm<DegreeInput, keyof DegreeInput>(
    () => inputOf(degree, rule.level ?? 'associate'),
    saveDegree,
  );
  const id = useId();
  const verdict = useMemo(
    () => degreeVerdict(rule, degree, courses, today, applicationDate),
    [rule, degree, courses, today, applicationDate],
  );
  const coursework = courseworkProgress(rule, courses);

  const text = (field: keyof DegreeInput, label: string, type = 'text', aside?: ReactNode) => (
    <Field id={`${id}-${field}`} label={label} error={problems[field]} aside={aside}>
      {(control) => (
        <input
          {...control}
          type={type}
          {...(type === 'text' && field.startsWith('credits')
            ? { inputMode: 'decimal' as const }
            : {})}
          value={input[field]}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="degree-heading" className="screen">
      <h2 id="degree-heading" tabIndex={-1} data-screen-heading="degree">
        Degree
      </h2>
      <p className="hint">
        {rule.level
          ? `${pathway.credential} asks for ${DEGREE_LEVEL_LABELS[rule.level].toLowerCase()}`
          : `${pathway.credential} names no degree; record your program here if you have one`}
        {rule.alternativeSemesterHours
          ? ` (or ${rule.alternativeSemesterHours} semester hours of college credit)`
          : ''}
        .{' '}
        <a href={rule.source.url} target="_blank" rel="noopener noreferrer">
          Source: {rule.source.publisher}
        </a>
        {rule.uncertain && <span className="badge badge--note">To confirm</span>}
      </p>
      {verdict && (
        <div
          className={`panel verdict verdict--${verdict.met ? 'met' : verdict.onTrack ? 'on-track' : 'unmet'}`}
        >
          <p>
            <strong>{VERDICT_LABELS[verdict.code]}</strong>: {verdict.reason}
          </p>
          {verdict.progress && (
            <ProgressBar
              label="Credits earned"
              done={verdict.progress.done}
              required={verdict.progress.required}
              unit="credits"
            />
          )}
        </div>
      )}
      <form
        className="record-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby={`${id}-heading`}
      >
        <h3 id={`${id}-heading`}>Your program</h3>
        <div className="form-grid">
          {text('program', 'Program')}
          {text('institution', 'Institution (optional)')}
          <Field id={`${id}-level`} label="Degree level" error={problems.level}>
            {(control) => (
              <select
                {...control}
                value={input.level}
                onChange={(event) => update({ level: event.target.value })}
              >
                <Options values={DEGREE_LEVELS} labels={DEGREE_LEVEL_LABELS} />
              </select>
            )}
          </Field>
          {text('expectedGraduation', 'Expected graduation', 'date')}
          {text(
            'conferredOn',
            'Conferred on (once you have it)',
            'date',
            <p className="hint">
              <GlossaryText text="What “Conferred on” means" />
            </p>,
          )}
          {text('creditsEarned', 'Credits earned (optional)')}
          {text('creditsRequired', 'Credits required (optional)')}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Save degree
          </button>
        </div>
        <p role="status" className="hint">
          {saved ? 'Degree saved.' : ''}
        </p>
      </form>

      {coursework.length > 0 && (
        <div className="panel">
          <h3>Coursework the route names</h3>
          <ul className="area-progress">
            {coursework.map((subject) => (
              <li key={subject.subject}>
                <span className="area-progress__label">
                  {COURSE_SUBJECT_LABELS[subject.subject]} ({subject.note})
                </span>
                <ProgressBar
                  label={`${COURSE_SUBJECT_LABELS[subject.subject]} semester hours`}
                  done={subject.completed}
                  required={subject.required}
                  unit="semester hours"
                  pending={subject.planned}
                />
              </li>
            ))}
          </ul>
          {rule.uncertain && <p className="requirement__uncertain">{rule.uncertain}</p>}
        </div>
      )}
      <OtherRoutes credential={pathway.credential} routes={pathway.otherRoutes ?? []} />
      <CourseList courses={courses} />
    </section>
  );
}
