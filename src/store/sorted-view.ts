/**
 * A table's rows in another order, kept up to date by patching instead of sorting again. The
 * mirror (table-mirror.ts) hands over a new array on every commit, but a row nobody wrote keeps
 * its identity; so when one entry is logged in a log of 10,000, the view drops the rows that left,
 * places each new row by binary search, and keeps the rest in the order it already had.
 *
 * `compare` must be a total order on the rows (ties broken, so that a patched order and a fresh
 * sort agree exactly), and no row may appear twice in one array. Past a few changed rows a fresh
 * sort is the cheaper way.
 */
import { MAX_PATCHED, rowChanges } from './row-changes';

export type SortedView<T extends object> = (rows: readonly T[]) => readonly T[];

/** Where `row` goes in `sorted`: the first place whose row sorts after it. */
function placeOf<T>(sorted: readonly T[], row: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as T, row) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createSortedView<T extends object>(compare: (a: T, b: T) => number): SortedView<T> {
  let lastRows: readonly T[] | undefined;
  let lastSorted: readonly T[] = [];
  return (rows) => {
    if (rows === lastRows) return lastSorted;
    const previous = lastRows;
    lastRows = rows;
    lastSorted = previous
      ? patched(previous, lastSorted, rows, compare)
      : sortedCopy(rows, compare);
    return lastSorted;
  };
}

function sortedCopy<T>(rows: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...rows].sort(compare);
}

function patched<T extends object>(
  previous: readonly T[],
  previousSorted: readonly T[],
  rows: readonly T[],
  compare: (a: T, b: T) => number,
): readonly T[] {
  const changes = rowChanges(previous, rows, MAX_PATCHED);
  if (!changes) return sortedCopy(rows, compare);
  const gone = new Set(changes.removed);
  const next =
    gone.size === 0 ? previousSorted.slice() : previousSorted.filter((row) => !gone.has(row));
  for (const row of changes.added) next.splice(placeOf(next, row, compare), 0, row);
  return next;
}
