/**
 * What one commit changed in a mirrored table (table-mirror.ts hands over a new array on every
 * commit, but a row nobody wrote keeps its identity): the rows that came and the rows that left.
 * The views built from a table (sorted-view.ts, clinical-figures.ts, daily-hours.ts) patch
 * themselves with it instead of going over 10,000 rows again. A row replaced by a write counts as
 * one that left and one that came. No row may appear twice in one array.
 */

/**
 * Past this many rows added or removed in one commit, a view is built again from every row
 * (an import, a sync): patching row by row is the cheaper way only for a few.
 */
export const MAX_PATCHED = 64;

export interface RowChanges<T> {
  added: T[];
  removed: T[];
}

/** The rows that left `previous` and came into `rows`, or undefined past `max` of either. */
export function rowChanges<T extends object>(
  previous: readonly T[],
  rows: readonly T[],
  max: number,
): RowChanges<T> | undefined {
  if (Math.abs(rows.length - previous.length) > max) return undefined;
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
      if (added.length > max) return undefined;
    }
  }
  // Every row kept is in `before`; so the rows that left number exactly this many.
  const removedCount = left.length - (came.length - added.length);
  if (removedCount > max) return undefined;
  if (removedCount === 0) return { added, removed: [] };
  const now = new Set(came);
  return { added, removed: left.filter((row) => !now.has(row)) };
}

/** A value built from a table's rows, with the rows it was built from. */
export interface Folded<T, V> {
  readonly rows: readonly T[];
  readonly value: V;
}

/**
 * The value for `rows`: `last`'s patched with the rows that came and left (`tally` takes one row
 * away with -1, adds one with 1, changing the value in place) when at most MAX_PATCHED of either
 * did, else built again from every row. `last` itself when `rows` is the array it was built from.
 * A value patched in place is the same object: what was derived from it must be derived again
 * whenever the returned fold is not `last`.
 */
export function refold<T extends object, V>(
  last: Folded<T, V> | undefined,
  rows: readonly T[],
  build: (rows: readonly T[]) => V,
  tally: (value: V, row: T, sign: 1 | -1) => void,
): Folded<T, V> {
  if (last?.rows === rows) return last;
  const changes = last && rowChanges(last.rows, rows, MAX_PATCHED);
  if (!last || !changes) return { rows, value: build(rows) };
  for (const row of changes.removed) tally(last.value, row, -1);
  for (const row of changes.added) tally(last.value, row, 1);
  return { rows, value: last.value };
}
