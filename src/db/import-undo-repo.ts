/**
 * Undo import, in the database: the records from before an import are copied into the
 * `importUndo` table in the same transaction as the import (so there is never an import without
 * its copy), with a fingerprint of every record right after it. Undo checks, in one transaction,
 * whether anything changed since (domain/import-undo.ts); if nothing did, or the student accepted
 * exactly what would be lost, it puts the copy back. Kept in IndexedDB, so it survives a reload
 * and every tab sees the same copy.
 */
import type { Table } from 'dexie';
import { BACKUP_TABLES } from '../domain/backup';
import type { BackupTable } from '../domain/backup';
import type { IsoDate } from '../domain/dates';
import { addFingerprints, changesSince, stateToken } from '../domain/import-undo';
import type { Fingerprints } from '../domain/import-undo';
import { forEachPage, writeStoredRows } from './backup-repo';
import type { ImportMode, WriteReport } from './backup-repo';
import type { MedTechDatabase } from './database';
import type { Row, StoredRows } from './stored-rows';

/** What the Backup screen offers to undo. */
export interface ImportUndoOffer {
  /** When the import was made (ISO time), and the day. */
  importedAt: string;
  importedOn: IsoDate;
  /** The last day it can be undone (domain/import-undo.ts: undoKeptUntil). */
  keptUntil: IsoDate;
  mode: ImportMode;
}

/**
 * One row of the table: the offer (`id: 'offer'`), the fingerprints after the import
 * (`id: 'after'`), or a part of the copy (`id: 'rows:<table>:<n>'`, one page of forEachPage each,
 * so that no single write or read holds the page for long).
 */
export interface ImportUndoRow {
  id: string;
  offer?: ImportUndoOffer;
  fingerprints?: Fingerprints;
  table?: BackupTable;
  part?: number;
  rows?: Row[];
}

export type UndoOutcome =
  | { status: 'undone' }
  /** Nothing to undo: already undone or let go, here or in another tab. */
  | { status: 'gone' }
  /** Records changed since the import: nothing was done. `token` accepts exactly these. */
  | { status: 'changed'; changes: Partial<Record<BackupTable, number>>; token: string };

function dataTables(db: MedTechDatabase): Table[] {
  return BACKUP_TABLES.map((name) => db.table(name));
}

/** The fingerprints of every record now, read a page at a time. */
async function fingerprintsNow(db: MedTechDatabase): Promise<Fingerprints> {
  const prints: Fingerprints = {};
  for (const table of BACKUP_TABLES) {
    prints[table] = {};
    await forEachPage(db.table(table), (rows) => addFingerprints(prints, table, rows));
  }
  return prints;
}

/** The import (writeStoredRows) and the copy of what was there before, in one transaction. */
export function writeImportKeepingUndo(
  db: MedTechDatabase,
  incoming: StoredRows,
  mode: ImportMode,
  evidenceIncluded: boolean,
  offer: ImportUndoOffer,
): Promise<WriteReport> {
  return db.transaction('rw', [...dataTables(db), db.importUndo], async () => {
    await db.importUndo.clear();
    for (const table of BACKUP_TABLES)
      await forEachPage(db.table(table), (rows, part) =>
        db.importUndo.add({ id: `rows:${table}:${part}`, table, part, rows }),
      );
    const report = await writeStoredRows(db, incoming, mode, evidenceIncluded);
    const after = await fingerprintsNow(db);
    await db.importUndo.bulkAdd([
      { id: 'after', fingerprints: after },
      { id: 'offer', offer },
    ]);
    return report;
  });
}

/** The import that can be undone, if any. */
export async function readUndoOffer(db: MedTechDatabase): Promise<ImportUndoOffer | undefined> {
  return (await db.importUndo.get('offer'))?.offer;
}

/** Each part of the copy of `table`, in order, one read at a time. */
async function forEachPart(
  db: MedTechDatabase,
  table: BackupTable,
  visit: (rows: Row[]) => Promise<unknown> | void,
): Promise<void> {
  for (let part = 0; ; part += 1) {
    const stored = await db.importUndo.get(`rows:${table}:${part}`);
    if (!stored?.rows) return;
    await visit(stored.rows);
  }
}

/** The records from before the import, exactly as they were stored. */
export function readPreImportCopy(db: MedTechDatabase): Promise<StoredRows | undefined> {
  return db.transaction('r', db.importUndo, async () => {
    if (!(await db.importUndo.get('offer'))) return undefined;
    const copy = {} as StoredRows;
    for (const table of BACKUP_TABLES) {
      const rows: Row[] = [];
      await forEachPart(db, table, (part) => {
        for (const row of part) rows.push(row);
      });
      copy[table] = rows;
    }
    return copy;
  });
}

/**
 * Undo the import: put the copy back, unless records changed since the import. Then nothing is
 * done and the changes are counted, unless `accepted` is the token of exactly this state (the
 * student saw these counts and chose to lose them). One transaction: no write from another tab
 * can land between the check and the restore.
 */
export function undoImport(db: MedTechDatabase, accepted?: string): Promise<UndoOutcome> {
  return db.transaction('rw', [...dataTables(db), db.importUndo], async () => {
    const after = (await db.importUndo.get('after'))?.fingerprints;
    if (!after || !(await db.importUndo.get('offer'))) return { status: 'gone' } as const;
    const now = await fingerprintsNow(db);
    const changes = changesSince(after, now);
    const token = stateToken(now);
    if (Object.keys(changes).length > 0 && accepted !== token)
      return { status: 'changed', changes, token } as const;
    for (const table of BACKUP_TABLES) {
      await db.table(table).clear();
      await forEachPart(db, table, (rows) => db.table(table).bulkAdd(rows));
    }
    await db.importUndo.clear();
    return { status: 'undone' } as const;
  });
}

/** Let the copy go: the import stays, and can no longer be undone. */
export async function letUndoGo(db: MedTechDatabase): Promise<void> {
  await db.importUndo.clear();
}
