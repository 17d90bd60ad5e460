/**
 * Lets a write wait for its own echo and nothing else. Dexie announces every committed write (this
 * tab's and, through a BroadcastChannel, other tabs') with the tables it touched; each
 * announcement bumps a counter per table. Each slice read notes the counters as it finishes; once
 * the store holds a read whose note includes a write's announcement, the screens show that write.
 *
 * Why a note taken as the read finishes is safe: Dexie never delivers a live-query result that a
 * commit overlapped while it was being read (it drops it and reads again), so every commit counted
 * in a delivered note was already in the database when the read began.
 *
 * No timers decide anything here: a write that touched no table resolves at once, and one whose
 * tables are not mirrored does not wait. The guard below only keeps a bug from freezing a form.
 */
import Dexie from 'dexie';

const announced = new Map<string, number>();
const mirrored = new Map<string, number>();
const waiting = new Set<() => void>();
let tracked: ReadonlySet<string> = new Set();

/** Long enough never to matter on a working app; only a bug in the echo would reach it. */
const BUG_GUARD_MS = 15_000;

/** The table names in a Dexie "storagemutated" announcement (its keys are idb://db/table/index). */
export function tablesIn(parts: Record<string, unknown>): Set<string> {
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    const table = /^idb:\/\/[^/]*\/([^/]+)\//.exec(key)?.[1];
    if (table) tables.add(table);
  }
  return tables;
}

function count(parts: Record<string, unknown>): void {
  for (const table of tablesIn(parts)) announced.set(table, (announced.get(table) ?? 0) + 1);
}

/** Start counting; `tables` are the ones the mirror reads. Returns the function that stops it. */
export function startEchoTracking(tables: Iterable<string>): () => void {
  tracked = new Set(tables);
  Dexie.on('storagemutated', count);
  return () => {
    Dexie.on('storagemutated').unsubscribe(count);
    tracked = new Set();
    announced.clear();
    mirrored.clear();
    wake();
  };
}

/** The counters of `tables`, noted as a slice read finishes. */
export function readNote(tables: readonly string[]): ReadonlyMap<string, number> {
  return new Map(tables.map((table) => [table, announced.get(table) ?? 0]));
}

/** A read with this note is now in the store. */
export function markMirrored(note: ReadonlyMap<string, number>): void {
  for (const [table, seen] of note) {
    if (seen > (mirrored.get(table) ?? -1)) mirrored.set(table, seen);
  }
  wake();
}

function wake(): void {
  for (const check of [...waiting]) check();
}

/**
 * Run `write`, then resolve with its result once every mirrored table that its commit touched has
 * been re-read into the store.
 */
export async function writeAndAwaitEcho<T>(write: () => Promise<T>): Promise<T> {
  const touched = new Set<string>();
  const collect = (parts: Record<string, unknown>) => {
    for (const table of tablesIn(parts)) touched.add(table);
  };
  Dexie.on('storagemutated', collect);
  let result: T;
  try {
    result = await write();
  } finally {
    Dexie.on('storagemutated').unsubscribe(collect);
  }
  // By now the commit's announcement has been counted (Dexie announces before it resolves).
  const needed = [...touched]
    .filter((table) => tracked.has(table))
    .map((table) => [table, announced.get(table) ?? 0] as const);
  if (needed.length === 0) return result;
  await new Promise<void>((resolve) => {
    const guard = setTimeout(done, BUG_GUARD_MS);
    function done() {
      clearTimeout(guard);
      waiting.delete(check);
      resolve();
    }
    function check() {
      if (tracked.size === 0 || needed.every(([table, n]) => (mirrored.get(table) ?? -1) >= n))
        done();
    }
    waiting.add(check);
    check();
  });
  return result;
}
