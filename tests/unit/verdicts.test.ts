import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/domain/checklist';
import { getPathway } from '../../src/domain/pathways/catalog';
import { readinessOn } from '../../src/domain/readiness';
import type { ClinicalEntry } from '../../src/domain/types';
import { clinicalVerdict, requiredHours, withVerdicts } from '../../src/domain/verdicts';
import type { StudentRecords } from '../../src/domain/verdicts';
import { isolate } from '../../src/domain/isolate';

const TODAY = '2026-11-25';
const MLT = getPathway('mlt');
const NONE: StudentRecords = {
  certifications: [],
  courses: [],
  clinicalEntries: [],
  clinicalTargets: { byArea: {} },
  examPlans: [],
};

function shift(date: string, hours: number, area = 'chemistry', verified = true): ClinicalEntry {
  const verifiedOn = verified ? date : undefined;
  return {
    id: `${date}-${area}-${hours}`,
    date,
    site: 'Lab',
    area,
    hours,
    ...(verifiedOn ? { verifiedOn } : {}),
    createdAt: 'x',
    updatedAt: 'x',
  };
}

describe('clinicalVerdict', () => {
  it('has nothing to say until there is a target', () => {
    expect(
      clinicalVerdict(MLT, { ...NONE, clinicalEntries: [shift(TODAY, 8)] }, { asOf: TODAY }),
    ).toBeUndefined();
  });

  it('gives progress, the forecast, and whether that makes the application date', () => {
    const records = {
      clinicalEntries: [
        shift('2026-11-02', 20),
        shift('2026-11-09', 20),
        shift('2026-11-16', 20),
        shift('2026-11-23', 20),
      ],
      clinicalTargets: { totalHours: 120, byArea: {} },
    };
    const early = clinicalVerdict(MLT, records, { asOf: TODAY, applicationDate: '2027-01-31' });
    expect(early).toMatchObject({
      met: false,
      onTrack: true,
      warning: false,
      progress: { done: 80, required: 120, unit: 'hours' },
    });
    expect(early?.reason).toBe(
      '80 of 120 hours. At your pace, met by Dec 9, 2026, before your application date Jan 31, 2027.',
    );
    const late = clinicalVerdict(MLT, records, { asOf: TODAY, applicationDate: '2026-12-01' });
    expect(late).toMatchObject({ onTrack: false, warning: true });
  });

  it('counts only signed-off hours for laboratory pathways, and says so', () => {
    const records = {
      clinicalEntries: [shift('2026-11-20', 8), shift('2026-11-21', 8, 'hematology', false)],
      clinicalTargets: { totalHours: 16, byArea: {} },
    };
    const verdict = clinicalVerdict(MLT, records, { asOf: TODAY });
    expect(verdict?.met).toBe(false);
    expect(verdict?.reason).toMatch(/8 unverified hours are not counted until signed off/);
  });

  it('is met when the total and every area target are reached', () => {
    const entries = [shift('2026-11-20', 10), shift('2026-11-21', 10, 'hematology')];
    expect(
      clinicalVerdict(
        MLT,
        {
          clinicalEntries: entries,
          clinicalTargets: { totalHours: 20, byArea: { chemistry: 10 } },
        },
        { asOf: TODAY },
      )?.met,
    ).toBe(true);
    const short = clinicalVerdict(
      MLT,
      { clinicalEntries: entries, clinicalTargets: { totalHours: 20, byArea: { chemistry: 12 } } },
      { asOf: TODAY },
    );
    expect(short?.met).toBe(false);
    expect(short?.reason).toMatch(/Areas short of their required hours: Chemistry/);
  });
});

describe('withVerdicts on the checklist', () => {
  it('lets the records decide where there are records, and leaves the checkbox elsewhere', () => {
    const states = [{ key: 'mlt-clinical-practicum', completedOn: '2026-01-01', updatedAt: 'x' }];
    const noRecords = withVerdicts(buildChecklist(MLT, [], states), MLT, NONE, { asOf: TODAY });
    // No target yet: the student's checkbox counts.
    expect(
      noRecords.find((item) => item.key === 'mlt-clinical-practicum')?.verdict,
    ).toBeUndefined();
    expect(readinessOn(noRecords, TODAY).complete).toBe(1);

    const withTarget = withVerdicts(
      buildChecklist(MLT, [], states),
      MLT,
      {
        ...NONE,
        clinicalEntries: [shift('2026-11-20', 8)],
        clinicalTargets: { totalHours: 100, byArea: {} },
      },
      { asOf: TODAY },
    );
    // Now the hours decide, and 8 of 100 is not complete whatever the checkbox said.
    expect(withTarget.find((item) => item.key === 'mlt-clinical-practicum')?.verdict?.met).toBe(
      false,
    );
    expect(readinessOn(withTarget, TODAY).complete).toBe(0);
  });
});

describe('phlebotomy counts', () => {
  const CPT = getPathway('cpt');
  const PBT = getPathway('pbt');
  const draw = (
    date: string,
    venipuncture: number,
    skin: number,
    verified = true,
  ): ClinicalEntry => ({
    id: `${date}-${venipuncture}-${skin}`,
    date,
    site: 'Draw station',
    area: 'venipuncture',
    hours: 4,
    counts: { venipuncture, 'skin-puncture': skin },
    ...(verified ? { verifiedOn: date } : {}),
    createdAt: 'x',
    updatedAt: 'x',
  });

  it('judges NHA CPT on 30 venipunctures and 10 capillary sticks, with no hours target', () => {
    const short = clinicalVerdict(
      CPT,
      { ...NONE, clinicalEntries: [draw('2026-11-20', 25, 10)] },
      { asOf: TODAY },
    );
    expect(short).toMatchObject({
      met: false,
      progress: { done: 25, required: 30, unit: 'successful venipunctures' },
      reason: '25 of 30 successful venipunctures; 10 of 10 successful capillary sticks.',
    });
    const done = clinicalVerdict(
      CPT,
      { ...NONE, clinicalEntries: [draw('2026-11-20', 25, 10), draw('2026-11-21', 5, 0)] },
      { asOf: TODAY },
    );
    expect(done?.met).toBe(true);
  });

  it('does not count collections before they are signed off', () => {
    const verdict = clinicalVerdict(
      CPT,
      { ...NONE, clinicalEntries: [draw('2026-11-20', 30, 10, false)] },
      { asOf: TODAY },
    );
    expect(verdict?.met).toBe(false);
  });

  it('sums venipunctures and skin punctures for the ASCP PBT 100 collections, next to its 100 hours', () => {
    const entries = Array.from({ length: 25 }, (_, day) =>
      draw(`2026-10-${String(day + 1).padStart(2, '0')}`, 3, 1),
    );
    const verdict = clinicalVerdict(PBT, { ...NONE, clinicalEntries: entries }, { asOf: TODAY });
    expect(verdict).toMatchObject({
      met: true,
      reason: 'Met: 100 of 100 hours; 100 of 100 successful unaided collections.',
    });
  });
});

describe('review fixes', () => {
  it('ignores area targets kept for another pathway’s areas', () => {
    const verdict = clinicalVerdict(
      MLT,
      {
        clinicalEntries: [shift('2026-11-20', 10)],
        clinicalTargets: { totalHours: 10, byArea: { venipuncture: 50 } },
      },
      { asOf: TODAY },
    );
    expect(verdict?.met).toBe(true);
  });

  it('treats a target of 0 hours as no target', () => {
    expect(requiredHours(MLT, { totalHours: 0, byArea: {} })).toBeUndefined();
    expect(requiredHours(getPathway('pbt'), { totalHours: 0, byArea: {} })).toBe(100);
  });

  it('warns on the checklist when a card met today lapses before the application date', () => {
    const card = {
      id: 'c',
      type: 'cpr-bls' as const,
      provider: 'aha' as const,
      name: 'BLS Provider',
      issuedOn: '2025-05-01',
      expiresOn: '2027-05-31',
      createdAt: 'x',
      updatedAt: 'x',
    };
    const items = withVerdicts(
      buildChecklist(MLT, [], []),
      MLT,
      { ...NONE, certifications: [card] },
      { asOf: TODAY, applicationDate: '2027-08-01' },
    );
    const cpr = items.find((item) => item.key === 'cpr-bls')?.verdict;
    expect(cpr).toMatchObject({ met: true, warning: true });
    expect(cpr?.reason).toBe(
      `Met today, but your ${isolate('BLS Provider')} card expires May 31, 2027 — before your application date Aug 1, 2027. Renew by May 31, 2027.`,
    );
  });
});
