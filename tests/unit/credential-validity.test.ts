import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../src/domain/calendar';
import {
  CREDENTIAL_RULES,
  credentialRuleForName,
  credentialValidity,
} from '../../src/domain/credential-validity';
import { EXAMS } from '../../src/domain/exams';
import { figuresIn } from '../../src/domain/pathways/figures';
import type { Certification, ExamId } from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';

describe(`credential validity on a pass (TZ=${process.env.TZ ?? 'default'})`, () => {
  // exam, passed on, expires on, renewal opens, apply by
  const cases: [ExamId, string, string, string | undefined, string | undefined][] = [
    // PTCB: 2 years; renewal opens 60 days before, apply 30 days before to avoid the late fee.
    ['ptcb-ptce', '2026-11-20', '2028-11-20', '2028-09-21', '2028-10-21'],
    ['ptcb-ptce', '2024-02-29', '2026-02-28', '2025-12-30', '2026-01-29'],
    ['ptcb-ptce', '2026-03-31', '2028-03-31', '2028-01-31', '2028-03-01'],
    // NHA: 2 years, for the CPT and the ExCPT alike.
    ['nha-cpt', '2026-01-15', '2028-01-15', undefined, undefined],
    ['nha-excpt', '2028-02-29', '2030-02-28', undefined, undefined],
    // ASCP BOC: the 3-year CMP cycle, for every ASCP exam.
    ['ascp-mlt', '2026-11-20', '2029-11-20', undefined, undefined],
    ['ascp-mls', '2024-02-29', '2027-02-28', undefined, undefined],
    ['ascp-pbt', '2026-12-31', '2029-12-31', undefined, undefined],
    // NCCAA: CME by 1 June, two years after the year of the pass, whatever the month.
    ['nccaa', '2026-05-20', '2028-06-01', undefined, undefined],
    ['nccaa', '2026-07-15', '2028-06-01', undefined, undefined],
    ['nccaa', '2027-12-31', '2029-06-01', undefined, undefined],
  ];

  it.each(cases)('%s passed %s: expires %s', (exam, passedOn, expiresOn, opensOn, applyBy) => {
    const validity = credentialValidity(exam, passedOn);
    expect(validity?.expiresOn).toBe(expiresOn);
    expect(validity?.opensOn).toBe(opensOn);
    expect(validity?.applyBy).toBe(applyBy);
  });

  it.each<ExamId>(['amt-mlt', 'amt-mls', 'other'])('proposes nothing for %s', (exam) => {
    expect(credentialValidity(exam, '2026-11-20')).toBeUndefined();
  });

  it('finds the rule by the credential name a pass gives the card', () => {
    expect(credentialRuleForName('CPhT (PTCB)')?.id).toBe('ptcb-cpht');
    expect(credentialRuleForName(' cpt (nha) ')?.id).toBe('nha');
    expect(credentialRuleForName('MLS(ASCP)')?.id).toBe('ascp-cmp-cycle');
    expect(credentialRuleForName('BLS Provider')).toBeUndefined();
  });

  it('names a page for every figure a rule states', () => {
    for (const rule of CREDENTIAL_RULES) {
      const listed = rule.sources.flatMap((source) => source.figures ?? []);
      for (const figure of figuresIn(rule.summary))
        expect(listed, `${rule.id}: "${figure}"`).toContain(figure);
    }
  });

  it('covers every exam that earns a named credential from PTCB, NHA, ASCP or NCCAA', () => {
    const covered = CREDENTIAL_RULES.flatMap((rule) => rule.exams);
    for (const exam of ['ptcb-ptce', 'nha-cpt', 'nha-excpt', 'ascp-mlt', 'ascp-mls', 'ascp-pbt'])
      expect(covered).toContain(exam);
    expect(covered).toContain('nccaa');
    expect(new Set(covered).size).toBe(covered.length);
    for (const exam of covered) expect(EXAMS[exam].credential).not.toBe('');
  });
});

describe('the calendar file', () => {
  const ptcb: Certification = {
    id: 'c1',
    type: 'exam-credential',
    provider: 'other',
    name: 'CPhT (PTCB)',
    issuedOn: '2026-11-20',
    expiresOn: '2028-11-20',
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
  };

  it('holds the expiry and the apply-to-renew day of a PTCB credential', () => {
    const events = calendarEvents([ptcb], { alarmDays: [30] }, new Date('2026-11-25T10:00:00Z'));
    expect(events.map((event) => [event.title, event.date])).toEqual([
      [`Renew: ${isolate('CPhT (PTCB)')} expires`, '2028-11-20'],
      [`Apply to renew ${isolate('CPhT (PTCB)')}`, '2028-10-21'],
    ]);
  });

  it('holds only the expiry of a credential whose body names no earlier day', () => {
    const nccaa = { ...ptcb, name: 'CAA (NCCAA)', expiresOn: '2028-06-01' };
    const events = calendarEvents([nccaa], { alarmDays: [30] }, new Date('2026-11-25T10:00:00Z'));
    expect(events.map((event) => event.date)).toEqual(['2028-06-01']);
  });
});
