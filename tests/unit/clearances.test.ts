/**
 * Clearances judged against a target's date, by the target's own rule: table-driven, dated
 * examples. No expiry is assumed where the program names none; a recency window lapses on a
 * date that is stated; guidance fills in only the doses of a series.
 */
import { describe, expect, it } from 'vitest';
import {
  clearanceStatus,
  countsThrough,
  earliestCounting,
  judgeClearance,
  proofOn,
} from '../../src/domain/clearances';
import { clearanceFields, clearanceProblems } from '../../src/domain/clearance-validation';
import type { ClearanceInput } from '../../src/domain/clearance-validation';
import { rowProblem } from '../../src/domain/records/schemas';
import { targetReadiness } from '../../src/domain/target-readiness';
import type { Clearance, ClearanceRule, Target, VerdictCode } from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

const TODAY = '2026-11-25';

function record(fields: Partial<Clearance> & Pick<Clearance, 'kind'>): Clearance {
  return { id: `c-${fields.kind}`, createdAt: 'x', updatedAt: 'x', ...fields };
}

const tb = (testedOn: string, result: Clearance['result'] = 'negative', id = 'tb') =>
  record({ id, kind: 'tb-screening', testType: 'igra', testedOn, result });

const program = (date: string) => ({ name: 'City MLT program', date });

interface Case {
  name: string;
  rule: ClearanceRule;
  records: Clearance[];
  targetDate: string;
  today?: string;
  verdict: VerdictCode;
  lapsedOn?: string;
  newFrom?: string;
  reason?: RegExp | string;
}

const CASES: Case[] = [
  {
    name: 'a TB test 13 months before the date, rule 12 months: not met, lapsed 12 months after it',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2025-01-10')],
    targetDate: '2026-02-10',
    verdict: 'not-met',
    lapsedOn: '2026-01-11',
    newFrom: '2025-02-10',
    reason: /13 months before Feb 10, 2026.*within 12 months.*lapsed on Jan 11, 2026/,
  },
  {
    name: 'the same test on the last day it counts (12 months to the day): met',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2025-01-10')],
    targetDate: '2026-01-10',
    verdict: 'met',
    reason: /within 12 months of Jan 10, 2026/,
  },
  {
    name: 'the day after: not met, lapsed that day',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2025-01-10')],
    targetDate: '2026-01-11',
    verdict: 'not-met',
    lapsedOn: '2026-01-11',
  },
  {
    name: 'a lapse still ahead of today reads "lapses"',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2026-01-01')],
    targetDate: '2027-02-01',
    verdict: 'not-met',
    lapsedOn: '2027-01-02',
    reason: /lapses on Jan 2, 2027\. A new one dated Feb 1, 2026 or later counts\./,
  },
  {
    name: 'no window on the target: an old negative test still meets it (no expiry invented)',
    rule: { kind: 'tb-screening' },
    records: [tb('2015-06-01')],
    targetDate: '2027-02-01',
    verdict: 'met',
  },
  {
    name: 'a positive TB test: not met, with the follow-up CDC describes',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2026-10-01', 'positive')],
    targetDate: '2027-02-01',
    verdict: 'not-met',
    reason: /chest X-ray/,
  },
  {
    name: 'a pending result: not met until it is in',
    rule: { kind: 'tb-screening' },
    records: [tb('2026-11-20', 'pending')],
    targetDate: '2027-02-01',
    verdict: 'not-met',
    reason: /Add the result/,
  },
  {
    name: 'a test dated after the target date does not count for it',
    rule: { kind: 'tb-screening' },
    records: [tb('2026-11-20')],
    targetDate: '2026-11-01',
    verdict: 'not-met',
  },
  {
    name: 'of two TB tests the recent one decides',
    rule: { kind: 'tb-screening', withinMonths: 12 },
    records: [tb('2024-03-01', 'negative', 'old'), tb('2026-09-01', 'negative', 'new')],
    targetDate: '2027-02-01',
    verdict: 'met',
  },
  {
    name: 'hepatitis B, 2 of the 3 doses guidance names: not met',
    rule: { kind: 'hepatitis-b' },
    records: [record({ kind: 'hepatitis-b', doses: ['2026-01-05', '2026-02-05'] })],
    targetDate: '2027-02-01',
    verdict: 'not-met',
    reason: /2 of 3 doses/,
  },
  {
    name: 'hepatitis B, a 2-dose series (Heplisav-B) with both doses: met',
    rule: { kind: 'hepatitis-b' },
    records: [record({ kind: 'hepatitis-b', doses: ['2026-01-05', '2026-02-05'], seriesDoses: 2 })],
    targetDate: '2027-02-01',
    verdict: 'met',
  },
  {
    name: 'hepatitis B, no doses but an immune titer: met',
    rule: { kind: 'hepatitis-b' },
    records: [record({ kind: 'hepatitis-b', testedOn: '2025-05-01', result: 'immune' })],
    targetDate: '2027-02-01',
    verdict: 'met',
  },
  {
    name: 'MMR, the second dose after the target date: not met on that date',
    rule: { kind: 'mmr' },
    records: [record({ kind: 'mmr', doses: ['2026-09-01', '2026-11-20'] })],
    targetDate: '2026-11-01',
    verdict: 'not-met',
    reason: /1 of 2 doses/,
  },
  {
    name: 'influenza within 12 months: a dose 11 months before is met',
    rule: { kind: 'influenza', withinMonths: 12 },
    records: [record({ kind: 'influenza', doses: ['2025-10-01'] })],
    targetDate: '2026-09-01',
    verdict: 'met',
  },
  {
    name: 'influenza within 12 months: a year and a day later it lapsed',
    rule: { kind: 'influenza', withinMonths: 12 },
    records: [record({ kind: 'influenza', doses: ['2025-10-01'] })],
    targetDate: '2026-10-02',
    verdict: 'not-met',
    lapsedOn: '2026-10-02',
  },
  {
    name: 'a background check valid today that expires before the date: at risk, as a card is',
    rule: { kind: 'background-check' },
    records: [
      record({
        kind: 'background-check',
        testedOn: '2026-01-15',
        result: 'clear',
        expiresOn: '2026-12-31',
      }),
    ],
    targetDate: '2027-01-15',
    verdict: 'at-risk',
    lapsedOn: '2027-01-01',
    reason: /Renew by Dec 31, 2026/,
  },
  {
    name: 'a background check whose printed expiry passed before today: not met',
    rule: { kind: 'background-check' },
    records: [
      record({
        kind: 'background-check',
        testedOn: '2025-01-15',
        result: 'clear',
        expiresOn: '2026-01-14',
      }),
    ],
    targetDate: '2027-01-15',
    verdict: 'not-met',
    lapsedOn: '2026-01-15',
  },
  {
    name: 'a drug screen the program wants within 30 days… of 1 month: met 20 days before',
    rule: { kind: 'drug-screen', withinMonths: 1 },
    records: [record({ kind: 'drug-screen', testedOn: '2027-01-12', result: 'negative' })],
    targetDate: '2027-02-01',
    today: '2027-01-20',
    verdict: 'met',
  },
  {
    name: 'nothing recorded: not met, with the earliest date a new one counts',
    rule: { kind: 'drug-screen', withinMonths: 1 },
    records: [],
    targetDate: '2027-02-01',
    verdict: 'not-met',
    newFrom: '2027-01-01',
    reason: `no Drug screen recorded. ${isolate('City MLT program')} asks for one dated Jan 1, 2027 or later`,
  },
];

describe('judgeClearance: a target’s rule judged on its date', () => {
  it.each(CASES)('$name', (example) => {
    const judged = judgeClearance(
      example.rule,
      example.records,
      program(example.targetDate),
      example.today ?? TODAY,
    );
    expect(judged.verdict).toBe(example.verdict);
    if (example.lapsedOn !== undefined) expect(judged.lapsedOn).toBe(example.lapsedOn);
    else if (example.verdict === 'met') expect(judged.lapsedOn).toBeUndefined();
    if (example.newFrom !== undefined) expect(judged.newFrom).toBe(example.newFrom);
    if (example.reason) expect(judged.reason).toMatch(example.reason);
  });
});

describe('recency windows at the month’s end', () => {
  it.each([
    ['2025-01-10', 12, '2026-01-10'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('a proof of %s under %i months counts through %s', (datedOn, months, through) => {
    expect(countsThrough(datedOn, months)).toBe(through);
  });

  it.each([
    ['2026-02-10', 12, '2025-02-10'],
    ['2026-03-31', 1, '2026-03-01'],
    ['2025-02-28', 12, '2024-02-28'],
  ])('for %s under %i months, a new one counts from %s', (date, months, earliest) => {
    const from = earliestCounting(date, months);
    expect(from).toBe(earliest);
    // The earliest date is exact: it counts, and the day before does not.
    expect(countsThrough(from, months) >= date).toBe(true);
    const before = judgeClearance(
      { kind: 'drug-screen', withinMonths: months },
      [record({ kind: 'drug-screen', testedOn: from, result: 'negative' })],
      program(date),
      date,
    );
    expect(before.verdict).toBe('met');
  });
});

describe('a record on its own, today (no program rule)', () => {
  it.each<[string, Clearance, VerdictCode, RegExp]>([
    [
      'a complete MMR series',
      record({ kind: 'mmr', doses: ['2010-05-01', '2010-06-01'] }),
      'met',
      /2 of 2 doses, the last on Jun 1, 2010/,
    ],
    [
      'a not-immune titer',
      record({ kind: 'varicella', testedOn: '2026-01-01', result: 'not-immune' }),
      'not-met',
      /booster/,
    ],
    [
      'a flagged background check',
      record({ kind: 'background-check', testedOn: '2026-01-01', result: 'flagged' }),
      'not-met',
      /Ask your program/,
    ],
  ])('%s', (_, clearance, code, reason) => {
    const status = clearanceStatus(clearance, TODAY);
    expect(status.code).toBe(code);
    expect(status.reason).toMatch(reason);
  });

  it('dates the proof by the dose that completed the series', () => {
    expect(
      proofOn(record({ kind: 'tdap', doses: ['2020-01-01', '2024-03-01'] }), TODAY).datedOn,
    ).toBe('2024-03-01');
  });
});

describe('a target with clearance rules', () => {
  const target: Target = {
    id: 't1',
    name: 'City MLT program',
    kind: 'program',
    date: '2027-02-01',
    pathwayId: 'mlt',
    clearances: [{ kind: 'tb-screening', withinMonths: 12 }, { kind: 'hepatitis-b' }],
    createdAt: 'x',
    updatedAt: 'x',
  };
  const data = {
    requirementStates: [],
    customRequirements: [],
    records: {
      certifications: [],
      courses: [],
      clinicalEntries: [],
      clinicalTargets: { byArea: {} },
      examPlans: [],
    },
    clearances: [tb('2026-01-01')],
    warningDays: 90,
  };

  it('counts the clearances with the requirements and says what to do next', () => {
    const readiness = targetReadiness(target, data, TODAY);
    expect(readiness.clearances.map((judged) => judged.verdict)).toEqual(['not-met', 'not-met']);
    expect(readiness.total).toBe(readiness.judgements.length + 2);
    expect(Object.values(readiness.counts).reduce((a, b) => a + b, 0)).toBe(readiness.total);
    expect(readiness.actions.map((action) => action.text)).toContain(
      'TB screening: get one dated Feb 1, 2026 or later, by Feb 1, 2027',
    );
  });

  it('a target without rules judges no clearance', () => {
    const { clearances, ...rest } = target;
    expect(clearances).toBeDefined();
    expect(targetReadiness(rest, data, TODAY).clearances).toEqual([]);
  });
});

describe('the form’s checks and the record schema agree', () => {
  const input = (fields: Partial<ClearanceInput>): ClearanceInput => ({
    kind: 'tb-screening',
    doses: [''],
    seriesDoses: '',
    testType: 'igra',
    testedOn: '2026-11-01',
    result: 'negative',
    expiresOn: '',
    notes: '',
    ...fields,
  });
  const stored = (fields: Partial<ClearanceInput>) => ({
    id: 'c1',
    createdAt: 'x',
    updatedAt: 'x',
    ...clearanceFields(input(fields)),
  });

  it.each<[string, Partial<ClearanceInput>, string[]]>([
    ['a TB test with its result', {}, []],
    ['a TB test without a result', { result: '' }, ['result']],
    ['a TB test in the future', { testedOn: '2026-12-01' }, ['testedOn']],
    ['a drug screen with a titer’s result', { kind: 'drug-screen', result: 'immune' }, ['result']],
    [
      'an immunization with neither dose nor titer',
      { kind: 'mmr', testedOn: '', result: '' },
      ['dose-0'],
    ],
    [
      'an immunization with two doses',
      { kind: 'mmr', doses: ['2010-01-01', '2010-03-01'], testedOn: '', result: '' },
      [],
    ],
    [
      'a dose that is not a date',
      { kind: 'mmr', doses: ['2010-02-30'], testedOn: '', result: '' },
      ['dose-0'],
    ],
    ['an expiry before the test', { expiresOn: '2026-10-01' }, ['expiresOn']],
    [
      'a series of 0 doses',
      { kind: 'tdap', doses: ['2020-01-01'], testedOn: '', result: '', seriesDoses: '0' },
      ['seriesDoses'],
    ],
  ])('%s', (_, fields, refused) => {
    expect(Object.keys(clearanceProblems(input(fields), TODAY)).sort()).toEqual(refused.sort());
    if (refused.length === 0) expect(rowProblem('clearances', stored(fields))).toBeNull();
  });

  it('the schema refuses what the form cannot send: doses on a TB test, a test type on a check', () => {
    expect(rowProblem('clearances', { ...stored({}), doses: ['2026-01-01'] })).toMatch(/doses/);
    expect(
      rowProblem('clearances', { ...stored({ kind: 'drug-screen' }), testType: 'igra' }),
    ).toMatch(/test type is only for a TB screening/);
  });
});

describe('the target’s name inside a clearance’s reason', () => {
  it('is isolated, so a name with an override cannot reorder the sentence', () => {
    const name = 'برنامج \u202EMLT';
    const judged = judgeClearance(
      { kind: 'drug-screen', withinMonths: 1 },
      [],
      { name, date: '2027-02-01' },
      TODAY,
    );
    expect(judged.reason).toContain(`${isolate(name)} asks for one dated Jan 1, 2027 or later`);
    expect(levelsAround(judged.reason, isolate(name))).toMatch(/^0+$/);
  });
});
