/**
 * What one commit changed in a mirrored table (table-mirror.ts hands over a new array on every
 * commit, but a row nobody wrote keeps its identity): the rows that came and the rows that left.
 * The views built from a table (sorted-view.ts, clinical-figures.ts) patch themselves with it
 * instead of going over 10,000 rows again. A row replaced by a write counts as one that left and
 * one that came. No row may appear twice in one array.
 */

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
