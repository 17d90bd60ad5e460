/**
 * Random commits as the table mirror (store/table-mirror.ts) delivers them, for the property tests
 * of the views patched from it (sorted-view, clinical-figures): rows removed, rows replaced by new
 * objects, rows added anywhere, and now and then more rows than a patch takes (an import).
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

export interface Commit<T, V> {
  remove: number[];
  replace: [number, V][];
  add: [T, number][];
  bulk: boolean;
}

/** A commit of rows from `newRow`, replacing rows with values from `value`. */
export function commitOf<T, V>(newRow: Arbitrary<T>, value: Arbitrary<V>): Arbitrary<Commit<T, V>> {
  return fc.record({
    remove: fc.array(fc.nat(), { maxLength: 4 }),
    replace: fc.array(fc.tuple(fc.nat(), value), { maxLength: 3 }),
    add: fc.array(fc.tuple(newRow, fc.nat()), { maxLength: 5 }),
    bulk: fc.boolean(),
  });
}

/**
 * The rows after `commit`: a new array, as the mirror hands over, in which every row nobody wrote
 * is the same object. `replaced` makes a row's new version; `many` the rows of an import.
 */
export function applyCommit<T extends object, V>(
  rows: readonly T[],
  { remove, replace, add, bulk }: Commit<T, V>,
  replaced: (row: T, value: V) => T,
  many: () => T[],
): T[] {
  const next = rows.slice();
  for (const index of remove) if (next.length > 0) next.splice(index % next.length, 1);
  for (const [index, value] of replace)
    if (next.length > 0) {
      const at = index % next.length;
      next[at] = replaced(next[at] as T, value);
    }
  // Anywhere, as the mirror places a row by its key.
  for (const [row, index] of add) next.splice(index % (next.length + 1), 0, row);
  return bulk ? next.concat(many()) : next;
}
