/**
 * Clearances for clinical placements, judged. Two questions, kept apart:
 * - what a record proves on a date (`proofOn`): a complete series or an immune titer, a negative
 *   TB test, a clear background check, a negative drug screen — and a document's own printed
 *   expiry, where it has one;
 * - whether that meets a program's rule on the program's date (`judgeClearance`): the rule is
 *   the program's, stated on a target (records/schemas.ts `clearanceRuleSchema`), never assumed.
 *   "TB test within 12 months of the start date" is `withinMonths: 12` on that target.
 * Public-health guidance (the doses a series has, CDC's advice on TB testing) is shown with its
 * source and fills in the doses a series needs; it never sets an expiry. Pure: no clock, no
 * storage; verdict codes come from verdict-code.ts.
 */
import { addDays, addMonths, differenceInCalendarMonths, subMonths } from 'date-fns';
import { compareIsoDates, isAfter, toIsoDate, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import { isolate } from './isolate';
import type { IsoDate } from './dates';
import { countOf } from './plural';
import type { Clearance, ClearanceRule, RecordVerdict, Source, VerdictCode } from './types';
import { coded, verdictCode } from './verdict-code';
import {
  CLEARANCE_KIND_LABELS,
  CLEARANCE_RESULT_LABELS,
  TB_TEST_LABELS,
  isImmunization,
} from './clearance-kinds';
import type { ClearanceKind } from './clearance-kinds';

const CHECKED_ON = '2026-12-02';

/** CDC's summary of the vaccines recommended for health care workers, students included. */
export const CDC_HEALTHCARE_WORKER_VACCINES: Source = {
  publisher: 'Centers for Disease Control and Prevention',
  title: 'Recommended Vaccines for Healthcare Workers',
  url: 'https://www.cdc.gov/vaccines/adults/rec-vac/hcw.html',
  checkedOn: CHECKED_ON,
};

/** The 2019 update of TB screening and testing of U.S. health care personnel (MMWR 68(19)). */
export const CDC_TB_HEALTH_CARE_PERSONNEL_2019: Source = {
  publisher: 'CDC and the National Tuberculosis Controllers Association',
  title:
    'Tuberculosis Screening, Testing, and Treatment of U.S. Health Care Personnel: Recommendations, 2019 (MMWR 68(19):439–443)',
  url: 'https://www.cdc.gov/mmwr/volumes/68/wr/mm6819a3.htm',
  checkedOn: CHECKED_ON,
};

/** What public-health guidance says about a clearance, for the student to read beside it. */
export interface ClearanceGuidance {
  /** Doses a complete series has, where the guidance names them. */
  doses?: number;
  text: string;
  source?: Source;
}

export const CLEARANCE_GUIDANCE: Record<ClearanceKind, ClearanceGuidance> = {
  'hepatitis-b': {
    doses: 3,
    text: 'CDC: a 3-dose series of Engerix-B or Recombivax HB, or 2 doses of Heplisav-B (set the series to 2 doses), then a blood test of immunity (anti-HBs) 1–2 months after the last dose.',
    source: CDC_HEALTHCARE_WORKER_VACCINES,
  },
  mmr: {
    doses: 2,
    text: 'CDC: 2 doses of MMR at least 28 days apart, unless a blood test (titer) shows immunity.',
    source: CDC_HEALTHCARE_WORKER_VACCINES,
  },
  varicella: {
    doses: 2,
    text: 'CDC: 2 doses of varicella vaccine at least 4 weeks apart, unless a blood test (titer) shows immunity.',
    source: CDC_HEALTHCARE_WORKER_VACCINES,
  },
  tdap: {
    doses: 1,
    text: 'CDC: 1 dose of Tdap if you have not had one, then a Td or Tdap booster every 10 years.',
    source: CDC_HEALTHCARE_WORKER_VACCINES,
  },
  influenza: {
    doses: 1,
    text: 'CDC: 1 dose of influenza vaccine every year. Which season counts is your program’s rule: state it on the target (for example within 12 months).',
    source: CDC_HEALTHCARE_WORKER_VACCINES,
  },
  'covid-19': {
    text: 'Asked for by some programs and sites only. Record the doses your program asks for.',
  },
  'tb-screening': {
    text: 'CDC and NTCA (2019): a TB risk assessment, symptom screen and a TB test (blood test or skin test) before placement; no routine yearly testing without a known exposure; a positive test is followed by a symptom check and a chest X-ray. Programs and sites often still ask for a recent test: their rule is the one that counts.',
    source: CDC_TB_HEALTH_CARE_PERSONNEL_2019,
  },
  'background-check': {
    text: 'Your program or clinical site says which check, from which vendor, and how recent it must be.',
  },
  'drug-screen': {
    text: 'Your program or clinical site says which panel, from which lab, and how recent it must be.',
  },
};

/** The doses a record's series needs: the student's own figure, else the guidance's, else 1. */
export function dosesNeeded(clearance: Pick<Clearance, 'kind' | 'seriesDoses'>): number {
  return clearance.seriesDoses ?? CLEARANCE_GUIDANCE[clearance.kind].doses ?? 1;
}

const day = formatDisplayDate;

/** What a record proves on a date, before any program's rule. */
export interface ClearanceProof {
  /** It proves the clearance on the date. */
  proven: boolean;
  /** The date of the proof: the test, or the dose that completed the series (the latest counted). */
  datedOn?: IsoDate;
  /** A document's printed expiry was passed on the date. */
  expired?: boolean;
  /** What it proves, or what it lacks, in words: "IGRA negative on 3 Mar 2026". */
  summary: string;
}

function latest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>(
    (newest, date) => (newest === undefined || isAfter(date, newest) ? date : newest),
    undefined,
  );
}

function testName(clearance: Clearance): string {
  if (clearance.kind === 'tb-screening' && clearance.testType)
    return TB_TEST_LABELS[clearance.testType];
  if (isImmunization(clearance.kind)) return 'titer';
  return CLEARANCE_KIND_LABELS[clearance.kind].toLowerCase();
}

/** What one record proves on `on`: doses and tests dated after it do not count. */
export function proofOn(clearance: Clearance, on: IsoDate): ClearanceProof {
  const tested =
    clearance.testedOn !== undefined && !isAfter(clearance.testedOn, on)
      ? clearance.testedOn
      : undefined;
  const result = tested !== undefined ? clearance.result : undefined;
  let proof: ClearanceProof;
  if (isImmunization(clearance.kind)) {
    const doses = [...(clearance.doses ?? [])]
      .filter((dose) => !isAfter(dose, on))
      .sort(compareIsoDates);
    const needed = dosesNeeded(clearance);
    const seriesDone = doses.length >= needed;
    const immune = result === 'immune';
    const datedOn = latest([...(seriesDone ? doses : []), ...(immune && tested ? [tested] : [])]);
    const parts = [
      doses.length > 0 || !tested ? `${doses.length} of ${countOf(needed, 'dose')}` : '',
      tested && result
        ? `titer ${CLEARANCE_RESULT_LABELS[result].toLowerCase()} on ${day(tested)}`
        : '',
    ].filter(Boolean);
    const lastDose = doses.at(-1);
    proof = {
      proven: seriesDone || immune,
      ...(datedOn ? { datedOn } : {}),
      summary: `${parts.join('; ')}${seriesDone && lastDose && !immune ? `, the last on ${day(lastDose)}` : ''}`,
    };
  } else if (tested && result) {
    const passed = result === 'negative' || result === 'clear';
    proof = {
      proven: passed,
      datedOn: tested,
      summary: `${testName(clearance)} ${CLEARANCE_RESULT_LABELS[result].toLowerCase()} on ${day(tested)}`,
    };
  } else {
    proof = { proven: false, summary: `no ${testName(clearance)} dated by ${day(on)}` };
  }
  if (proof.proven && clearance.expiresOn && isAfter(on, clearance.expiresOn))
    return { ...proof, proven: false, expired: true };
  return proof;
}

/** What to do about a record that proves nothing yet, in words. */
function nextStep(clearance: Clearance | undefined, proof: ClearanceProof | undefined): string {
  if (!clearance) return 'Add it on the Clearances screen, with a photo or PDF of the record.';
  if (proof?.expired)
    return `The document expired on ${day(clearance.expiresOn as IsoDate)}: get it renewed.`;
  switch (clearance.result) {
    case 'pending':
      return 'Add the result when you have it.';
    case 'positive':
      return clearance.kind === 'tb-screening'
        ? 'A positive TB test is followed by a symptom check and a chest X-ray: ask your program what it accepts.'
        : 'Ask your program what it needs from you.';
    case 'not-immune':
    case 'equivocal':
      return 'Ask your program or health service about a booster or another series.';
    case 'flagged':
    case 'indeterminate':
      return 'Ask your program what it needs from you.';
    default:
      return isImmunization(clearance.kind)
        ? 'Record the remaining doses, or a titer showing immunity.'
        : 'Record the test with its result.';
  }
}

/** How a record stands today, with no program's rule: shown on the Clearances screen. */
export function clearanceStatus(clearance: Clearance, today: IsoDate): RecordVerdict {
  const proof = proofOn(clearance, today);
  const expiry = clearance.expiresOn ? ` Valid through ${day(clearance.expiresOn)}.` : '';
  return coded(
    proof.proven
      ? { met: true, warning: false, reason: `${capital(proof.summary)}.${expiry}` }
      : {
          met: false,
          warning: false,
          reason: `${capital(proof.summary)}. ${nextStep(clearance, proof)}`,
        },
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first day something valid through `date` no longer counts. */
function dayAfter(date: IsoDate): IsoDate {
  return toIsoDate(addDays(toLocalDate(date), 1));
}

/** The last day a proof dated `datedOn` counts under a rule of `months`: n months after it. */
export function countsThrough(datedOn: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(toLocalDate(datedOn), months));
}

/** The earliest date a new test or dose can carry and still count on `date` under `months`. */
export function earliestCounting(date: IsoDate, months: number): IsoDate {
  let earliest = toLocalDate(toIsoDate(subMonths(toLocalDate(date), months)));
  // At a month's end addMonths clamps (31 Mar → 30 Apr): step on until it reaches `date`.
  while (toIsoDate(addMonths(earliest, months)) < date) earliest = addDays(earliest, 1);
  return toIsoDate(earliest);
}

/** A clearance judged for a target: a rule, the record that decides, the verdict and why. */
export interface ClearanceJudgement {
  rule: ClearanceRule;
  verdict: VerdictCode;
  reason: string;
  /** The record judged (the best of its kind), if there is one. */
  clearance?: Clearance;
  /** The day it stops counting for this target: a lapsed recency window or printed expiry. */
  lapsedOn?: IsoDate;
  /** With a recency rule: the earliest date a new test or dose counts for the target's date. */
  newFrom?: IsoDate;
}

/** Where a target needs its clearances: its date, and its name for the words. */
export interface ClearanceDeadline {
  name: string;
  date: IsoDate;
}

const RANK: Record<VerdictCode, number> = { met: 3, 'on-track': 2, 'at-risk': 1, 'not-met': 0 };

function judgeOne(
  clearance: Clearance,
  rule: ClearanceRule,
  target: ClearanceDeadline,
  today: IsoDate,
): ClearanceJudgement {
  const months = rule.withinMonths;
  const proof = proofOn(clearance, target.date);
  const newFrom = months !== undefined ? earliestCounting(target.date, months) : undefined;
  const base = { rule, clearance, ...(newFrom ? { newFrom } : {}) };
  if (!proof.proven) {
    // A printed expiry passed by the target's date, on a record valid today: at risk, as a card is.
    const now = proof.expired ? proofOn(clearance, today) : undefined;
    if (now?.proven && clearance.expiresOn && (!months || recent(now, months, target)))
      return {
        ...base,
        // The one rule for a record valid today that lapses before the date it is needed.
        verdict: verdictCode({
          met: true,
          warning: true,
          standing: 'lapses-before-application',
          reason: '',
        }),
        lapsedOn: dayAfter(clearance.expiresOn),
        reason: `Valid today, but expires ${day(clearance.expiresOn)} — before ${day(target.date)}, the date ${isolate(target.name)} needs it. Renew by ${day(clearance.expiresOn)}.`,
      };
    return {
      ...base,
      verdict: 'not-met',
      ...(proof.expired && clearance.expiresOn ? { lapsedOn: dayAfter(clearance.expiresOn) } : {}),
      reason: `Not met on ${day(target.date)}: ${proof.summary}. ${nextStep(clearance, proof)}`,
    };
  }
  const datedOn = proof.datedOn as IsoDate;
  if (months !== undefined && !recent(proof, months, target)) {
    const through = countsThrough(datedOn, months);
    const lapsedOn = dayAfter(through);
    const age = differenceInCalendarMonths(toLocalDate(target.date), toLocalDate(datedOn));
    return {
      ...base,
      verdict: 'not-met',
      lapsedOn,
      reason: `Not met: ${proof.summary} is ${countOf(age, 'month')} before ${day(target.date)}; ${isolate(target.name)} asks for ${months === 1 ? 'one' : 'it'} within ${countOf(months, 'month')}, so it ${isAfter(lapsedOn, today) ? 'lapses' : 'lapsed'} on ${day(lapsedOn)}. A new one dated ${day(newFrom as IsoDate)} or later counts.`,
    };
  }
  const window =
    months !== undefined ? `, within ${countOf(months, 'month')} of ${day(target.date)}` : '';
  return {
    ...base,
    verdict: 'met',
    reason: `Met: ${proof.summary}${window}.${clearance.expiresOn ? ` Valid through ${day(clearance.expiresOn)}.` : ''}`,
  };
}

/** Whether a proof still counts on the target's date under a rule of `months`. */
function recent(proof: ClearanceProof, months: number, target: ClearanceDeadline): boolean {
  return proof.datedOn !== undefined && !isAfter(target.date, countsThrough(proof.datedOn, months));
}

/**
 * A target's rule for one clearance, judged on the target's date: met by the best record of that
 * kind; not met, with the date it lapsed, when the program's recency window or the document's
 * printed expiry has passed by then (at risk when the document is valid today and expires before).
 */
export function judgeClearance(
  rule: ClearanceRule,
  clearances: readonly Clearance[],
  target: ClearanceDeadline,
  today: IsoDate,
): ClearanceJudgement {
  const judged = clearances
    .filter((clearance) => clearance.kind === rule.kind)
    .map((clearance) => judgeOne(clearance, rule, target, today));
  const best = judged.reduce<ClearanceJudgement | undefined>((chosen, candidate) => {
    if (!chosen) return candidate;
    const byRank = RANK[candidate.verdict] - RANK[chosen.verdict];
    if (byRank !== 0) return byRank > 0 ? candidate : chosen;
    const proofDate = (judgement: ClearanceJudgement) =>
      judgement.clearance ? (proofOn(judgement.clearance, target.date).datedOn ?? '') : '';
    return proofDate(candidate) > proofDate(chosen) ? candidate : chosen;
  }, undefined);
  if (best) return best;
  const newFrom =
    rule.withinMonths !== undefined ? earliestCounting(target.date, rule.withinMonths) : undefined;
  return {
    rule,
    verdict: 'not-met',
    ...(newFrom ? { newFrom } : {}),
    reason: `Not met: no ${CLEARANCE_KIND_LABELS[rule.kind]} recorded.${newFrom ? ` ${isolate(target.name)} asks for one dated ${day(newFrom)} or later.` : ''} ${nextStep(undefined, undefined)}`,
  };
}

/** The words of a rule: "TB screening, within 12 months of the date". */
export function describeRule(rule: ClearanceRule): string {
  return `${CLEARANCE_KIND_LABELS[rule.kind]}${rule.withinMonths !== undefined ? `, within ${countOf(rule.withinMonths, 'month')} of the date` : ''}`;
}
