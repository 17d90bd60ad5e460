/**
 * Rows stored under older, looser rules that today's record schemas refuse (a 100,001-puncture
 * entry from before the limits, a date in the year 9999) are moved out of the records into the
 * `setAside` table, whole, with the reason. Until they are, a screen could stumble on them and an
 * export would carry a file its own import refuses. The student sees what was moved and why
 * (features/backup/SetAside.tsx), can download it and can let it go; nothing is deleted unasked.
 *
 * The check runs once per version of the rules (RECORD_RULES_VERSION), after the first screen is
 * shown: it reads each table a page at a time, then moves what it found in one transaction,
 * checking each row again there, so an edit made meanwhile is never undone.
 */
import type { Table } from 'dexie';
import type { IsoDate } from '../domain/dates';
import { hasOwner } from '../domain/evidence-owners';
import type { EvidenceOwners } from '../domain/evidence-owners';
import { ROW_SCHEMAS, rowProblem } from '../domain/records/schemas';
import type { RecordTable } from '../domain/records/schemas';
import { forEachPage, keyOf } from './backup-repo';
import type { MedTechDatabase } from './database';
import { noteRowsChecked } from './meta-repo';
import type { Row } from './stored-rows';
import { toBase64 } from './stored-rows';

/** A row moved out of `table` because `problem`; `row` is exactly as it was stored. */
export interface SetAsideRow {
  id: string;
  table: RecordTable;
  row: Row;
  problem: string;
  setAsideOn: IsoDate;
}

const RECORD_TABLES = Object.keys(ROW_SCHEMAS) as RecordTable[];

function tableOf(db: MedTechDatabase, name: RecordTable): Table<Row, string> {
  return db.table(name);
}

/**
 * Move every stored row that today's rules refuse into `setAside`, and note the rules' version.
 * Returns how many rows were moved.
 */
export async function setAsideRefusedRows(db: MedTechDatabase, today: IsoDate): Promise<number> {
  const found: Array<{ table: RecordTable; key: string }> = [];
  for (const table of RECORD_TABLES)
    await forEachPage(tableOf(db, table), (rows) => {
      for (const row of rows) if (rowProblem(table, row)) found.push({ table, key: keyOf(row) });
    });

  const tables = [...RECORD_TABLES.map((table) => tableOf(db, table)), db.setAside, db.meta];
  return db.transaction('rw', tables, async () => {
    let moved = 0;
    const moveAside = async (table: RecordTable, row: Row, problem: string) => {
      const key = keyOf(row);
      await tableOf(db, table).delete(key);
      await db.setAside.put({
        id: `${table}:${key}:${crypto.randomUUID()}`,
        table,
        row,
        problem,
        setAsideOn: today,
      });
      moved += 1;
    };
    for (const { table, key } of found) {
      const row = await tableOf(db, table).get(key);
      const problem = row && rowProblem(table, row);
      if (!row || !problem) continue;
      await moveAside(table, row, problem);
    }
    // A file goes with the record it belongs to (a card, a clearance, a requirement of one's
    // own): a file without its owner is refused by every backup.
    if (moved > 0) {
      const keys = async (table: Table<Row, string>) =>
        new Set((await table.toCollection().primaryKeys()).map(String));
      const owners: EvidenceOwners = {
        certificationIds: await keys(tableOf(db, 'certifications')),
        clearanceIds: await keys(tableOf(db, 'clearances')),
        customRequirementIds: await keys(tableOf(db, 'customRequirements')),
      };
      for (const file of await db.evidenceFiles.toArray())
        if (!hasOwner(file, owners))
          await moveAside(
            'evidenceFiles',
            file as unknown as Row,
            'what it belongs to was set aside',
          );
    }
    await noteRowsChecked(db);
    return moved;
  });
}

/** What was set aside, oldest first. */
export async function readSetAside(db: MedTechDatabase): Promise<SetAsideRow[]> {
  return (await db.setAside.toArray()).sort(
    (a, b) => a.setAsideOn.localeCompare(b.setAsideOn) || a.id.localeCompare(b.id),
  );
}

/** Let one set-aside row go, for good. */
export async function discardSetAside(db: MedTechDatabase, id: string): Promise<void> {
  await db.setAside.delete(id);
}

/**
 * The set-aside rows as a JSON file's text, for the student to keep: each row exactly as it was
 * stored, an evidence file's bytes as base64. Not a backup: the app's import refuses these rows.
 */
export async function setAsideFileText(rows: readonly SetAsideRow[]): Promise<string> {
  const plain = await Promise.all(
    rows.map(async ({ row, ...rest }) => {
      const { blob, ...fields } = row;
      return {
        ...rest,
        row:
          blob instanceof Blob
            ? { ...fields, data: toBase64(new Uint8Array(await blob.arrayBuffer())) }
            : row,
      };
    }),
  );
  return JSON.stringify({ format: 'medtech-ready-set-aside', version: 1, rows: plain }, null, 2);
}
