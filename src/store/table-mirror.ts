/**
 * A whole table mirrored row by row. The table is read once; after that each commit that touches
 * it (this tab's or another's: Dexie announces both as "storagemutated", with the primary keys it
 * wrote) re-reads only those rows, so logging one hour in a log of 10,000 entries reads one row,
 * not 10,000. A commit that names a range instead of keys (a clear, a bulk write of 50 rows or
 * more, a new database) re-reads the whole table, as before.
 *
 * The rows stay in primary-key order, as a whole read returns them, and a row nobody wrote keeps
 * its identity, so what is built from it need not be built again.
 *
 * The echo (store/echo.ts): each read notes the announcement counters as it starts. A commit
 * announced by then had committed before the read's transaction began, so the read sees it; a
 * commit announced later marks its rows again and is read by the next round.
 */
import Dexie, { RangeSet, cmp } from 'dexie';
import type { IndexableType, IntervalTree, Table } from 'dexie';
import type { MedTechDatabase } from '../db/database';
import type { SliceTable } from '../db/snapshot';
import { readNote } from './echo';

/** Past this many rows in one round, one read of the whole table is the cheaper way. */
const ROWS_READ_ONE_BY_ONE = 500;

type Row = object;
type Key = IndexableType;

/**
 * `rows` (in key order, as `keyOf` reads them) with `changes` applied: a row for a key replaces
 * or inserts it, `undefined` deletes it. Returns a new array; untouched rows are the same objects.
 */
export function patchRows<T extends Row>(
  rows: readonly T[],
  keyOf: (row: T) => Key,
  changes: ReadonlyArray<readonly [Key, T | undefined]>,
): T[] {
  const next = rows.slice();
  const keyAt = (index: number) => keyOf(next[index] as T);
  for (const [key, row] of changes) {
    // Binary search for the key's place.
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cmp(keyAt(middle), key) < 0) low = middle + 1;
      else high = middle;
    }
    const present = low < next.length && cmp(keyAt(low), key) === 0;
    if (row === undefined) {
      if (present) next.splice(low, 1);
    } else if (present) next[low] = row;
    else next.splice(low, 0, row);
  }
  return next;
}

/**
 * The primary keys a commit's announcement names for one table: a list when it names single
 * keys, 'all' when it names a range, undefined when it does not touch the table.
 */
export function keysNamed(
  parts: Record<string, unknown>,
  dbName: string,
  table: string,
): Key[] | 'all' | undefined {
  const part = parts[`idb://${dbName}/${table}/`] as IntervalTree | undefined;
  if (!part) return undefined;
  // From another tab the set arrives as plain objects; the RangeSet is rebuilt to walk it.
  const ranges = new RangeSet().add(part);
  const keys: Key[] = [];
  for (const range of ranges) {
    if (cmp(range.from, range.to) !== 0) return 'all';
    keys.push(range.from);
  }
  return keys;
}

/**
 * Mirror `table`: `deliver` receives every state of its rows, with the echo note of the read;
 * `fail` the first error (after which nothing more is delivered).
 */
export function mirrorTable<T extends Row>(
  db: MedTechDatabase,
  table: SliceTable,
  deliver: (rows: T[], note: ReadonlyMap<string, number>) => void,
  fail: (error: unknown) => void,
): () => void {
  // The table's own property, as every reader uses (db.table(name) can be another object).
  const store = db[table] as unknown as Table<T, Key>;
  // Every record table is keyed by one property of its rows (db/schema.ts).
  const keyPath = store.schema.primKey.keyPath as string;
  const keyOf = (row: T) => (row as Record<string, Key>)[keyPath] as Key;

  let rows: T[] = [];
  let dirty: Set<Key> | 'all' | undefined = 'all';
  let running = false;
  let stopped = false;

  async function run(): Promise<void> {
    if (running || stopped) return;
    running = true;
    try {
      while (dirty !== undefined && !stopped) {
        const work = dirty;
        dirty = undefined;
        const note = readNote([table]);
        if (work === 'all') rows = await store.toArray();
        else {
          const keys = [...work];
          const found = await store.bulkGet(keys);
          rows = patchRows(
            rows,
            keyOf,
            keys.map((key, index) => [key, found[index]] as const),
          );
        }
        if (!stopped) deliver(rows, note);
      }
    } catch (error) {
      if (!stopped) {
        stop();
        fail(error);
      }
    } finally {
      running = false;
    }
  }

  function mark(parts: Record<string, unknown>): void {
    const keys = keysNamed(parts, db.name, table);
    if (keys === undefined) return;
    if (keys === 'all' || dirty === 'all') dirty = 'all';
    else {
      dirty ??= new Set();
      for (const key of keys) dirty.add(key);
      if (dirty.size > ROWS_READ_ONE_BY_ONE) dirty = 'all';
    }
    // Not from inside the announcement: echo.ts counts the same announcement after this listener
    // may have run, and a read's note must include it.
    void Promise.resolve().then(run);
  }

  function stop(): void {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(mark);
  }

  Dexie.on('storagemutated', mark);
  void Promise.resolve().then(run);
  return stop;
}
