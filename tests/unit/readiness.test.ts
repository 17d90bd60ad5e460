import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/domain/checklist';
import { getPathway } from '../../src/domain/pathways/catalog';
import { readinessOn } from '../../src/domain/readiness';
import type { Certification, RequirementState } from '../../src/domain/types';
import { withVerdicts } from '../../src/domain/verdicts';
import { isolate } from '../../src/domain/isolate';

const MLT = getPathway('mlt');
const TODAY = '2026-11-25';
const done = (
  key: string,
  completedOn: string,
  extra: Partial<RequirementState> = {},
): RequirementState => ({ key, completedOn, updatedAt: '2026-11-25T00:00:00Z', ...extra });

function card(fields: Partial<Certification>): Certification {
  return {
    id: 'cert-1',
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2025-06-10',
    expiresOn: '2027-06-30',
    createdAt: '2025-06-10T00:00:00Z',
    updatedAt: '2025-06-10T00:00:00Z',
    ...fields,
  };
}

/** The checklist as the screens see it: with certification verdicts for the same date. */
function checklist(states: RequirementState[], cards: Certification[], asOf = TODAY) {
  const records = {
    certifications: cards,
    courses: [],
    clinicalEntries: [],
    clinicalTargets: { byArea: {} },
    examPlans: [],
  };
  return withVerdicts(buildChecklist(MLT, [], states), MLT, records, { asOf });
}

describe('readinessOn', () => {
  it('counts nothing complete on a fresh checklist', () => {
    const readiness = readinessOn(checklist([], []), TODAY);
    expect(readiness).toMatchObject({ complete: 0, total: 8, percent: 0 });
    expect(readiness.remaining).toHaveLength(8);
  });

  it('counts completions on or before the date, and lists the rest as remaining', () => {
    const items = checklist(
      [done('mlt-exam-application', '2026-11-25'), done('mlt-documents', '2026-11-26')],
      [],
    );
    const readiness = readinessOn(items, TODAY);
    expect(readiness.complete).toBe(1);
    expect(readiness.remaining.map((item) => item.key)).toContain('mlt-documents');
    expect(readiness.remaining.map((item) => item.key)).not.toContain('mlt-exam-application');
    expect(readinessOn(items, '2026-11-26').complete).toBe(2);
  });

  it('leaves hidden requirements out of both counts', () => {
    const items = checklist(
      [
        done('mlt-degree', '2026-01-01', { hidden: true }),
        { key: 'first-aid', hidden: true, updatedAt: 'x' },
      ],
      [],
    );
    expect(readinessOn(items, TODAY)).toMatchObject({ complete: 0, total: 6 });
  });

  it('judges CPR and First Aid by the cards, not by a checkbox', () => {
    // A completion recorded against a card-backed requirement does not count on its own.
    const withoutCard = checklist([done('cpr-bls', '2026-01-01')], []);
    expect(readinessOn(withoutCard, TODAY).complete).toBe(0);
    const withCard = checklist([], [card({})]);
    expect(readinessOn(withCard, TODAY).complete).toBe(1);
    const cpr = withCard.find((item) => item.key === 'cpr-bls');
    expect(cpr?.verdict?.reason).toBe(
      `Met by your ${isolate('BLS Provider')} card, valid until Jun 30, 2027.`,
    );
  });

  it('counts a card through its last valid day and not after', () => {
    const cards = [card({ expiresOn: '2026-11-30' })];
    expect(readinessOn(checklist([], cards, '2026-11-30'), '2026-11-30').complete).toBe(1);
    const dayAfter = checklist([], cards, '2026-12-01');
    expect(readinessOn(dayAfter, '2026-12-01').complete).toBe(0);
    expect(dayAfter.find((item) => item.key === 'cpr-bls')?.verdict?.reason).toBe(
      `Not met: your ${isolate('BLS Provider')} card expired on Nov 30, 2026. Renew it and add the new card.`,
    );
  });

  it('rounds the percentage down, so only a finished list reads 100 %', () => {
    const manual = MLT.requirements.filter(
      (requirement) => requirement.metBy?.kind !== 'certification',
    );
    const cards = [card({}), card({ id: 'cert-2', type: 'first-aid', name: 'First Aid' })];
    const allButOne = manual.slice(1).map((requirement) => done(requirement.key, '2026-01-01'));
    expect(readinessOn(checklist(allButOne, cards), TODAY).percent).toBe(87);
    const all = manual.map((requirement) => done(requirement.key, '2026-01-01'));
    expect(readinessOn(checklist(all, cards), TODAY)).toMatchObject({
      percent: 100,
      remaining: [],
    });
  });

  it('gives a figure per area', () => {
    const readiness = readinessOn(checklist([done('mlt-degree', '2026-01-01')], [card({})]), TODAY);
    expect(readiness.byArea).toEqual([
      { area: 'degree', complete: 1, total: 2 },
      { area: 'exam', complete: 0, total: 3 },
      { area: 'clinical', complete: 0, total: 1 },
      { area: 'cpr-first-aid', complete: 1, total: 2 },
    ]);
  });
});
