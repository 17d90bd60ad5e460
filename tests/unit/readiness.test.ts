import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/domain/checklist';
import { getPathway } from '../../src/domain/pathways/catalog';
import { readinessOn } from '../../src/domain/readiness';
import type { RequirementState } from '../../src/domain/types';

const MLT = getPathway('mlt');
const done = (
  key: string,
  completedOn: string,
  extra: Partial<RequirementState> = {},
): RequirementState => ({
  key,
  completedOn,
  updatedAt: '2026-11-25T00:00:00Z',
  ...extra,
});

describe('readinessOn', () => {
  it('counts nothing complete on a fresh checklist', () => {
    const readiness = readinessOn(buildChecklist(MLT, [], []), '2026-11-25');
    expect(readiness).toMatchObject({ complete: 0, total: 8, percent: 0 });
    expect(readiness.remaining).toHaveLength(8);
  });

  it('counts completions on or before the date, and lists the rest as remaining in order', () => {
    const items = buildChecklist(
      MLT,
      [],
      [done('cpr-bls', '2026-11-25'), done('first-aid', '2026-11-26')],
    );
    const readiness = readinessOn(items, '2026-11-25');
    expect(readiness.complete).toBe(1);
    expect(readiness.remaining.map((item) => item.key)).toContain('first-aid');
    expect(readiness.remaining.map((item) => item.key)).not.toContain('cpr-bls');
    expect(readinessOn(items, '2026-11-26').complete).toBe(2);
  });

  it('leaves hidden requirements out of both counts', () => {
    const items = buildChecklist(
      MLT,
      [],
      [
        done('cpr-bls', '2026-01-01', { hidden: true }),
        { key: 'first-aid', hidden: true, updatedAt: 'x' },
      ],
    );
    const readiness = readinessOn(items, '2026-11-25');
    expect(readiness).toMatchObject({ complete: 0, total: 6 });
  });

  it('rounds the percentage down, so only a finished list reads 100 %', () => {
    const keys = MLT.requirements.map((requirement) => requirement.key);
    const allButOne = keys.slice(1).map((key) => done(key, '2026-01-01'));
    expect(readinessOn(buildChecklist(MLT, [], allButOne), '2026-11-25').percent).toBe(87);
    const all = keys.map((key) => done(key, '2026-01-01'));
    expect(readinessOn(buildChecklist(MLT, [], all), '2026-11-25')).toMatchObject({
      percent: 100,
      remaining: [],
    });
  });

  it('gives a figure per area', () => {
    const readiness = readinessOn(
      buildChecklist(MLT, [], [done('cpr-bls', '2026-01-01')]),
      '2026-11-25',
    );
    expect(readiness.byArea).toEqual([
      { area: 'degree', complete: 0, total: 2 },
      { area: 'exam', complete: 0, total: 3 },
      { area: 'clinical', complete: 0, total: 1 },
      { area: 'cpr-first-aid', complete: 1, total: 2 },
    ]);
  });
});
