import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestEntryFirst } from '../../src/domain/hours';
import type { ClinicalEntry } from '../../src/domain/types';
import { createSortedView } from '../../src/store/sorted-view';
import { applyCommit, commitOf } from './mirror-commits';

let serial = 0;
function entry(date: string, createdAt: string): ClinicalEntry {
  serial += 1;
  return {
    id: `entry-${String(serial).padStart(6, '0')}`,
    date,
    hours: 1,
    area: 'general',
    createdAt,
    updatedAt: createdAt,
  } as ClinicalEntry;
}

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
/** Few distinct stamps, so that ties on date and on createdAt are common. */
const stamp = fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z');
const newRow = fc.tuple(day, stamp).map(([date, createdAt]) => entry(date, createdAt));

const step = commitOf(newRow, day);

/** The same rows, the very same objects, in the same order (toEqual would take equal copies). */
function expectSameRows(actual: readonly ClinicalEntry[], expected: readonly ClinicalEntry[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, index) => expect(row).toBe(expected[index]));
}

describe('createSortedView', () => {
  it('orders as a fresh sort would, whatever rows come, go or change between calls', () => {
    fc.assert(
      fc.property(
        fc.array(newRow, { maxLength: 30 }),
        fc.array(step, { maxLength: 12 }),
        (start, steps) => {
          const view = createSortedView(newestEntryFirst);
          let rows: ClinicalEntry[] = start;
          expectSameRows(view(rows), [...rows].sort(newestEntryFirst));
          for (const commit of steps) {
            // A whole new table's worth of rows (an import): past the patch limit.
            rows = applyCommit(
              rows,
              commit,
              (row, date) => ({ ...row, date }),
              () =>
                Array.from({ length: 70 }, () => entry('2026-03-09', '2026-03-01T10:00:00.000Z')),
            );
            expectSameRows(view(rows), [...rows].sort(newestEntryFirst));
          }
        },
      ),
    );
  });

  it('returns the same array for the same rows, and keeps the rows themselves', () => {
    const view = createSortedView(newestEntryFirst);
    const rows = [
      entry('2026-03-01', '2026-03-01T10:00:00.000Z'),
      entry('2026-03-05', '2026-03-05T10:00:00.000Z'),
    ];
    const first = view(rows);
    expect(view(rows)).toBe(first);
    expect(first.map((row) => row.date)).toEqual(['2026-03-05', '2026-03-01']);
    const added = entry('2026-03-03', '2026-03-03T10:00:00.000Z');
    const next = view([...rows, added]);
    expect(next).toEqual([rows[1], added, rows[0]]);
    expect(next[0]).toBe(rows[1]);
  });
});

describe('newestEntryFirst', () => {
  it('breaks ties by the later record, then by id, so that no two entries compare equal', () => {
    const a = entry('2026-03-01', '2026-03-01T10:00:00.000Z');
    const b = entry('2026-03-01', '2026-03-01T10:00:00.000Z');
    const c = entry('2026-03-01', '2026-03-02T10:00:00.000Z');
    expect([a, b, c].sort(newestEntryFirst)).toEqual([c, b, a]);
    expect(newestEntryFirst(a, a)).toBe(0);
  });
});
