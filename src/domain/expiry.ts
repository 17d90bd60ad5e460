/**
 * When a certification expires, and how it stands on a given date.
 * Pure functions of (certification, rule, date) over 'yyyy-MM-dd' calendar dates; all date
 * arithmetic through date-fns. Every provider rule cites where it comes from.
 */
import { addMonths, differenceInCalendarDays, endOfMonth } from 'date-fns';
import { isAfter, isIsoDate, toIsoDate, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import type { IsoDate } from './dates';
import type { Certification, CertificationType, ProviderId, Source } from './types';
import { timeUntil } from './plural';

import { DEFAULT_WARNING_DAYS } from './standing';
import type { ExpiryStatus, StandingCode } from './standing';

export { DEFAULT_WARNING_DAYS, STANDING_LABELS } from './standing';
export type { ExpiryStatus, StandingCode } from './standing';

/** How long one provider's cards of some types stay valid. */
export interface ValidityRule {
  id: string;
  provider: ProviderId;
  types: readonly CertificationType[];
  months: number;
  /** The card is valid through the last day of the month it would otherwise expire in. */
  endOfMonth: boolean;
  /** "2 years, through the end of the month", for the form's hint. */
  summary: string;
  source: Source;
  uncertain?: string;
}

const CHECKED_ON = '2026-11-25';

export const VALIDITY_RULES: readonly ValidityRule[] = [
  {
    id: 'aha-course-card',
    provider: 'aha',
    types: ['cpr-bls', 'first-aid'],
    months: 24,
    endOfMonth: true,
    summary: '2 years, through the end of the month the card was issued',
    source: {
      publisher: 'American Heart Association',
      title: 'Course card information',
      url: 'https://cpr.heart.org/en/resources/course-card-information',
      checkedOn: CHECKED_ON,
    },
  },
  {
    id: 'red-cross-certificate',
    provider: 'red-cross',
    types: ['cpr-bls', 'first-aid'],
    months: 24,
    endOfMonth: false,
    summary: '2 years from the course date',
    source: {
      publisher: 'American Red Cross',
      title: 'CPR, AED and First Aid classes',
      url: 'https://www.redcross.org/take-a-class/cpr',
      checkedOn: CHECKED_ON,
    },
    uncertain:
      'Two years from the course date, per Red Cross instructor material; not re-read on redcross.org. Use the date on your certificate.',
  },
  {
    id: 'ashi-card',
    provider: 'ashi',
    types: ['cpr-bls', 'first-aid'],
    months: 24,
    endOfMonth: false,
    summary: '2 years from the class date',
    source: {
      publisher: 'Health & Safety Institute (ASHI)',
      title: 'ASHI CPR, AED and First Aid programs',
      url: 'https://www.hsi.com/',
      checkedOn: CHECKED_ON,
    },
    uncertain:
      "Two years is confirmed by HSI's instructor manual; whether it runs to the end of the month is not. Your card prints its expiry date: use that date.",
  },
  {
    id: 'ascp-cmp-cycle',
    provider: 'ascp-boc',
    types: ['exam-credential'],
    months: 36,
    endOfMonth: false,
    summary: 'a 3-year Credential Maintenance Program cycle',
    source: {
      publisher: 'ASCP Board of Certification',
      title: 'Declaration of completion of the Credential Maintenance Program',
      url: 'https://www.ascp.org/content/board-of-certification/declaration-complete-cmp',
      checkedOn: CHECKED_ON,
    },
    uncertain:
      'The 3-year cycle is confirmed by ASCP BOC, which gives the end as a month and year; the exact last day is on your certificate or renewal letter: use that date. Declare your CMP at least one month before it.',
  },
];

export function ruleFor(provider: ProviderId, type: CertificationType): ValidityRule | undefined {
  return VALIDITY_RULES.find((rule) => rule.provider === provider && rule.types.includes(type));
}

/**
 * The last valid day of a card issued on `issuedOn` under `rule`.
 * date-fns clamps month arithmetic: 29 Feb 2024 + 24 months is 28 Feb 2026, never 1 Mar.
 */
export function expiresOnFor(
  issuedOn: IsoDate,
  rule: Pick<ValidityRule, 'months' | 'endOfMonth'>,
): IsoDate {
  const later = addMonths(toLocalDate(issuedOn), rule.months);
  return toIsoDate(rule.endOfMonth ? endOfMonth(later) : later);
}

/** The expiry a provider's rule gives for a card issued on `issuedOn`, when there is a rule. */
export function suggestedExpiry(
  provider: ProviderId,
  type: CertificationType,
  issuedOn: string,
): { expiresOn: IsoDate; rule: ValidityRule } | undefined {
  const rule = ruleFor(provider, type);
  if (!rule || !isIsoDate(issuedOn)) return undefined;
  return { expiresOn: expiresOnFor(issuedOn, rule), rule };
}

/** Types that always expire: a record of them must carry an expiry date. */
export function mustExpire(type: CertificationType): boolean {
  return type === 'cpr-bls' || type === 'first-aid';
}

export interface StatusOn {
  date: IsoDate;
  status: ExpiryStatus;
  /** Days from `date` to the last valid day (0 on that day, negative once expired). */
  daysLeft?: number;
}

/**
 * The status on `date`: valid through its last day; expiring soon when that day is at most
 * `warningDays` away (day 90 warns, day 91 does not, with the default window); expired after.
 */
export function statusOn(
  certification: Pick<Certification, 'expiresOn'>,
  date: IsoDate,
  warningDays: number = DEFAULT_WARNING_DAYS,
): StatusOn {
  if (!certification.expiresOn) return { date, status: 'no-expiry' };
  const daysLeft = differenceInCalendarDays(
    toLocalDate(certification.expiresOn),
    toLocalDate(date),
  );
  const status = daysLeft < 0 ? 'expired' : daysLeft <= warningDays ? 'expiring-soon' : 'valid';
  return { date, status, daysLeft };
}

export function isValidOn(certification: Pick<Certification, 'expiresOn'>, date: IsoDate): boolean {
  return !certification.expiresOn || !isAfter(date, certification.expiresOn);
}

export interface ExpiryContext {
  today: IsoDate;
  /** The date the student plans to apply, when set. */
  applicationDate?: IsoDate;
  warningDays: number;
}

export interface ExpiryAssessment {
  /** The standing that decides how the card reads everywhere. */
  code: StandingCode;
  today: StatusOn;
  atApplication?: StatusOn;
  /** Needs the student's attention: expired, expiring soon, or lapsing before the application date. */
  needsAttention: boolean;
  /** The whole verdict in words, with the action to take. */
  message: string;
}

/** A certification judged today and on the application date, in the student's words. */
export function assess(certification: Certification, context: ExpiryContext): ExpiryAssessment {
  const today = statusOn(certification, context.today, context.warningDays);
  const atApplication =
    context.applicationDate && !isAfter(context.today, context.applicationDate)
      ? statusOn(certification, context.applicationDate, context.warningDays)
      : undefined;
  const expires = certification.expiresOn ? formatDisplayDate(certification.expiresOn) : '';
  const applyOn = context.applicationDate ? formatDisplayDate(context.applicationDate) : '';
  // Lapsing before the application date outranks "expiring soon": it is what the student must act on.
  const lapses = today.status !== 'expired' && atApplication?.status === 'expired';
  const base = {
    code: lapses ? ('lapses-before-application' as const) : today.status,
    today,
    ...(atApplication ? { atApplication } : {}),
  };

  switch (today.status) {
    case 'no-expiry':
      return { ...base, needsAttention: false, message: 'No expiry date recorded.' };
    case 'expired':
      return {
        ...base,
        needsAttention: true,
        message: `Expired ${expires}. Renew it: an expired card does not count.`,
      };
    case 'expiring-soon':
      if (lapses)
        return {
          ...base,
          needsAttention: true,
          message: `Expires ${expires}, ${timeUntil(today.daysLeft ?? 0, { unit: 'days' })} — before your application date ${applyOn}. Renew by ${expires}.`,
        };
      if (today.daysLeft === 0)
        return { ...base, needsAttention: true, message: `Expires today, ${expires}. Renew now.` };
      return {
        ...base,
        needsAttention: true,
        message: `Expires ${expires}, ${timeUntil(today.daysLeft ?? 0, { unit: 'days' })}. Renew by ${expires}.`,
      };
    case 'valid':
      if (lapses) {
        return {
          ...base,
          needsAttention: true,
          message: `Valid today, but expires ${expires} — before your application date ${applyOn}. Renew by ${expires}.`,
        };
      }
      return { ...base, needsAttention: false, message: `Valid until ${expires}.` };
  }
}
