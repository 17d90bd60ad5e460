/**
 * The certification exam as of a date: applied or not, the eligibility window and its end, the
 * scheduled date, and attempts. Verdicts for the checklist's "apply" and "pass" requirements.
 */
import { differenceInCalendarDays } from 'date-fns';
import { isAfter, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import type { IsoDate } from './dates';
import { EXAMS } from './exams';
import type { ExamAttempt, ExamId, ExamPlan, RecordVerdict, VerdictFacts } from './types';
import { coded } from './verdict-code';
import { countOf, timeUntil } from './plural';

/** Warn this many days before the eligibility window closes. */
export const WINDOW_WARNING_DAYS = 30;

/** The plans for the pathway's exams, the pathway's usual exam first. */
export function plansFor(plans: readonly ExamPlan[], exams: readonly ExamId[]): ExamPlan[] {
  return plans
    .filter((plan) => exams.includes(plan.exam))
    .sort((a, b) => exams.indexOf(a.exam) - exams.indexOf(b.exam));
}

export function passedAttempt(plan: ExamPlan, asOf: IsoDate): ExamAttempt | undefined {
  return plan.attempts.find(
    (attempt) => attempt.result === 'passed' && !isAfter(attempt.takenOn, asOf),
  );
}

export interface WindowStatus {
  daysLeft: number;
  closed: boolean;
  closingSoon: boolean;
  message: string;
}

export function windowStatus(plan: ExamPlan, asOf: IsoDate): WindowStatus | undefined {
  if (!plan.windowEndsOn || passedAttempt(plan, asOf)) return undefined;
  const daysLeft = differenceInCalendarDays(toLocalDate(plan.windowEndsOn), toLocalDate(asOf));
  const ends = formatDisplayDate(plan.windowEndsOn);
  if (daysLeft < 0)
    return {
      daysLeft,
      closed: true,
      closingSoon: false,
      message: `Your testing window closed on ${ends}. Ask the board about reapplying.`,
    };
  const scheduled = plan.scheduledOn && !isAfter(plan.scheduledOn, plan.windowEndsOn);
  return {
    daysLeft,
    closed: false,
    closingSoon: daysLeft <= WINDOW_WARNING_DAYS,
    message: scheduled
      ? `Scheduled for ${formatDisplayDate(plan.scheduledOn as IsoDate)}, inside your window (ends ${ends}).`
      : `Your testing window ends ${ends}, ${timeUntil(daysLeft, { unit: 'days' })}. Schedule the exam before then.`,
  };
}

function judgeExamApplied(
  plans: readonly ExamPlan[],
  exams: readonly ExamId[],
  asOf: IsoDate,
): VerdictFacts | undefined {
  const relevant = plansFor(plans, exams);
  if (relevant.length === 0) return undefined;
  const applied = relevant.find((plan) => plan.appliedOn && !isAfter(plan.appliedOn, asOf));
  if (!applied)
    return {
      met: false,
      warning: false,
      reason: `Not applied yet for the ${EXAMS[relevant[0]?.exam ?? 'other'].name}.`,
    };
  const window = windowStatus(applied, asOf);
  return {
    met: true,
    warning: window !== undefined && (window.closed || window.closingSoon),
    reason: `Applied ${formatDisplayDate(applied.appliedOn as IsoDate)} for the ${EXAMS[applied.exam].name}.${window ? ` ${window.message}` : ''}`,
  };
}

/** What `judgeExamApplied` finds, with its verdict code (verdict-code.ts): the one way in for every surface. */
export function examAppliedVerdict(
  plans: readonly ExamPlan[],
  exams: readonly ExamId[],
  asOf: IsoDate,
): RecordVerdict | undefined {
  return coded(judgeExamApplied(plans, exams, asOf));
}

function judgeExamPassed(
  plans: readonly ExamPlan[],
  exams: readonly ExamId[],
  asOf: IsoDate,
): VerdictFacts | undefined {
  const relevant = plansFor(plans, exams);
  if (relevant.length === 0) return undefined;
  for (const plan of relevant) {
    const passed = passedAttempt(plan, asOf);
    if (passed)
      return {
        met: true,
        warning: false,
        reason: `Passed ${formatDisplayDate(passed.takenOn)}: ${EXAMS[plan.exam].name}.`,
      };
  }
  const plan = relevant[0] as ExamPlan;
  const failed = plan.attempts.filter((attempt) => attempt.result === 'failed').length;
  const scheduled =
    plan.scheduledOn && !isAfter(asOf, plan.scheduledOn)
      ? ` Scheduled for ${formatDisplayDate(plan.scheduledOn)}.`
      : '';
  return {
    met: false,
    warning: false,
    reason: `Not passed yet.${scheduled}${failed > 0 ? ` ${countOf(failed, 'attempt')} so far.` : ''}`,
  };
}

/** What `judgeExamPassed` finds, with its verdict code (verdict-code.ts): the one way in for every surface. */
export function examPassedVerdict(
  plans: readonly ExamPlan[],
  exams: readonly ExamId[],
  asOf: IsoDate,
): RecordVerdict | undefined {
  return coded(judgeExamPassed(plans, exams, asOf));
}
