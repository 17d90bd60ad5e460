import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { clinicalFigures, tallyEntry, tallyOf } from '../../src/domain/hours';
import type { ClinicalFigures } from '../../src/domain/hours';
import type { ClinicalEntry } from '../../src/domain/types';
import { createClinicalFigures } from '../../src/store/clinical-figures';
import { applyCommit, commitOf } from './mirror-commits';

// Spies on the domain's arithmetic as the store calls it; `clinicalFigures` (the fold the patched
// figures are checked against) calls the real functions inside its own module.
vi.mock('../../src/domain/hours', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/hours')>();
  return { ...actual, tallyOf: vi.fn(actual.tallyOf), tallyEntry: vi.fn(actual.tallyEntry) };
});

const AS_OF = ['2026-03-20', '2026-04-30'] as const;

let serial = 0;
/** Dates on both sides of each date judged on and of its pace window; signed off or not, later. */
const newRow = fc
  .record({
    day: fc.integer({ min: -60, max: 75 }),
    quarters: fc.integer({ min: 1, max: 96 }),
    area: fc.constantFrom('chemistry', 'hematology', '__proto__', 'general'),
    verifiedAfter: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    venipuncture: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  })
  .map(({ day, quarters, area, verifiedAfter, venipuncture }): ClinicalEntry => {
    serial += 1;
    const date = isoDay(day);
    return {
      id: `entry-${serial}`,
      date,
      site: 'City Hospital',
      area,
      hours: quarters / 4,
      ...(verifiedAfter !== undefined ? { verifiedOn: isoDay(day + verifiedAfter) } : {}),
      ...(venipuncture !== undefined ? { counts: { venipuncture } } : {}),
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    };
  });

function isoDay(offset: number): string {
  const date = new Date(2026, 2, 1 + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A commit (mirror-commits.ts) judged on either date, by either rule on unverified hours. */
const step = fc.record({
  commit: commitOf(newRow, fc.integer({ min: 1, max: 40 })),
  asOf: fc.constantFrom(...AS_OF),
  countsUnverified: fc.boolean(),
});

/** Equal figures, the areas in the same order (toEqual alone does not compare a Map's order). */
function expectSameFigures(actual: ClinicalFigures, expected: ClinicalFigures) {
  expect(actual).toEqual(expected);
  expect([...actual.totals.byArea.keys()]).toEqual([...expected.totals.byArea.keys()]);
}

describe('createClinicalFigures', () => {
  it('gives the figures a fresh count would, whatever entries come, go or change, on any date', () => {
    fc.assert(
      fc.property(
        fc.array(newRow, { maxLength: 30 }),
        fc.array(step, { maxLength: 12 }),
        (start, steps) => {
          const figures = createClinicalFigures();
          let rows: ClinicalEntry[] = start;
          expectSameFigures(figures(rows, AS_OF[0], false), clinicalFigures(rows, AS_OF[0], false));
          for (const { commit, asOf, countsUnverified } of steps) {
            // An import's worth of rows: past the patch limit, counted again.
            rows = applyCommit(
              rows,
              commit,
              (row, quarters) => ({ ...row, hours: quarters / 4 }),
              () => fc.sample(newRow, { numRuns: 70, seed: rows.length }),
            );
            expectSameFigures(
              figures(rows, asOf, countsUnverified),
              clinicalFigures(rows, asOf, countsUnverified),
            );
          }
        },
      ),
    );
  });

  it('patches with the rows that changed instead of counting every entry again', () => {
    const figures = createClinicalFigures();
    const rows = fc.sample(newRow, 200);
    vi.mocked(tallyOf).mockClear();
    figures(rows, AS_OF[0], false);
    expect(tallyOf).toHaveBeenCalledTimes(1);
    vi.mocked(tallyOf).mockClear();
    vi.mocked(tallyEntry).mockClear();

    const [added] = fc.sample(newRow, 1) as [ClinicalEntry];
    const replaced = { ...(rows[5] as ClinicalEntry), hours: 3 };
    const next = [...rows.slice(0, 5), replaced, ...rows.slice(6), added];
    expectSameFigures(figures(next, AS_OF[0], false), clinicalFigures(next, AS_OF[0], false));
    expect(tallyOf).not.toHaveBeenCalled();
    expect(vi.mocked(tallyEntry).mock.calls.map(([, entry, sign]) => [entry, sign])).toEqual([
      [rows[5], -1],
      [replaced, 1],
      [added, 1],
    ]);

    // The same rows again: the figures already given, the very same object.
    vi.mocked(tallyEntry).mockClear();
    expect(figures(next, AS_OF[0], false)).toBe(figures(next, AS_OF[0], false));
    expect(tallyEntry).not.toHaveBeenCalled();
  });

  it('drops an area whose last entry goes, as a fresh count would never show it', () => {
    const figures = createClinicalFigures();
    const [only] = fc.sample(newRow, 1) as [ClinicalEntry];
    const entry: ClinicalEntry = { ...only, date: AS_OF[0], area: 'blood-bank' };
    expect(figures([entry], AS_OF[0], true).totals.byArea.has('blood-bank')).toBe(true);
    const after = figures([], AS_OF[0], true);
    expect(after.totals.byArea.size).toBe(0);
    expect(after.totals).toMatchObject({ verified: 0, unverified: 0, counted: 0, entries: 0 });
    expect(after.perWeek).toBe(0);
  });
});
