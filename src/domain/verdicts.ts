/**
 * Judging the checklist's record-backed requirements: each link (a card, the degree, hours, the
 * exam) is judged by its own module, on one date, against the pathway's rules.
 */
import { formatNumber } from './format';
import { certificationVerdict } from './certifications';
import type { IsoDate } from './dates';
import { degreeVerdict } from './degree';
import { DEFAULT_WARNING_DAYS } from './expiry';
import { examAppliedVerdict, examPassedVerdict } from './exam-plan';
import {
  clinicalAreaLabel,
  clinicalFigures,
  countTowards,
  describeForecast,
  forecast,
} from './hours';
import type { ClinicalFiguresOf } from './hours';
import type {
  Certification,
  ChecklistItem,
  ClinicalEntry,
  ClinicalTargets,
  Course,
  DegreeRecord,
  ExamPlan,
  Pathway,
  RecordLink,
  RecordVerdict,
  VerdictFacts,
} from './types';
import { coded } from './verdict-code';

export interface StudentRecords {
  certifications: readonly Certification[];
  degree?: DegreeRecord;
  courses: readonly Course[];
  clinicalEntries: readonly ClinicalEntry[];
  clinicalTargets: ClinicalTargets;
  examPlans: readonly ExamPlan[];
}

export interface VerdictContext {
  asOf: IsoDate;
  applicationDate?: IsoDate;
  warningDays?: number;
  /**
   * How the clinical totals and pace are found: `clinicalFigures`, unless a store passes its
   * patched copy (store/clinical-figures.ts). Either gives the same figures.
   */
  clinicalFigures?: ClinicalFiguresOf;
}

/** The hours a pathway requires: its own figure where the certifying body sets one, else the student's. */
export function requiredHours(pathway: Pathway, targets: ClinicalTargets): number | undefined {
  const hours = pathway.clinical.requiredHours ?? targets.totalHours;
  // A target of 0 hours means no target, here and on every screen.
  return hours !== undefined && hours > 0 ? hours : undefined;
}

function judgeClinical(
  pathway: Pathway,
  records: Pick<StudentRecords, 'clinicalEntries' | 'clinicalTargets'>,
  context: VerdictContext,
): VerdictFacts | undefined {
  const required = requiredHours(pathway, records.clinicalTargets);
  const counts = pathway.clinical.counts;
  if (required === undefined && counts.length === 0) return undefined;
  const { totals, perWeek } = (context.clinicalFigures ?? clinicalFigures)(
    records.clinicalEntries,
    context.asOf,
    pathway.clinical.countsUnverified,
  );
  // Only this pathway's areas: targets kept for another pathway's areas do not apply here.
  const shortAreas = pathway.clinical.areas
    .map((area): [string, number | undefined] => [area.id, records.clinicalTargets.byArea[area.id]])
    .filter(
      (entry): entry is [string, number] =>
        entry[1] !== undefined && (totals.byArea.get(entry[0])?.counted ?? 0) < entry[1],
    );
  const shortCounts = counts.filter((count) => countTowards(totals, count) < count.required);
  const hoursMet = required === undefined || totals.counted >= required;
  const met = hoursMet && shortAreas.length === 0 && shortCounts.length === 0;
  const countNote = counts
    .map(
      (count) => `${countTowards(totals, count)} of ${count.required} ${count.label.toLowerCase()}`,
    )
    .join('; ');
  const firstCount = counts[0];
  const progress =
    required !== undefined
      ? { done: totals.counted, required, unit: 'hours' }
      : firstCount
        ? {
            done: countTowards(totals, firstCount),
            required: firstCount.required,
            unit: firstCount.label.toLowerCase(),
          }
        : undefined;
  const unverified =
    !pathway.clinical.countsUnverified && totals.unverified > 0
      ? ` ${totals.unverified} unverified hours are not counted until signed off.`
      : '';
  const figures = [
    required !== undefined
      ? `${formatNumber(totals.counted)} of ${formatNumber(required)} hours`
      : '',
    countNote,
  ]
    .filter(Boolean)
    .join('; ');
  if (met)
    return {
      met: true,
      warning: false,
      ...(progress ? { progress } : {}),
      reason: `Met: ${figures}.`,
    };
  const outlook =
    required !== undefined && !hoursMet
      ? forecast(totals.counted, required, perWeek, context.asOf)
      : undefined;
  const onTrack =
    context.applicationDate !== undefined &&
    outlook?.status === 'on-pace' &&
    outlook.date <= context.applicationDate &&
    shortCounts.length === 0;
  const areaNote = shortAreas.length
    ? ` Areas short of their required hours: ${shortAreas.map(([area]) => clinicalAreaLabel(pathway.clinical, area)).join(', ')}.`
    : '';
  return {
    met: false,
    warning: context.applicationDate !== undefined && !onTrack,
    ...(context.applicationDate !== undefined ? { onTrack } : {}),
    ...(progress ? { progress } : {}),
    ...(outlook?.status === 'on-pace' ? { expectedOn: outlook.date } : {}),
    reason: `${figures}.${outlook ? ` ${describeForecast(outlook, context.applicationDate)}` : ''}${areaNote}${unverified}`,
  };
}

/** What `judgeClinical` finds, with its verdict code (verdict-code.ts): the one way in for every surface. */
export function clinicalVerdict(
  pathway: Pathway,
  records: Pick<StudentRecords, 'clinicalEntries' | 'clinicalTargets'>,
  context: VerdictContext,
): RecordVerdict | undefined {
  return coded(judgeClinical(pathway, records, context));
}

export function verdictFor(
  link: RecordLink,
  pathway: Pathway,
  records: StudentRecords,
  context: VerdictContext,
): RecordVerdict | undefined {
  switch (link.kind) {
    case 'certification':
      return certificationVerdict(records.certifications, link.type, {
        today: context.asOf,
        warningDays: context.warningDays ?? DEFAULT_WARNING_DAYS,
        ...(context.applicationDate ? { applicationDate: context.applicationDate } : {}),
      });
    case 'degree':
      return degreeVerdict(
        pathway.degree,
        records.degree,
        records.courses,
        context.asOf,
        context.applicationDate,
      );
    case 'clinical':
      return clinicalVerdict(pathway, records, context);
    case 'exam-applied':
      return examAppliedVerdict(records.examPlans, pathway.exams, context.asOf);
    case 'exam-passed':
      return examPassedVerdict(records.examPlans, pathway.exams, context.asOf);
  }
}

/** How a requirement's record verdict is found: `verdictFor`, or a memoised stand-in for it. */
export type Judge = typeof verdictFor;

/**
 * Everything `verdictFor` reads for a link, as values that keep their identity while unchanged:
 * a cache may reuse a verdict while these are the same (store/verdict-cache.ts). Kept beside
 * `verdictFor` so the two change together.
 */
export function verdictInputs(
  link: RecordLink,
  pathway: Pathway,
  records: StudentRecords,
  context: VerdictContext,
): readonly unknown[] {
  switch (link.kind) {
    case 'certification':
      return [records.certifications, context.asOf, context.warningDays, context.applicationDate];
    case 'degree':
      return [pathway.id, records.degree, records.courses, context.asOf, context.applicationDate];
    case 'clinical':
      return [
        pathway.id,
        pathway.clinical.requiredHours,
        records.clinicalEntries,
        records.clinicalTargets,
        context.asOf,
        context.applicationDate,
      ];
    case 'exam-applied':
    case 'exam-passed':
      return [pathway.id, records.examPlans, context.asOf];
  }
}

/** The checklist with every record-backed requirement judged on `context.asOf`. */
export function withVerdicts(
  items: readonly ChecklistItem[],
  pathway: Pathway,
  records: StudentRecords,
  context: VerdictContext,
  judge: Judge = verdictFor,
): ChecklistItem[] {
  return items.map((item) => {
    if (!item.metBy) return item;
    const verdict = judge(item.metBy, pathway, records, context);
    return verdict ? { ...item, verdict } : item;
  });
}
