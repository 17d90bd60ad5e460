/**
 * Undo import, the rules: how long the copy from before an import is kept, and what undoing it
 * would lose. After an import the db layer notes a fingerprint of every record; undo compares
 * the records now with that note, and anything added, changed or deleted since (in any tab) is
 * work that putting the old copy back would lose. Plain data in, plain data out: the db layer
 * (db/import-undo-repo.ts) reads and writes, the Backup screen says it in words.
 */
import { addDays } from 'date-fns';
import { BACKUP_TABLES, countOfRows } from './backup';
import type { BackupTable } from './backup';
import { isAfter, toIsoDate, toLocalDate } from './dates';
import type { IsoDate } from './dates';

/** Days the copy from before an import is kept, unless the student lets it go sooner. */
export const UNDO_KEEP_DAYS = 7;

/** The last day an import made on `importedOn` can be undone. */
export function undoKeptUntil(importedOn: IsoDate): IsoDate {
  return toIsoDate(addDays(toLocalDate(importedOn), UNDO_KEEP_DAYS));
}

/** Whether the copy is past its time on `today` (then it is let go, not offered). */
export function undoExpired(keptUntil: IsoDate, today: IsoDate): boolean {
  return isAfter(today, keptUntil);
}

/** Per table, each record's key and a fingerprint of its contents. */
export type Fingerprints = Record<string, Record<string, string>>;

/** A short hash of a string (cyrb53): equal contents give equal fingerprints. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

type Row = Record<string, unknown>;

/**
 * Add the fingerprints of some rows of `table` to `into` (a table can be read a page at a time).
 * An evidence file's bytes are not hashed: a file is never edited in place (it is added or
 * deleted), so its name, size and time identify it.
 */
export function addFingerprints(
  into: Fingerprints,
  table: BackupTable,
  rows: readonly Row[],
): void {
  const byKey = (into[table] ??= {});
  for (const row of rows) {
    const { blob, ...contents } = row;
    byKey[String(row.id ?? row.key)] = hash(JSON.stringify(contents));
  }
}

/** The fingerprints of every record. */
export function fingerprints(rows: Partial<Record<BackupTable, readonly Row[]>>): Fingerprints {
  const result: Fingerprints = {};
  for (const table of BACKUP_TABLES) addFingerprints(result, table, rows[table] ?? []);
  return result;
}

/** Records added, changed or deleted since `then`, counted per table (tables with none left out). */
export function changesSince(
  then: Fingerprints,
  now: Fingerprints,
): Partial<Record<BackupTable, number>> {
  const counts: Partial<Record<BackupTable, number>> = {};
  for (const table of BACKUP_TABLES) {
    const before = then[table] ?? {};
    const after = now[table] ?? {};
    let changed = 0;
    for (const [key, print] of Object.entries(after)) if (before[key] !== print) changed += 1;
    for (const key of Object.keys(before)) if (!(key in after)) changed += 1;
    if (changed > 0) counts[table] = changed;
  }
  return counts;
}

/**
 * A token for exactly this state of the records: undo that the student accepted, after being
 * told what it loses, goes ahead only if nothing more changed meanwhile.
 */
export function stateToken(now: Fingerprints): string {
  return hash(JSON.stringify(BACKUP_TABLES.map((table) => now[table] ?? {})));
}

/** "1 clinical log entry and 2 checklist records". */
export function describeChanges(counts: Partial<Record<BackupTable, number>>): string {
  const parts = BACKUP_TABLES.flatMap((table) => {
    const count = counts[table];
    return count ? [countOfRows(table, count)] : [];
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
