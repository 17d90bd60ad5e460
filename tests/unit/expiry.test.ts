import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WARNING_DAYS,
  VALIDITY_RULES,
  assess,
  expiresOnFor,
  isValidOn,
  ruleFor,
  statusOn,
  suggestedExpiry,
} from '../../src/domain/expiry';
import type { ValidityRule } from '../../src/domain/expiry';
import type { Certification } from '../../src/domain/types';

function rule(id: string): ValidityRule {
  const found = VALIDITY_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

function card(expiresOn: string | undefined): Certification {
  return {
    id: 'c',
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2025-01-01',
    ...(expiresOn ? { expiresOn } : {}),
    createdAt: 'x',
    updatedAt: 'x',
  };
}

// Runs in the machine's zone, America/Los_Angeles and Pacific/Kiritimati: no date may shift.
describe(`validity rules (TZ=${process.env.TZ ?? 'default'})`, () => {
  it.each([
    ['2026-06-10', '2028-06-30', 'mid-month runs to the end of the month two years on'],
    ['2026-06-30', '2028-06-30', 'the last day stays the last day'],
    ['2026-06-01', '2028-06-30', 'the first day still gets the whole month'],
    ['2024-02-29', '2026-02-28', 'leap day: the end of February two years on'],
    ['2026-02-15', '2028-02-29', 'February of a leap year ends on the 29th'],
    ['2026-12-01', '2028-12-31', 'December'],
    ['2026-01-31', '2028-01-31', 'a 31-day month'],
  ])('AHA card issued %s is valid through %s (%s)', (issuedOn, expected) => {
    expect(expiresOnFor(issuedOn, rule('aha-course-card'))).toBe(expected);
  });

  it.each([
    ['2026-03-10', '2028-03-10'],
    ['2024-02-29', '2026-02-28'],
    ['2026-01-31', '2028-01-31'],
    ['2026-12-31', '2028-12-31'],
  ])('Red Cross certificate from %s runs to %s', (issuedOn, expected) => {
    expect(expiresOnFor(issuedOn, rule('red-cross-certificate'))).toBe(expected);
  });

  it.each([
    ['2026-05-20', '2028-05-20'],
    ['2024-02-29', '2026-02-28'],
  ])('ASHI card from %s runs to %s', (issuedOn, expected) => {
    expect(expiresOnFor(issuedOn, rule('ashi-card'))).toBe(expected);
  });

  it.each([
    ['2026-07-15', '2029-07-15'],
    ['2024-02-29', '2027-02-28'],
    ['2027-02-28', '2030-02-28'],
  ])('ASCP credential from %s: the 3-year cycle runs to %s', (issuedOn, expected) => {
    expect(expiresOnFor(issuedOn, rule('ascp-cmp-cycle'))).toBe(expected);
  });

  it('finds the rule for a provider and type, and none where none is known', () => {
    expect(ruleFor('aha', 'cpr-bls')?.id).toBe('aha-course-card');
    expect(ruleFor('aha', 'first-aid')?.id).toBe('aha-course-card');
    expect(ruleFor('red-cross', 'first-aid')?.id).toBe('red-cross-certificate');
    expect(ruleFor('ascp-boc', 'exam-credential')?.id).toBe('ascp-cmp-cycle');
    expect(ruleFor('ascp-boc', 'cpr-bls')).toBeUndefined();
    expect(ruleFor('other', 'cpr-bls')).toBeUndefined();
    expect(ruleFor('aha', 'state-licence')).toBeUndefined();
  });

  it('suggests an expiry only for a real issue date and a known rule', () => {
    expect(suggestedExpiry('aha', 'cpr-bls', '2026-06-10')?.expiresOn).toBe('2028-06-30');
    expect(suggestedExpiry('aha', 'cpr-bls', '2026-02-30')).toBeUndefined();
    expect(suggestedExpiry('aha', 'cpr-bls', '')).toBeUndefined();
    expect(suggestedExpiry('other', 'cpr-bls', '2026-06-10')).toBeUndefined();
  });

  it('cites an https source with a checked-on date for every rule, and flags the unsure ones', () => {
    for (const validity of VALIDITY_RULES) {
      expect(validity.source.url).toMatch(/^https:\/\//);
      expect(validity.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rule('aha-course-card').uncertain).toBeUndefined();
    expect(rule('red-cross-certificate').uncertain).toBeTruthy();
    expect(rule('ashi-card').uncertain).toBeTruthy();
    expect(rule('ascp-cmp-cycle').uncertain).toBeTruthy();
  });
});

describe(`status on a date (TZ=${process.env.TZ ?? 'default'})`, () => {
  const today = '2026-11-25';

  it('warns 90 days ahead by default: day 90 warns, day 91 does not', () => {
    expect(DEFAULT_WARNING_DAYS).toBe(90);
    expect(statusOn(card('2027-02-23'), today)).toEqual({
      date: today,
      status: 'expiring-soon',
      daysLeft: 90,
    });
    expect(statusOn(card('2027-02-24'), today)).toEqual({
      date: today,
      status: 'valid',
      daysLeft: 91,
    });
  });

  it('is valid through the last day, expired the day after', () => {
    expect(statusOn(card(today), today)).toMatchObject({ status: 'expiring-soon', daysLeft: 0 });
    expect(statusOn(card('2026-11-24'), today)).toMatchObject({ status: 'expired', daysLeft: -1 });
    expect(isValidOn(card(today), today)).toBe(true);
    expect(isValidOn(card('2026-11-24'), today)).toBe(false);
  });

  it('follows a warning window the student sets', () => {
    expect(statusOn(card('2026-12-25'), today, 30).status).toBe('expiring-soon');
    expect(statusOn(card('2026-12-26'), today, 30).status).toBe('valid');
  });

  it('counts days across a daylight-saving change without losing one', () => {
    // US clocks change on Mar 8, 2026; Kiritimati has no DST. Both must count 20 days.
    expect(statusOn(card('2026-03-21'), '2026-03-01').daysLeft).toBe(20);
    expect(statusOn(card('2026-11-10'), '2026-10-25').daysLeft).toBe(16);
  });

  it('has no status but "no expiry" when there is no expiry date', () => {
    expect(statusOn(card(undefined), today)).toEqual({ date: today, status: 'no-expiry' });
    expect(isValidOn(card(undefined), '2099-01-01')).toBe(true);
  });
});

describe('assess: today and on the application date, in words', () => {
  const context = { today: '2026-11-25', warningDays: 90 };

  it('names the date and the action when a card lapses before the application date', () => {
    const result = assess(card('2027-03-03'), { ...context, applicationDate: '2027-04-15' });
    expect(result.today.status).toBe('valid');
    expect(result.atApplication?.status).toBe('expired');
    expect(result.needsAttention).toBe(true);
    expect(result.message).toBe(
      'Valid today, but expires Mar 3, 2027 — before your application date Apr 15, 2027. Renew by Mar 3, 2027.',
    );
  });

  it('is quiet about a card valid today and on the application date', () => {
    const result = assess(card('2028-06-30'), { ...context, applicationDate: '2027-04-15' });
    expect(result).toMatchObject({ needsAttention: false, message: 'Valid until Jun 30, 2028.' });
    expect(result.atApplication?.status).toBe('valid');
  });

  it('warns of a card expiring soon, with the days left', () => {
    const result = assess(card('2026-12-31'), context);
    expect(result).toMatchObject({
      needsAttention: true,
      message: 'Expires Dec 31, 2026, in 36 days. Renew by Dec 31, 2026.',
    });
  });

  it('says when a card expires today, and when it has expired', () => {
    expect(assess(card('2026-11-25'), context).message).toBe(
      'Expires today, Nov 25, 2026. Renew now.',
    );
    expect(assess(card('2026-10-31'), context)).toMatchObject({
      needsAttention: true,
      message: 'Expired Oct 31, 2026. Renew it: an expired card does not count.',
    });
  });

  it('ignores an application date already past', () => {
    const result = assess(card('2028-06-30'), { ...context, applicationDate: '2026-01-10' });
    expect(result.atApplication).toBeUndefined();
  });

  it('does not warn about a record that never expires', () => {
    expect(assess(card(undefined), context)).toMatchObject({
      needsAttention: false,
      message: 'No expiry date recorded.',
    });
  });
});
