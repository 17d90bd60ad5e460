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

/** Past this many rows added or removed in one step, sort the whole array again. */
const MAX_PATCHED = 64;

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
  if (Math.abs(rows.length - previous.length) > MAX_PATCHED) return sortedCopy(rows, compare);
  // The mirror keeps the rows nobody wrote, in their order: only the stretch between the longest
  // common start and end can differ. A row appears once in an array, so a row kept outside that
  // stretch is not in it, and the sets below are built of the stretch alone (one entry logged in
  // 10,000: a set of one row, not two of 10,000).
  const shorter = Math.min(previous.length, rows.length);
  let start = 0;
  while (start < shorter && previous[start] === rows[start]) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    previous[previous.length - 1 - end] === rows[rows.length - 1 - end]
  )
    end += 1;
  const left = previous.slice(start, previous.length - end);
  const came = rows.slice(start, rows.length - end);
  const before = new Set(left);
  const added: T[] = [];
  for (const row of came) {
    if (!before.has(row)) {
      added.push(row);
      if (added.length > MAX_PATCHED) return sortedCopy(rows, compare);
    }
  }
  // Every row kept is in `before`; so the rows that left number exactly this many.
  const removedCount = left.length - (came.length - added.length);
  if (removedCount > MAX_PATCHED) return sortedCopy(rows, compare);
  let next: T[];
  if (removedCount === 0) next = previousSorted.slice();
  else {
    const now = new Set(came);
    const gone = new Set(left.filter((row) => !now.has(row)));
    next = previousSorted.filter((row) => !gone.has(row));
  }
  for (const row of added) next.splice(placeOf(next, row, compare), 0, row);
  return next;
}
