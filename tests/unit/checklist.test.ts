import { describe, expect, it } from 'vitest';
import { buildChecklist, moveWithinArea, positionAtEndOf } from '../../src/domain/checklist';
import { getPathway } from '../../src/domain/pathways/catalog';
import type { CustomRequirement, RequirementState } from '../../src/domain/types';

const MLT = getPathway('mlt');
const MLS = getPathway('mls');
const stamp = '2026-11-25T10:00:00.000Z';

function state(key: string, fields: Partial<RequirementState> = {}): RequirementState {
  return { key, updatedAt: stamp, ...fields };
}

function custom(
  id: string,
  area: CustomRequirement['area'],
  title: string,
  createdAt = stamp,
): CustomRequirement {
  return { id, area, title, createdAt };
}

describe('buildChecklist', () => {
  it('lists every built-in requirement of the pathway, grouped in area order', () => {
    const items = buildChecklist(MLT, [], []);
    expect(items).toHaveLength(MLT.requirements.length);
    expect(items.map((item) => item.area)).toEqual([
      'degree',
      'degree',
      'exam',
      'exam',
      'exam',
      'clinical',
      'cpr-first-aid',
      'cpr-first-aid',
    ]);
    expect(items.every((item) => item.builtIn && !item.hidden && item.source)).toBe(true);
  });

  it('carries completions by key from one pathway to another', () => {
    const states = [
      state('cpr-bls', { completedOn: '2026-06-10' }),
      state('mlt-degree', { completedOn: '2025-05-20' }),
    ];
    const mls = buildChecklist(MLS, [], states);
    expect(mls.find((item) => item.key === 'cpr-bls')?.completedOn).toBe('2026-06-10');
    // The MLT degree does not satisfy the MLS bachelor's: it is simply not on this list.
    expect(mls.some((item) => item.key === 'mlt-degree')).toBe(false);
    expect(mls.find((item) => item.key === 'mls-degree')?.completedOn).toBeUndefined();
  });

  it("shows the student's wording of a title and remembers the original", () => {
    const items = buildChecklist(MLT, [], [state('first-aid', { title: 'Heartsaver First Aid' })]);
    const firstAid = items.find((item) => item.key === 'first-aid');
    expect(firstAid?.title).toBe('Heartsaver First Aid');
    expect(firstAid?.originalTitle).toBe('Current First Aid certificate');
  });

  it('includes custom requirements in their area, after the built-in ones by default', () => {
    const items = buildChecklist(
      MLT,
      [
        custom('custom-2', 'clinical', 'TB test', '2026-02-01T00:00:00Z'),
        custom('custom-1', 'clinical', 'Flu shot', '2026-01-01T00:00:00Z'),
      ],
      [],
    );
    const clinical = items.filter((item) => item.area === 'clinical').map((item) => item.title);
    expect(clinical).toEqual([
      "Complete your MLT program's clinical laboratory practicum",
      'Flu shot',
      'TB test',
    ]);
  });

  it('orders by stored position and keeps hidden requirements, flagged', () => {
    const items = buildChecklist(
      MLT,
      [],
      [state('first-aid', { position: 1 }), state('mlt-degree', { hidden: true })],
    );
    const cprArea = items.filter((item) => item.area === 'cpr-first-aid').map((item) => item.key);
    expect(cprArea).toEqual(['first-aid', 'cpr-bls']);
    expect(items.find((item) => item.key === 'mlt-degree')?.hidden).toBe(true);
  });
});

describe('moveWithinArea', () => {
  const items = buildChecklist(MLT, [], []);

  it('moves a requirement down and renumbers the whole area', () => {
    expect(moveWithinArea(items, 'cpr-bls', 'down')).toEqual([
      { key: 'first-aid', position: 10 },
      { key: 'cpr-bls', position: 20 },
    ]);
  });

  it('refuses impossible moves', () => {
    expect(moveWithinArea(items, 'cpr-bls', 'up')).toEqual([]);
    expect(moveWithinArea(items, 'first-aid', 'down')).toEqual([]);
    expect(moveWithinArea(items, 'no-such-key', 'up')).toEqual([]);
  });

  it('skips hidden requirements when moving', () => {
    const withHidden = buildChecklist(MLT, [], [state('mlt-documents', { hidden: true })]);
    const changes = moveWithinArea(withHidden, 'mlt-exam-pass', 'up');
    expect(changes.map((change) => change.key)).toEqual(['mlt-exam-pass', 'mlt-exam-application']);
  });

  it('gives a moved list that buildChecklist shows in the new order', () => {
    const moved = moveWithinArea(items, 'mlt-exam-pass', 'up');
    const rebuilt = buildChecklist(
      MLT,
      [],
      moved.map((change) => state(change.key, { position: change.position })),
    );
    expect(rebuilt.filter((item) => item.area === 'exam').map((item) => item.key)).toEqual([
      'mlt-exam-application',
      'mlt-exam-pass',
      'mlt-documents',
    ]);
  });
});

describe('positionAtEndOf', () => {
  it('places a new requirement after the last one of its area', () => {
    const items = buildChecklist(MLT, [], []);
    const last = Math.max(
      ...items.filter((item) => item.area === 'degree').map((item) => item.position),
    );
    expect(positionAtEndOf(items, 'degree')).toBeGreaterThan(last);
  });
  it('starts an empty area at the first step', () => {
    expect(positionAtEndOf([], 'clinical')).toBe(10);
  });
});
