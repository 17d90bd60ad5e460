import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cumulativeHours, dailyHoursOf, tallyDay } from '../../src/domain/hours';
import type { ClinicalEntry } from '../../src/domain/types';
import { createCumulativeHours } from '../../src/store/daily-hours';
import { applyCommit, commitOf } from './mirror-commits';

// Spies on the domain's arithmetic as the store calls it; `cumulativeHours` (the fresh count the
// patched line is checked against) calls the real functions inside its own module.
vi.mock('../../src/domain/hours', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/hours')>();
  return {
    ...actual,
    dailyHoursOf: vi.fn(actual.dailyHoursOf),
    tallyDay: vi.fn(actual.tallyDay),
  };
});

let serial = 0;
/** Few days, so that days fill up and empty again; zero hours too (a day kept by its entry). */
const newRow = fc
  .record({ day: fc.integer({ min: 1, max: 9 }), quarters: fc.integer({ min: 0, max: 96 }) })
  .map(({ day, quarters }): ClinicalEntry => {
    serial += 1;
    return {
      id: `entry-${serial}`,
      date: `2026-03-0${day}`,
      site: 'City Hospital',
      area: 'chemistry',
      hours: quarters / 4,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    };
  });

/** A replaced row moves to another day, its hours changed. */
const change = fc.record({ day: fc.integer({ min: 1, max: 9 }), quarters: fc.nat(96) });

describe('createCumulativeHours', () => {
  it('draws the line a fresh count would, whatever entries come, go or change', () => {
    fc.assert(
      fc.property(
        fc.array(newRow, { maxLength: 30 }),
        fc.array(commitOf(newRow, change), { maxLength: 12 }),
        (start, commits) => {
          const line = createCumulativeHours();
          let rows: ClinicalEntry[] = start;
          expect(line(rows)).toEqual(cumulativeHours(rows));
          for (const commit of commits) {
            rows = applyCommit(
              rows,
              commit,
              (row, { day, quarters }) => ({
                ...row,
                date: `2026-03-0${day}`,
                hours: quarters / 4,
              }),
              // An import's worth of rows: past the patch limit, counted again.
              () => fc.sample(newRow, { numRuns: 70, seed: rows.length }),
            );
            expect(line(rows)).toEqual(cumulativeHours(rows));
          }
        },
      ),
    );
  });

  it('patches with the rows that changed instead of going over the whole log again', () => {
    const line = createCumulativeHours();
    const rows = fc.sample(newRow, 200);
    vi.mocked(dailyHoursOf).mockClear();
    const first = line(rows);
    expect(dailyHoursOf).toHaveBeenCalledTimes(1);
    vi.mocked(dailyHoursOf).mockClear();
    vi.mocked(tallyDay).mockClear();

    // The same rows again: the very same line, nothing counted.
    expect(line(rows)).toBe(first);
    expect(tallyDay).not.toHaveBeenCalled();

    const [added] = fc.sample(newRow, 1) as [ClinicalEntry];
    const next = [...rows, added];
    const after = line(next);
    expect(after).not.toBe(first);
    expect(after).toEqual(cumulativeHours(next));
    expect(dailyHoursOf).not.toHaveBeenCalled();
    expect(vi.mocked(tallyDay).mock.calls.map(([, entry, sign]) => [entry, sign])).toEqual([
      [added, 1],
    ]);
  });
});
