/**
 * Reading every table for a backup, and writing a parsed backup back: Replace or Merge, all of it
 * in one Dexie transaction, so a failure part-way leaves the database exactly as it was. Also the
 * raw copy kept before an import so that "Undo import" can restore it exactly.
 */
import type { Table } from 'dexie';
import type { BackupData, BackupTable } from '../domain/backup';
import { BACKUP_TABLES } from '../domain/backup';
import { hasOwner } from '../domain/evidence-owners';
import { mergeClinicalEntries } from '../domain/merge';
import type { ClinicalEntry } from '../domain/types';
import type { MedTechDatabase } from './database';
import { toBackupData, toStoredRows } from './stored-rows';
import type { Row, StoredRows } from './stored-rows';

export type { StoredRows };

function tableOf(db: MedTechDatabase, name: BackupTable): Table<Row, string> {
  return db.table(name);
}

function tables(db: MedTechDatabase): Table<Row, string>[] {
  return BACKUP_TABLES.map((name) => tableOf(db, name));
}

/** The primary key of a row: `key` for requirement states and settings, `id` elsewhere. */
export function keyOf(row: Row): string {
  return String(row.id ?? row.key);
}

/** When a row last changed, for "newer record wins"; a stamp that is not a time counts as oldest. */
function stampOf(row: Row): number {
  const time = Date.parse(String(row.updatedAt ?? row.addedAt ?? row.createdAt ?? ''));
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

export async function readStoredRows(db: MedTechDatabase): Promise<StoredRows> {
  return db.transaction('r', tables(db), async () => {
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await tableOf(db, name).toArray()] as const),
    );
    return Object.fromEntries(entries) as StoredRows;
  });
}

/** Put back rows read by readStoredRows, exactly: every table cleared and refilled together. */
export function restoreStoredRows(db: MedTechDatabase, rows: StoredRows): Promise<void> {
  return db.transaction('rw', tables(db), async () => {
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      await table.clear();
      await inBatches(rows[name], (batch) => table.bulkAdd(batch));
    }
  });
}

/** Everything in the database as backup data; evidence files encoded, or left out. */
export async function readBackupData(
  db: MedTechDatabase,
  includeEvidence: boolean,
): Promise<BackupData> {
  return toBackupData(await readStoredRows(db), includeEvidence);
}

export type ImportMode = 'replace' | 'merge';

/**
 * Write a parsed backup. Replace: the database becomes the backup. Merge: records are matched by
 * their key; a record from the file wins only where it is newer, so nothing is duplicated.
 * One transaction: a failure anywhere writes nothing.
 */
export function writeBackup(
  db: MedTechDatabase,
  data: BackupData,
  mode: ImportMode,
  evidenceIncluded: boolean,
): Promise<WriteReport> {
  return writeStoredRows(db, toStoredRows(data), mode, evidenceIncluded);
}

/**
 * Rows are written this many at a time. Each batch is its own task on the main thread, so a
 * 20,000-row import never blocks the page for long; they all stay in one transaction.
 */
const WRITE_BATCH = 1_000;

async function inBatches(rows: Row[], write: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH)
    await write(rows.slice(start, start + WRITE_BATCH));
}

/** Rows per page when a whole table is read in pages. */
const READ_PAGE = 1_000;

/**
 * Every row of a table in primary-key order, a page at a time. Each page is its own request, so
 * the browser decodes it in its own task: 20,000 rows read at once would hold the page 250 ms+.
 */
export async function forEachPage(
  table: Table<Row, string>,
  visit: (rows: Row[], page: number) => Promise<unknown> | void,
): Promise<void> {
  let rows = await table.orderBy(':id').limit(READ_PAGE).toArray();
  for (let page = 0; rows.length > 0; page += 1) {
    await visit(rows, page);
    if (rows.length < READ_PAGE) return;
    rows = await table
      .where(':id')
      .above(keyOf(rows.at(-1) as Row))
      .limit(READ_PAGE)
      .toArray();
  }
}

/** writeBackup for rows already decoded (by the import worker): same rules, one transaction. */
export async function writeStoredRows(
  db: MedTechDatabase,
  incoming: StoredRows,
  mode: ImportMode,
  evidenceIncluded: boolean,
): Promise<WriteReport> {
  const ids = (rows: Row[]) => new Set(rows.map((row) => String(row.id)));
  const owners = {
    certificationIds: ids(incoming.certifications),
    clearanceIds: ids(incoming.clearances),
    customRequirementIds: ids(incoming.customRequirements),
  };
  const report: WriteReport = { leftOut: [] };
  await db.transaction('rw', tables(db), async () => {
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      const rows = incoming[name];
      if (name === 'evidenceFiles' && !evidenceIncluded) {
        // A backup made without files keeps the files here, for the records it still has.
        if (mode === 'replace') await table.filter((file) => !hasOwner(file, owners)).delete();
        continue;
      }
      if (mode === 'replace') {
        await table.clear();
        await inBatches(rows, (batch) => table.bulkAdd(batch));
        continue;
      }
      const existing = await table.bulkGet(rows.map(keyOf));
      const newer = rows.filter((row, index) => {
        const current = existing[index];
        return current === undefined || stampOf(row) > stampOf(current);
      });
      if (name === 'clinicalEntries') {
        // The form's rule holds after a merge too: no day over 24 hours.
        const here: Row[] = [];
        await forEachPage(table, (rows) => {
          for (const row of rows) here.push(row);
        });
        const merged = mergeClinicalEntries(
          here as unknown as ClinicalEntry[],
          newer as unknown as ClinicalEntry[],
        );
        report.leftOut.push(...merged.refused.map((refusal) => refusal.reason));
        await inBatches(merged.accepted as unknown as Row[], (batch) => table.bulkPut(batch));
        continue;
      }
      await inBatches(newer, (batch) => table.bulkPut(batch));
    }
  });
  return report;
}

/** What a write could not take, in words (a merge keeps the form's rules). */
export interface WriteReport {
  leftOut: string[];
}
