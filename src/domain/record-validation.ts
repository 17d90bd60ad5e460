/**
 * What the degree, a course and an exam plan may hold, and the message beside each field when
 * they do not. Each returns problems keyed by field; an empty object means valid.
 */
import { formatNumber } from './format';
import { dateProblem as calendarDateProblem, isAfter, isIsoDate } from './dates';
import type { IsoDate } from './dates';
import { isPathwayId } from './pathways/summaries';
import { isOneOf, oneOf } from './one-of';
import { EXAM_IDS, EXAM_RESULTS, PATHWAY_IDS, TARGET_KINDS } from './types';
import { COURSE_STATUSES, COURSE_SUBJECTS, DEGREE_LEVELS } from './degree-kinds';
import type { Course, DegreeRecord, Target } from './types';
import {
  MAX_ATTEMPTS,
  MAX_CREDITS,
  MAX_REQUIRED_HOURS,
  MAX_WITHIN_MONTHS,
  TEXT_MAX,
  tooLong,
} from './records/limits';
import { CLEARANCE_KINDS, CLEARANCE_KIND_LABELS } from './clearance-kinds';
import type { ClearanceKind } from './clearance-kinds';

export type Problems<Field extends string> = Partial<Record<Field, string>>;

function dateProblem(
  value: string,
  options: { required?: string; notAfter?: IsoDate; future?: string } = {},
): string | undefined {
  if (value.trim() === '') return options.required;
  if (!isIsoDate(value)) return calendarDateProblem(value) ?? undefined;
  if (options.notAfter && isAfter(value, options.notAfter)) return options.future;
  return undefined;
}

function numberProblem(value: string, what: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (text.startsWith('-')) return `${what} cannot be negative.`;
  if (!/^\d+(\.\d+)?$/.test(text)) return `Enter ${what.toLowerCase()} as a number, such as 60.`;
  if (Number(text) > MAX_CREDITS) return `Enter ${what.toLowerCase()} of ${MAX_CREDITS} or fewer.`;
  return undefined;
}

function collect<Field extends string>(entries: [Field, string | undefined][]): Problems<Field> {
  return Object.fromEntries(
    entries.filter(([, message]) => message !== undefined),
  ) as Problems<Field>;
}

export interface DegreeInput {
  program: string;
  institution: string;
  level: string;
  expectedGraduation: string;
  conferredOn: string;
  creditsEarned: string;
  creditsRequired: string;
}

export function degreeProblems(input: DegreeInput, today: IsoDate): Problems<keyof DegreeInput> {
  return collect<keyof DegreeInput>([
    [
      'program',
      input.program.trim() === ''
        ? 'Enter the program, such as "Medical Laboratory Technology AAS".'
        : input.program.length > TEXT_MAX.name
          ? tooLong('program', TEXT_MAX.name)
          : undefined,
    ],
    [
      'institution',
      input.institution.length > TEXT_MAX.name ? tooLong('institution', TEXT_MAX.name) : undefined,
    ],
    ['level', isOneOf(DEGREE_LEVELS, input.level) ? undefined : 'Choose the degree level.'],
    ['expectedGraduation', dateProblem(input.expectedGraduation)],
    [
      'conferredOn',
      dateProblem(input.conferredOn, {
        notAfter: today,
        future: 'A degree cannot be conferred in the future: use the expected graduation date.',
      }),
    ],
    ['creditsEarned', numberProblem(input.creditsEarned, 'Credits earned')],
    ['creditsRequired', numberProblem(input.creditsRequired, 'Credits required')],
  ]);
}

/** The stored fields of a degree the form accepted (degreeProblems found nothing). */
export function degreeFields(input: DegreeInput): Omit<DegreeRecord, 'id' | 'updatedAt'> {
  const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const creditsEarned = optionalNumber(input.creditsEarned);
  const creditsRequired = optionalNumber(input.creditsRequired);
  return {
    program: input.program.trim(),
    institution: input.institution.trim(),
    level: oneOf(DEGREE_LEVELS, input.level),
    ...(input.expectedGraduation ? { expectedGraduation: input.expectedGraduation } : {}),
    ...(input.conferredOn ? { conferredOn: input.conferredOn } : {}),
    ...(creditsEarned !== undefined ? { creditsEarned } : {}),
    ...(creditsRequired !== undefined ? { creditsRequired } : {}),
  };
}

export interface CourseInput {
  name: string;
  subject: string;
  credits: string;
  status: string;
}

export function courseProblems(input: CourseInput): Problems<keyof CourseInput> {
  const credits = input.credits.trim();
  return collect<keyof CourseInput>([
    [
      'name',
      input.name.trim() === ''
        ? 'Enter the course name, such as "General Chemistry I".'
        : input.name.length > TEXT_MAX.name
          ? tooLong('name', TEXT_MAX.name)
          : undefined,
    ],
    ['subject', isOneOf(COURSE_SUBJECTS, input.subject) ? undefined : 'Choose a subject.'],
    [
      'credits',
      credits === ''
        ? 'Enter the course credits in semester hours, such as 4.'
        : (numberProblem(credits, 'Credits') ??
          (Number(credits) === 0 ? 'Enter more than 0 credits.' : undefined)),
    ],
    ['status', isOneOf(COURSE_STATUSES, input.status) ? undefined : 'Choose a status.'],
  ]);
}

/** The stored fields of a course the form accepted (courseProblems found nothing). */
export function courseFields(input: CourseInput): Omit<Course, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: input.name.trim(),
    subject: oneOf(COURSE_SUBJECTS, input.subject),
    credits: Number(input.credits),
    status: oneOf(COURSE_STATUSES, input.status),
  };
}

export interface ExamPlanInput {
  exam: string;
  appliedOn: string;
  windowEndsOn: string;
  scheduledOn: string;
  notes: string;
}

export function examPlanProblems(
  input: ExamPlanInput,
  today: IsoDate,
): Problems<keyof ExamPlanInput> {
  const window = dateProblem(input.windowEndsOn);
  return collect<keyof ExamPlanInput>([
    ['exam', isOneOf(EXAM_IDS, input.exam) ? undefined : 'Choose the exam.'],
    [
      'appliedOn',
      dateProblem(input.appliedOn, {
        notAfter: today,
        future: 'Enter the date you applied, not a future one.',
      }),
    ],
    [
      'windowEndsOn',
      window ??
        (isIsoDate(input.appliedOn) &&
        isIsoDate(input.windowEndsOn) &&
        isAfter(input.appliedOn, input.windowEndsOn)
          ? 'The window cannot end before you applied.'
          : undefined),
    ],
    ['scheduledOn', dateProblem(input.scheduledOn)],
    ['notes', input.notes.length > TEXT_MAX.note ? tooLong('notes', TEXT_MAX.note) : undefined],
  ]);
}

export interface AttemptInput {
  takenOn: string;
  result: string;
  score: string;
}

export function attemptProblems(
  input: AttemptInput,
  today: IsoDate,
  attemptsSoFar = 0,
): Problems<keyof AttemptInput> {
  return collect<keyof AttemptInput>([
    [
      'takenOn',
      attemptsSoFar >= MAX_ATTEMPTS
        ? `This exam already has ${MAX_ATTEMPTS} attempts, the most one exam keeps: add a new exam for more.`
        : dateProblem(input.takenOn, {
            required: 'Enter the date you sat the exam.',
            notAfter: today,
            future: 'Record an attempt once you have sat it.',
          }),
    ],
    ['result', isOneOf(EXAM_RESULTS, input.result) ? undefined : 'Choose passed or not passed.'],
    ['score', input.score.length > TEXT_MAX.score ? tooLong('score', TEXT_MAX.score) : undefined],
  ]);
}

export interface TargetInput {
  name: string;
  kind: string;
  date: string;
  pathwayId: string;
  clinicalHours: string;
  requiresAhaBls: boolean;
  validThrough: string;
  /**
   * The clearances it asks for: a kind present is asked for; its value, the months its test or
   * latest dose must be within before the date ('' when the program names no window).
   */
  clearances: Partial<Record<ClearanceKind, string>>;
  notes: string;
}

/** A target form's fields, and each clearance's window (`clearance-tb-screening`). */
export type TargetField = keyof TargetInput | `clearance-${ClearanceKind}`;

function monthsProblem(kind: ClearanceKind, months: string): string | undefined {
  const text = months.trim();
  if (text === '') return undefined;
  const count = Number(text);
  return /^\d+$/.test(text) && count >= 1 && count <= MAX_WITHIN_MONTHS
    ? undefined
    : `${CLEARANCE_KIND_LABELS[kind]}: enter whole months from 1 to ${MAX_WITHIN_MONTHS}, or leave it empty.`;
}

export function targetProblems(input: TargetInput): Problems<TargetField> {
  const hours = input.clinicalHours.trim();
  return collect<TargetField>([
    ...CLEARANCE_KINDS.map((kind): [TargetField, string | undefined] => [
      `clearance-${kind}`,
      input.clearances[kind] !== undefined
        ? monthsProblem(kind, input.clearances[kind])
        : undefined,
    ]),
    [
      'name',
      input.name.trim() === ''
        ? 'Enter a name, such as "City Hospital MLT program".'
        : input.name.length > TEXT_MAX.name
          ? tooLong('name', TEXT_MAX.name)
          : undefined,
    ],
    ['kind', isOneOf(TARGET_KINDS, input.kind) ? undefined : 'Choose what kind of target this is.'],
    [
      'date',
      dateProblem(input.date, {
        required: 'Enter the deadline or start date: readiness is judged on it.',
      }),
    ],
    ['pathwayId', isPathwayId(input.pathwayId) ? undefined : 'Choose a pathway.'],
    [
      'clinicalHours',
      hours === ''
        ? undefined
        : hours.startsWith('-')
          ? 'Clinical hours cannot be below zero.'
          : !/^\d+(\.\d+)?$/.test(hours)
            ? 'Enter the hours as a number, such as 200.'
            : Number(hours) > MAX_REQUIRED_HOURS
              ? `Enter ${formatNumber(MAX_REQUIRED_HOURS)} hours or fewer.`
              : undefined,
    ],
    [
      'validThrough',
      dateProblem(input.validThrough) ??
        (isIsoDate(input.validThrough) &&
        isIsoDate(input.date) &&
        isAfter(input.date, input.validThrough)
          ? 'Cards must be valid at least until the target date.'
          : undefined),
    ],
    ['notes', input.notes.length > TEXT_MAX.note ? tooLong('notes', TEXT_MAX.note) : undefined],
  ]);
}

/** A date already past is allowed (the student may keep the record), but flagged. */
export function targetDateNote(date: IsoDate, today: IsoDate): string | undefined {
  return isAfter(today, date)
    ? 'This date has passed. The target is kept; archive it once you are done with it.'
    : undefined;
}

/** The stored fields of a target the form accepted (targetProblems found nothing). */
export function targetFields(
  input: TargetInput,
  archived: boolean | undefined,
): Omit<Target, 'id' | 'createdAt' | 'updatedAt'> {
  const hours = input.clinicalHours.trim();
  const notes = input.notes.trim();
  const clearances = CLEARANCE_KINDS.filter((kind) => input.clearances[kind] !== undefined).map(
    (kind) => {
      const months = (input.clearances[kind] ?? '').trim();
      return months === '' ? { kind } : { kind, withinMonths: Number(months) };
    },
  );
  return {
    name: input.name.trim(),
    kind: oneOf(TARGET_KINDS, input.kind),
    date: input.date,
    pathwayId: oneOf(PATHWAY_IDS, input.pathwayId),
    ...(hours !== '' ? { clinicalHours: Number(hours) } : {}),
    ...(input.requiresAhaBls ? { requiresAhaBls: true } : {}),
    ...(input.validThrough ? { validThrough: input.validThrough } : {}),
    ...(clearances.length > 0 ? { clearances } : {}),
    ...(notes ? { notes } : {}),
    ...(archived ? { archived: true } : {}),
  };
}
