/**
 * The degree requirement as of a date: met once conferred, on track when graduation is expected
 * before the application date, and otherwise what is missing, in words.
 */
import { isAfter } from './dates';
import { formatDisplayDate, formatNumber } from './format';
import { countOf } from './plural';
import type { IsoDate } from './dates';
import { COURSE_SUBJECT_LABELS, DEGREE_LEVEL_LABELS } from './degree-kinds';
import type {
  Course,
  CourseSubject,
  DegreeLevel,
  DegreeRecord,
  DegreeRule,
  RecordVerdict,
  VerdictFacts,
} from './types';
import { coded } from './verdict-code';

const LEVEL_RANK: Record<DegreeLevel, number> = {
  'high-school': 0,
  associate: 1,
  bachelor: 2,
  master: 3,
};

export interface CourseworkProgress {
  subject: CourseSubject;
  required: number;
  completed: number;
  planned: number;
  note: string;
}

/** Semester hours completed and planned against each subject the route names. */
export function courseworkProgress(
  rule: DegreeRule,
  courses: readonly Course[],
): CourseworkProgress[] {
  return rule.coursework.map((need) => {
    const inSubject = courses.filter((course) => course.subject === need.subject);
    const sum = (list: readonly Course[]) =>
      list.reduce((total, course) => total + course.credits, 0);
    return {
      subject: need.subject,
      required: need.semesterHours,
      completed: sum(inSubject.filter((course) => course.status === 'completed')),
      planned: sum(inSubject.filter((course) => course.status !== 'completed')),
      note: need.note,
    };
  });
}

function judgeDegree(
  rule: DegreeRule,
  record: DegreeRecord | undefined,
  courses: readonly Course[],
  asOf: IsoDate,
  applicationDate?: IsoDate,
): VerdictFacts | undefined {
  if (!record) return undefined;
  const missing: string[] = [];
  if (rule.level && LEVEL_RANK[record.level] < LEVEL_RANK[rule.level])
    missing.push(
      `this pathway asks for a ${DEGREE_LEVEL_LABELS[rule.level].toLowerCase()}; yours is ${DEGREE_LEVEL_LABELS[record.level].toLowerCase()}`,
    );
  for (const subject of courseworkProgress(rule, courses)) {
    if (subject.completed < subject.required)
      missing.push(
        `${COURSE_SUBJECT_LABELS[subject.subject]}: ${subject.completed} of ${subject.required} semester hours completed`,
      );
  }
  const credits =
    record.creditsRequired !== undefined && record.creditsRequired > 0
      ? { done: record.creditsEarned ?? 0, required: record.creditsRequired, unit: 'credits' }
      : undefined;
  const progress = credits ? { progress: credits } : {};

  if (record.conferredOn && !isAfter(record.conferredOn, asOf)) {
    const met = missing.length === 0;
    return {
      met,
      warning: !met,
      ...progress,
      reason: met
        ? `Met: conferred ${formatDisplayDate(record.conferredOn)}.`
        : `Conferred ${formatDisplayDate(record.conferredOn)}, but ${missing.join('; ')}.`,
    };
  }
  if (credits && credits.done < credits.required)
    missing.push(`${formatNumber(credits.done)} of ${countOf(credits.required, 'credit')} earned`);
  if (!record.expectedGraduation)
    return {
      met: false,
      warning: false,
      ...progress,
      reason: `Not met yet: enter your expected graduation date.${missing.length ? ` Missing: ${missing.join('; ')}.` : ''}`,
    };
  const graduation = formatDisplayDate(record.expectedGraduation);
  const expected = { expectedOn: record.expectedGraduation };
  if (!applicationDate)
    return {
      met: false,
      warning: false,
      ...progress,
      reason: `Not met yet: you expect to graduate ${graduation}. Set your application date to see whether that is in time.${missing.length ? ` Missing: ${missing.join('; ')}.` : ''}`,
    };
  const apply = formatDisplayDate(applicationDate);
  if (isAfter(record.expectedGraduation, applicationDate))
    return {
      met: false,
      warning: true,
      onTrack: false,
      ...progress,
      ...expected,
      reason: `At risk: you expect to graduate ${graduation}, after your application date ${apply}.${missing.length ? ` Missing: ${missing.join('; ')}.` : ''}`,
    };
  return {
    met: false,
    warning: missing.length > 0,
    onTrack: true,
    ...progress,
    ...expected,
    reason: `On track: you expect to graduate ${graduation}, before your application date ${apply}.${missing.length ? ` Still to do: ${missing.join('; ')}.` : ''}`,
  };
}

/** What `judgeDegree` finds, with its verdict code (verdict-code.ts): the one way in for every surface. */
export function degreeVerdict(
  rule: DegreeRule,
  record: DegreeRecord | undefined,
  courses: readonly Course[],
  asOf: IsoDate,
  applicationDate?: IsoDate,
): RecordVerdict | undefined {
  return coded(judgeDegree(rule, record, courses, asOf, applicationDate));
}
