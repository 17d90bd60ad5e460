/**
 * Readiness for a target as of its date: each requirement met, on track, at risk or not met, with
 * the reason in words, and the next actions most urgent first. One pure function over plain data
 * and a given "today"; the screens only render its output.
 */
import { differenceInCalendarDays } from 'date-fns';
import { certificationVerdict, newestOfType } from './certifications';
import { judgeClearance } from './clearances';
import type { ClearanceJudgement } from './clearances';
import { buildChecklist, visibleItems } from './checklist';
import { isAfter, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import { isolate } from './isolate';
import type { IsoDate } from './dates';
import { plansFor } from './exam-plan';
import { getPathway } from './pathways/catalog';
import { isCompleteOn } from './readiness';
import { PROVIDER_LABELS } from './types';
import type {
  CertificationType,
  Clearance,
  ChecklistItem,
  CustomRequirement,
  Pathway,
  RequirementState,
  Target,
  VerdictCode,
} from './types';
import { withVerdicts } from './verdicts';
import type { Judge, StudentRecords } from './verdicts';
import { countOf, timeUntil } from './plural';
import { CLEARANCE_KIND_LABELS } from './clearance-kinds';

/** A requirement's standing for a target: the same codes, and words, as the checklist's verdicts. */
export type TargetVerdict = VerdictCode;

export interface RequirementJudgement {
  item: ChecklistItem;
  verdict: TargetVerdict;
  reason: string;
}

export interface NextAction {
  /** What to do, in words, with the time it takes where that is known. */
  text: string;
  /** The date it must be done by. */
  dueOn: IsoDate;
  daysLeft: number;
  requirementKey: string;
}

export interface TargetReadiness {
  target: Target;
  pathway: Pathway;
  judgements: RequirementJudgement[];
  /** The clearances the target asks for, each judged on its date by the target's own rule. */
  clearances: ClearanceJudgement[];
  /** Verdicts of the requirements and the clearances together. */
  counts: Record<TargetVerdict, number>;
  /** Requirements and clearances judged: what `counts` adds up to. */
  total: number;
  /** Days from today to the target's date; negative once it has passed. */
  daysLeft: number;
  actions: NextAction[];
}

/** Everything a target is judged from: the student's records and checklist state. */
export interface TargetData {
  requirementStates: readonly RequirementState[];
  customRequirements: readonly CustomRequirement[];
  records: StudentRecords;
  /** The student's clearances (immunizations, TB screening, checks), judged by a target's rules. */
  clearances: readonly Clearance[];
  warningDays: number;
}

const SEVERITY: Record<TargetVerdict, number> = {
  'not-met': 0,
  'at-risk': 1,
  'on-track': 2,
  met: 3,
};

function days(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** The pathway as this target asks for it: its own clinical hours where it names them. */
function pathwayForTarget(target: Target): Pathway {
  const pathway = getPathway(target.pathwayId);
  if (target.clinicalHours === undefined) return pathway;
  return { ...pathway, clinical: { ...pathway.clinical, requiredHours: target.clinicalHours } };
}

function judgeCertification(
  item: ChecklistItem,
  type: CertificationType,
  target: Target,
  data: TargetData,
  today: IsoDate,
): RequirementJudgement {
  const certifications = data.records.certifications;
  const validThrough = target.validThrough ?? target.date;
  const card = newestOfType(certifications, type);
  if (
    type === 'cpr-bls' &&
    target.requiresAhaBls &&
    card &&
    !(card.provider === 'aha' && /\bBLS\b/i.test(card.name))
  )
    return {
      item,
      verdict: 'not-met',
      reason: `${isolate(target.name)} asks for AHA BLS Provider; your newest CPR card is ${isolate(card.name)} (${PROVIDER_LABELS[card.provider]}).`,
    };
  // The one card judgement (expiry.ts's standing), with the target's date as the date it is needed.
  const judged = certificationVerdict(certifications, type, {
    today,
    warningDays: data.warningDays,
    applicationDate: validThrough,
  });
  // The verdict is the card's own code; only the words name the target's date.
  const verdict = judged.code;
  if (verdict === 'met' && card?.expiresOn)
    return {
      item,
      verdict,
      reason: `Valid through ${formatDisplayDate(validThrough)}: your ${isolate(card.name)} card runs until ${formatDisplayDate(card.expiresOn)}.`,
    };
  if (verdict === 'at-risk' && card?.expiresOn)
    return {
      item,
      verdict,
      reason: `Valid today, but expires ${formatDisplayDate(card.expiresOn)} — before ${formatDisplayDate(validThrough)}, the date ${isolate(target.name)} needs it. Renew by ${formatDisplayDate(card.expiresOn)}.`,
    };
  return { item, verdict, reason: judged.reason };
}

function judge(
  item: ChecklistItem,
  target: Target,
  pathway: Pathway,
  data: TargetData,
  today: IsoDate,
): RequirementJudgement {
  const link = item.metBy;
  if (link?.kind === 'certification')
    return judgeCertification(item, link.type, target, data, today);
  if (link) {
    // Judged once, by withVerdicts, on today with the target's date as the application date.
    const verdict = item.verdict;
    if (verdict) {
      const judged = verdict.code;
      // An exam booked before the target's date is on track to be passed in time.
      if (link.kind === 'exam-passed' && judged === 'not-met') {
        const booked = plansFor(data.records.examPlans, pathway.exams).find(
          (plan) =>
            plan.scheduledOn &&
            !isAfter(today, plan.scheduledOn) &&
            !isAfter(plan.scheduledOn, target.date),
        );
        if (booked?.scheduledOn)
          return {
            item,
            verdict: 'on-track',
            reason: `Booked for ${formatDisplayDate(booked.scheduledOn)}, before ${formatDisplayDate(target.date)}.`,
          };
      }
      return { item, verdict: judged, reason: verdict.reason };
    }
  }
  return isCompleteOn(item, today)
    ? { item, verdict: 'met', reason: `Done ${formatDisplayDate(item.completedOn as IsoDate)}.` }
    : { item, verdict: 'not-met', reason: 'Not done yet.' };
}

/** The next action for a requirement that is not met, with the date it is due. */
function actionFor(judgement: RequirementJudgement, target: Target, today: IsoDate): NextAction[] {
  const { item, verdict } = judgement;
  const due = (dueOn: IsoDate, text: string): NextAction => ({
    text,
    dueOn,
    daysLeft: days(today, dueOn),
    requirementKey: item.key,
  });
  // Time needed rounds up and time left rounds down, so neither looks better than it is.
  const left = days(today, target.date);
  const deadline = left < 0 ? 'the date has passed' : `deadline ${timeUntil(left)}`;
  const link = item.metBy;
  const record = item.verdict;
  if (link?.kind === 'certification') {
    const card = record?.certification;
    if (verdict === 'at-risk' && card?.expiresOn)
      return [
        due(
          card.expiresOn,
          `Renew ${isolate(card.name)} before ${formatDisplayDate(card.expiresOn)}`,
        ),
      ];
    return [due(target.date, `Get a current card: ${isolate(item.title)}`)];
  }
  if (link?.kind === 'clinical' && record?.progress) {
    const { done, required, unit } = record.progress;
    const remaining = Math.max(0, required - done);
    const pace = record.expectedOn
      ? `at your pace, ${countOf(Math.max(1, Math.ceil(days(today, record.expectedOn) / 7)), 'week')}; `
      : '';
    return [due(target.date, `Log ${remaining} more ${unit} — ${pace}${deadline}`)];
  }
  if (link?.kind === 'degree' && record?.expectedOn)
    return [
      due(
        record.expectedOn,
        verdict === 'at-risk'
          ? `Graduation is expected ${formatDisplayDate(record.expectedOn)}, after the deadline: ask your program about finishing sooner`
          : `Graduate (expected ${formatDisplayDate(record.expectedOn)})`,
      ),
    ];
  return [due(target.date, `${isolate(item.title)} — ${deadline}`)];
}

/**
 * How ready the student is for a target, as of the target's date: each requirement met, on track,
 * at risk or not met, with the reason in words, and the next actions, most urgent first.
 * Certifications are judged on the date the target needs them; progress is forecast from today.
 */
export function targetReadiness(
  target: Target,
  data: TargetData,
  today: IsoDate,
  judgeRecords?: Judge,
): TargetReadiness {
  const pathway = pathwayForTarget(target);
  const items = withVerdicts(
    visibleItems(buildChecklist(pathway, data.customRequirements, data.requirementStates)),
    pathway,
    data.records,
    { asOf: today, applicationDate: target.date, warningDays: data.warningDays },
    judgeRecords,
  );
  const judgements = items.map((item) => judge(item, target, pathway, data, today));
  const clearances = (target.clearances ?? []).map((rule) =>
    judgeClearance(rule, data.clearances, target, today),
  );
  const counts: Record<TargetVerdict, number> = {
    met: 0,
    'on-track': 0,
    'at-risk': 0,
    'not-met': 0,
  };
  for (const judgement of [...judgements, ...clearances]) counts[judgement.verdict] += 1;
  const actions = [
    ...judgements.map((judgement) => ({ judgement, list: actionFor(judgement, target, today) })),
    ...clearances.map((judgement) => ({
      judgement,
      list: clearanceActionFor(judgement, target, today),
    })),
  ]
    .filter(({ judgement }) => judgement.verdict !== 'met')
    .flatMap(({ judgement, list }) => list.map((action) => ({ action, judgement })))
    .sort(
      (a, b) =>
        a.action.daysLeft - b.action.daysLeft ||
        SEVERITY[a.judgement.verdict] - SEVERITY[b.judgement.verdict],
    )
    .map(({ action }) => action);
  return {
    target,
    pathway,
    judgements,
    clearances,
    counts,
    total: judgements.length + clearances.length,
    daysLeft: days(today, target.date),
    actions,
  };
}

/** The next action for a clearance the target's rule finds not met (or at risk). */
function clearanceActionFor(
  judgement: ClearanceJudgement,
  target: Target,
  today: IsoDate,
): NextAction[] {
  const label = CLEARANCE_KIND_LABELS[judgement.rule.kind];
  const renewBy = judgement.verdict === 'at-risk' ? judgement.clearance?.expiresOn : undefined;
  const dueOn = renewBy ?? target.date;
  const text = renewBy
    ? `Renew ${label} before ${formatDisplayDate(renewBy)}`
    : judgement.newFrom
      ? `${label}: get one dated ${formatDisplayDate(judgement.newFrom)} or later, by ${formatDisplayDate(target.date)}`
      : `${label}: complete it by ${formatDisplayDate(target.date)}`;
  return [
    {
      text,
      dueOn,
      daysLeft: days(today, dueOn),
      requirementKey: `clearance:${judgement.rule.kind}`,
    },
  ];
}
