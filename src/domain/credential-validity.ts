/**
 * How long the credential a pass earns stays valid, and when its renewal is due: PTCB and NHA
 * certify for 2 years, the ASCP BOC's Credential Maintenance Program runs 3 years (the rule in
 * expiry.ts, not a copy), NCCAA certification lapses unless CME is registered by 1 June every
 * 2 years. Proposed when a pass is recorded, shown on the credential's card and written to the
 * calendar file. Pure: dates in, dates out. Loaded only by screens that load on demand (exam,
 * certifications, calendar), never by the first screen.
 */
import { addDays, addMonths, getYear } from 'date-fns';
import { toIsoDate, toLocalDate } from './dates';
import type { IsoDate } from './dates';
import { EXAMS } from './exams';
import { VALIDITY_RULES, expiresOnFor } from './expiry';
import type { ValidityRule } from './expiry';
import {
  ASCP_CMP_CYCLE,
  NCCAA_CME,
  NCCAA_CME_CYCLE,
  NCCAA_CME_LATE,
  NHA_CPHT_RENEW,
  NHA_PROVISIONAL,
  PTCB_RECERTIFY,
} from './pathways/sources';
import type { ExamId, Source } from './types';

export interface CredentialRule {
  id: string;
  /** The exams whose pass earns a credential under this rule. */
  exams: readonly ExamId[];
  /** Months from the pass to the end of the cycle. */
  months: number;
  /** Valid through the end of the month the cycle would otherwise end in. */
  endOfMonth: boolean;
  /** The cycle ends on a fixed day of the year, in the year the months land in (NCCAA: 1 June). */
  dueDay?: { month: number; day: number };
  /** Renewal opens this many days before the expiry (PTCB: 60). */
  renewalOpensDaysBefore?: number;
  /** Apply at least this many days before the expiry, or pay a late fee (PTCB: 30). */
  applyByDaysBefore?: number;
  /** "2 years; renewal opens 60 days before …", for the card and the pass banner. */
  summary: string;
  /** The pages the figures come from: every figure in `summary` is listed by one of them. */
  sources: readonly Source[];
  /** What to confirm, where a page leaves the exact day open. */
  uncertain?: string;
}

/** The ASCP BOC rule lives in expiry.ts (the Certifications form proposes it too): reuse it. */
function ascpRule(rule: ValidityRule): CredentialRule {
  return {
    id: rule.id,
    exams: ['ascp-mlt', 'ascp-mls', 'ascp-pbt'],
    months: rule.months,
    endOfMonth: rule.endOfMonth,
    summary: rule.summary,
    sources: [rule.source, ASCP_CMP_CYCLE],
    ...(rule.uncertain ? { uncertain: rule.uncertain } : {}),
  };
}

export const CREDENTIAL_RULES: readonly CredentialRule[] = [
  {
    id: 'ptcb-cpht',
    exams: ['ptcb-ptce'],
    months: 24,
    endOfMonth: false,
    renewalOpensDaysBefore: 60,
    applyByDaysBefore: 30,
    summary:
      '2 years, renewed with 20 hours of continuing education (1 hour of pharmacy law, 1 hour of patient safety). Renewal opens 60 days before the expiry; apply at least 30 days before it to avoid a $25 late fee.',
    sources: [PTCB_RECERTIFY],
    uncertain:
      'PTCB prints the exact expiry date on your certificate and in your PTCB account: use that date.',
  },
  {
    id: 'nha',
    exams: ['nha-cpt', 'nha-excpt'],
    months: 24,
    endOfMonth: false,
    summary: '2 years, renewed with continuing education.',
    sources: [NHA_CPHT_RENEW, NHA_PROVISIONAL],
    uncertain:
      'NHA shows the exact expiry date in your NHA account: use that date. A provisional certification becomes a 2-year certification once NHA has your proof of graduation.',
  },
  ...VALIDITY_RULES.filter((rule) => rule.provider === 'ascp-boc').map(ascpRule),
  {
    id: 'nccaa-cme',
    exams: ['nccaa'],
    months: 24,
    endOfMonth: false,
    dueDay: { month: 6, day: 1 },
    summary:
      'CME registered every 2 years: 50 hours by 1 June, or the certification expires (a late window with a fee runs to 31 August).',
    sources: [NCCAA_CME, NCCAA_CME_CYCLE, NCCAA_CME_LATE],
    uncertain:
      'Which year your first CME registration falls due is set by NCCAA: this proposes 1 June two years after the year you passed. Check the year in your NCCAA account.',
  },
];

export function credentialRuleFor(exam: ExamId): CredentialRule | undefined {
  return CREDENTIAL_RULES.find((rule) => rule.exams.includes(exam));
}

/** The rule for a credential on the Certifications screen, by the name a pass gives it. */
export function credentialRuleForName(name: string): CredentialRule | undefined {
  const wanted = name.trim().toLowerCase();
  const exam = (Object.keys(EXAMS) as ExamId[]).find(
    (id) => EXAMS[id].credential !== '' && EXAMS[id].credential.toLowerCase() === wanted,
  );
  return exam ? credentialRuleFor(exam) : undefined;
}

/** The last valid day of a credential earned on `passedOn` under `rule`. */
export function credentialExpiresOn(passedOn: IsoDate, rule: CredentialRule): IsoDate {
  if (!rule.dueDay) return expiresOnFor(passedOn, rule);
  const year = getYear(addMonths(toLocalDate(passedOn), rule.months));
  const month = String(rule.dueDay.month).padStart(2, '0');
  const day = String(rule.dueDay.day).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export interface RenewalDates {
  /** The first day the body takes a renewal application. */
  opensOn?: IsoDate;
  /** Apply by this day to avoid a late fee. */
  applyBy?: IsoDate;
}

export function renewalDates(rule: CredentialRule, expiresOn: IsoDate): RenewalDates {
  const before = (days: number) => toIsoDate(addDays(toLocalDate(expiresOn), -days));
  return {
    ...(rule.renewalOpensDaysBefore !== undefined
      ? { opensOn: before(rule.renewalOpensDaysBefore) }
      : {}),
    ...(rule.applyByDaysBefore !== undefined ? { applyBy: before(rule.applyByDaysBefore) } : {}),
  };
}

export interface CredentialValidity extends RenewalDates {
  expiresOn: IsoDate;
  rule: CredentialRule;
}

/** What to propose for the credential a pass of `exam` on `passedOn` earns, when a rule is known. */
export function credentialValidity(
  exam: ExamId,
  passedOn: IsoDate,
): CredentialValidity | undefined {
  const rule = credentialRuleFor(exam);
  if (!rule) return undefined;
  const expiresOn = credentialExpiresOn(passedOn, rule);
  return { expiresOn, rule, ...renewalDates(rule, expiresOn) };
}
