import { describe, expect, it } from 'vitest';
import { PATHWAYS } from '../../src/domain/pathways/catalog';
import { targetReadiness } from '../../src/domain/target-readiness';
import type { TargetData, TargetVerdict } from '../../src/domain/target-readiness';
import type {
  Certification,
  ClinicalEntry,
  DegreeRecord,
  ExamPlan,
  PathwayId,
  Target,
} from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

const TODAY = '2026-11-25';

function target(fields: Partial<Target> = {}): Target {
  return {
    id: 't1',
    name: 'City Hospital MLT program',
    kind: 'program',
    date: '2027-04-15',
    pathwayId: 'mlt',
    createdAt: 'x',
    updatedAt: 'x',
    ...fields,
  };
}

function card(fields: Partial<Certification>): Certification {
  return {
    id: 'c1',
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2025-06-10',
    expiresOn: '2027-06-30',
    createdAt: 'x',
    updatedAt: 'x',
    ...fields,
  };
}

function data(
  fields: Partial<TargetData['records']> = {},
  states: TargetData['requirementStates'] = [],
): TargetData {
  return {
    requirementStates: states,
    customRequirements: [],
    clearances: [],
    warningDays: 90,
    records: {
      certifications: [],
      courses: [],
      clinicalEntries: [],
      clinicalTargets: { byArea: {} },
      examPlans: [],
      ...fields,
    },
  };
}

function verdictOf(result: ReturnType<typeof targetReadiness>, key: string) {
  const judgement = result.judgements.find((entry) => entry.item.key === key);
  if (!judgement) throw new Error(`no judgement for ${key}`);
  return { verdict: judgement.verdict, reason: judgement.reason };
}

const weekly = (count: number, hours: number): ClinicalEntry[] =>
  Array.from({ length: count }, (_, index) => {
    const date = `2026-11-${String(25 - index * 7).padStart(2, '0')}`;
    return {
      id: `e${index}`,
      date,
      site: 'Lab',
      area: 'chemistry',
      hours,
      verifiedOn: date,
      createdAt: 'x',
      updatedAt: 'x',
    };
  });

const degree = (fields: Partial<DegreeRecord>): DegreeRecord => ({
  id: 'degree',
  program: 'MLT AAS',
  institution: 'City College',
  level: 'associate',
  updatedAt: 'x',
  ...fields,
});

const plan = (fields: Partial<ExamPlan>): ExamPlan => ({
  id: 'p',
  exam: 'ascp-mlt',
  attempts: [],
  createdAt: 'x',
  updatedAt: 'x',
  ...fields,
});

interface Row {
  name: string;
  key: string;
  target?: Partial<Target>;
  records?: Partial<TargetData['records']>;
  states?: TargetData['requirementStates'];
  verdict: TargetVerdict;
  /** A pattern, or a part of the reason that must appear as it is. */
  reason: RegExp | string;
}

const ROWS: Row[] = [
  // CPR: judged on the target's date.
  {
    name: 'card valid through the date',
    key: 'cpr-bls',
    records: { certifications: [card({})] },
    verdict: 'met',
    reason: `Valid through Apr 15, 2027: your ${isolate('BLS Provider')} card runs until Jun 30, 2027.`,
  },
  {
    name: 'card lapses before the date',
    key: 'cpr-bls',
    records: { certifications: [card({ expiresOn: '2027-03-03' })] },
    verdict: 'at-risk',
    reason: /^Valid today, but expires Mar 3, 2027 — before Apr 15, 2027.*Renew by Mar 3, 2027\.$/,
  },
  {
    name: 'card must last to the start date',
    key: 'cpr-bls',
    target: { validThrough: '2027-08-31' },
    records: { certifications: [card({})] },
    verdict: 'at-risk',
    reason: /before Aug 31, 2027/,
  },
  {
    name: 'card already expired',
    key: 'cpr-bls',
    records: { certifications: [card({ expiresOn: '2026-10-31' })] },
    verdict: 'not-met',
    reason: /expired on Oct 31, 2026/,
  },
  {
    name: 'no card',
    key: 'first-aid',
    verdict: 'not-met',
    reason: /No First Aid card recorded yet/,
  },
  {
    name: 'AHA BLS required, Red Cross CPR held',
    key: 'cpr-bls',
    target: { requiresAhaBls: true },
    records: { certifications: [card({ provider: 'red-cross', name: 'Adult CPR/AED' })] },
    verdict: 'not-met',
    reason: `asks for AHA BLS Provider; your newest CPR card is ${isolate('Adult CPR/AED')} (American Red Cross)`,
  },
  {
    name: 'AHA BLS required and held',
    key: 'cpr-bls',
    target: { requiresAhaBls: true },
    records: { certifications: [card({})] },
    verdict: 'met',
    reason: /Valid through/,
  },
  // Clinical hours: forecast from today against the date; the target's own hours win.
  {
    name: 'hours forecast before the date',
    key: 'mlt-clinical-practicum',
    records: { clinicalEntries: weekly(4, 20), clinicalTargets: { totalHours: 200, byArea: {} } },
    verdict: 'on-track',
    reason: /^80 of 200 hours\. At your pace, met by/,
  },
  {
    name: 'hours forecast after the date',
    key: 'mlt-clinical-practicum',
    target: { date: '2027-01-01' },
    records: { clinicalEntries: weekly(4, 20), clinicalTargets: { totalHours: 200, byArea: {} } },
    verdict: 'at-risk',
    reason: /after your application date Jan 1, 2027/,
  },
  {
    name: 'target asks for fewer hours, already logged',
    key: 'mlt-clinical-practicum',
    target: { clinicalHours: 80 },
    records: { clinicalEntries: weekly(4, 20), clinicalTargets: { totalHours: 200, byArea: {} } },
    verdict: 'met',
    reason: /^Met: 80 of 80 hours\.$/,
  },
  // Degree.
  {
    name: 'degree conferred',
    key: 'mlt-degree',
    records: { degree: degree({ conferredOn: '2026-05-20' }) },
    verdict: 'met',
    reason: /conferred May 20, 2026/,
  },
  {
    name: 'graduation before the date',
    key: 'mlt-degree',
    records: { degree: degree({ expectedGraduation: '2027-03-20' }) },
    verdict: 'on-track',
    reason: /^On track/,
  },
  {
    name: 'graduation after the date',
    key: 'mlt-degree',
    records: { degree: degree({ expectedGraduation: '2027-05-20' }) },
    verdict: 'at-risk',
    reason: /^At risk/,
  },
  // Exam.
  {
    name: 'exam passed',
    key: 'mlt-exam-pass',
    records: { examPlans: [plan({ attempts: [{ takenOn: '2026-11-02', result: 'passed' }] })] },
    verdict: 'met',
    reason: /^Passed Nov 2, 2026/,
  },
  {
    name: 'exam booked before the date',
    key: 'mlt-exam-pass',
    records: { examPlans: [plan({ appliedOn: '2026-10-01', scheduledOn: '2027-02-01' })] },
    verdict: 'on-track',
    reason: /^Booked for Feb 1, 2027/,
  },
  {
    name: 'exam booked after the date',
    key: 'mlt-exam-pass',
    records: { examPlans: [plan({ scheduledOn: '2027-05-01' })] },
    verdict: 'not-met',
    reason: /^Not passed yet/,
  },
  // A checkbox requirement.
  {
    name: 'checked',
    key: 'mlt-documents',
    states: [{ key: 'mlt-documents', completedOn: '2026-11-01', updatedAt: 'x' }],
    verdict: 'met',
    reason: /^Done Nov 1, 2026\.$/,
  },
  { name: 'not checked', key: 'mlt-documents', verdict: 'not-met', reason: /^Not done yet\.$/ },
];

describe('targetReadiness: one row per verdict', () => {
  it.each(ROWS)('$name → $verdict', (row) => {
    const result = targetReadiness(target(row.target), data(row.records, row.states), TODAY);
    const judged = verdictOf(result, row.key);
    expect(judged.verdict).toBe(row.verdict);
    expect(judged.reason).toMatch(row.reason);
  });
});

describe('targetReadiness: per pathway', () => {
  it.each(
    PATHWAYS.map((pathway) => [pathway.id, pathway.requirements.length] as [PathwayId, number]),
  )(
    '%s: every requirement judged, nothing met on an empty record, each with an action',
    (pathwayId, count) => {
      const result = targetReadiness(target({ pathwayId }), data(), TODAY);
      expect(result.judgements).toHaveLength(count);
      expect(result.counts).toEqual({ met: 0, 'on-track': 0, 'at-risk': 0, 'not-met': count });
      expect(result.actions).toHaveLength(count);
    },
  );
});

describe('two targets, one card', () => {
  it('reads ready for the earlier target and not for the later one, with the reason', () => {
    const records = { certifications: [card({ expiresOn: '2027-03-31' })] };
    const early = targetReadiness(target({ date: '2027-02-01' }), data(records), TODAY);
    const late = targetReadiness(
      target({ id: 't2', name: 'Fall job', date: '2027-09-01' }),
      data(records),
      TODAY,
    );
    expect(verdictOf(early, 'cpr-bls').verdict).toBe('met');
    expect(verdictOf(late, 'cpr-bls')).toMatchObject({ verdict: 'at-risk' });
    expect(verdictOf(late, 'cpr-bls').reason).toMatch(
      `expires Mar 31, 2027 — before Sep 1, 2027, the date ${isolate('Fall job')} needs it`,
    );
  });
});

describe('next actions', () => {
  it('orders actions by urgency and says how long they take', () => {
    const result = targetReadiness(
      target(),
      data({
        certifications: [card({ expiresOn: '2027-03-03' })],
        clinicalEntries: weekly(4, 20),
        clinicalTargets: { totalHours: 200, byArea: {} },
      }),
      TODAY,
    );
    expect(result.actions[0]).toMatchObject({
      text: `Renew ${isolate('BLS Provider')} before Mar 3, 2027`,
      dueOn: '2027-03-03',
      daysLeft: 98,
    });
    const hours = result.actions.find(
      (action) => action.requirementKey === 'mlt-clinical-practicum',
    );
    expect(hours?.text).toBe('Log 120 more hours — at your pace, 6 weeks; deadline in 20 weeks');
    expect(result.daysLeft).toBe(141);
  });

  it('counts days past a date that has gone by as negative', () => {
    expect(targetReadiness(target({ date: '2026-11-01' }), data(), TODAY).daysLeft).toBe(-24);
  });
});

describe('names the student typed, inside the reasons and the actions', () => {
  const targetName = 'תוכנית \u202Eמעבדה';
  const cardName = 'Pay invoice \u202Efdp.exe';
  const title = 'Flu shot \u2067form';

  it('are isolated, so none of them can reorder the sentence around it', () => {
    const result = targetReadiness(
      target({ name: targetName, requiresAhaBls: true, date: '2027-09-01' }),
      {
        ...data({ certifications: [card({ name: cardName, expiresOn: '2027-03-31' })] }),
        customRequirements: [{ id: 'own', area: 'degree', title, createdAt: 'x' }],
      },
      TODAY,
    );
    const quoted = [isolate(targetName), isolate(cardName), isolate(title)];
    const cpr = verdictOf(result, 'cpr-bls').reason;
    expect(cpr).toBe(
      `${isolate(targetName)} asks for AHA BLS Provider; your newest CPR card is ${isolate(cardName)} (American Heart Association).`,
    );
    const own = result.actions.find((action) => action.text.includes(isolate(title)));
    expect(own?.text).toMatch(new RegExp(`^${isolate(title)} — deadline in `));
    const quoting = [cpr, ...result.actions.map((action) => action.text)].filter((sentence) =>
      quoted.some((text) => sentence.includes(text)),
    );
    expect(quoting).toHaveLength(2);
    for (const sentence of quoting)
      expect(levelsAround(sentence, ...quoted.filter((text) => sentence.includes(text)))).toMatch(
        /^0+$/,
      );
  });

  it('isolate the target’s name in an at-risk card’s reason, and the card’s in its action', () => {
    const result = targetReadiness(
      target({ name: targetName, date: '2027-09-01' }),
      data({ certifications: [card({ name: cardName, expiresOn: '2027-03-31' })] }),
      TODAY,
    );
    const { reason } = verdictOf(result, 'cpr-bls');
    expect(reason).toContain(`the date ${isolate(targetName)} needs it`);
    expect(levelsAround(reason, isolate(targetName))).toMatch(/^0+$/);
    const renew = result.actions.find((action) => action.text.startsWith('Renew '));
    expect(renew?.text).toBe(`Renew ${isolate(cardName)} before Mar 31, 2027`);
    expect(levelsAround(renew?.text ?? '', isolate(cardName))).toMatch(/^0+$/);
  });
});
