/**
 * How a student's records live in one Yjs document, the document the sync server merges:
 *
 *   doc.getMap(<table>)            one top-level map per table that travels in a backup
 *     .get(<slot>)                 one nested map per row, under its opaque slot (crypto.ts rowSlot)
 *       .get(<field name>)         the field's value, sealed (crypto.ts sealValue) at
 *                                  "<table>/<slot>/<field>"; field names stay plain so that Yjs
 *                                  merges per field: two devices editing different fields of a
 *                                  row both keep their edit
 *   doc.getMap('sync').get('format')  the version of this layout (plain), for an older app to pause
 *
 * A row's delete removes its nested map: an edit made concurrently inside it goes with it (a
 * delete beats a concurrent edit). Only fields whose value changed are written, so a device never
 * overwrites another's concurrent edit of a field it did not touch. Rows read back are opened and
 * checked by the same record schemas the database and the backup gate use (records/schemas.ts);
 * a row that fails is reported, never returned. Evidence bytes are not here: an evidence row is
 * its info only, its bytes travel as their own document (evidence-documents.ts). Device-only
 * settings (the theme, the day of this device's last backup) never enter the document.
 *
 * Known limit, for the outbox to handle: two devices that create the *same* row key while apart
 * (a requirement's state, a setting, the degree record: their keys are not random) each make a
 * nested map under the same slot, and Yjs keeps one of them. Writing the local row again after the
 * sync (writeRowChanges compares with the document) restores the lost fields; a test shows it.
 *
 * No store, no Dexie, no React: callers pass rows in and write rows out.
 */
import * as Y from 'yjs';
import type * as z from 'zod/mini';
import { ROW_SCHEMAS, evidenceFileInfoSchema } from '../domain/records/schemas';
import type { RecordTable } from '../domain/records/schemas';
import { fieldProblem, nameRecord } from '../domain/records/record-names';
import type { SettingKey } from '../domain/settings';
import { SealError, openValue, rowSlot, sealValue } from './crypto';
import type { SyncKey } from './crypto';

/**
 * Each table's row schema: the database's (records/schemas.ts), but an evidence file is its info
 * without its bytes, which travel apart.
 */
export const SYNCED_ROW_SCHEMAS = {
  ...ROW_SCHEMAS,
  evidenceFiles: evidenceFileInfoSchema,
} as const;

/**
 * The tables that travel: the record tables, which are the backup's (a test holds them equal to
 * domain/backup.ts's BACKUP_TABLES; read from here so that the backup gate stays out of the chunk).
 */
export type SyncedTable = RecordTable;
export const SYNCED_TABLES = Object.keys(SYNCED_ROW_SCHEMAS) as readonly SyncedTable[];
export type SyncedRow<Table extends SyncedTable> = z.infer<(typeof SYNCED_ROW_SCHEMAS)[Table]>;
export type SyncedRows = { [Table in SyncedTable]: SyncedRow<Table>[] };

/**
 * Where each setting lives. Every setting must be named here (the type says so): a new one is
 * either the student's, and follows them, or this device's.
 */
export const SETTING_REACH: Record<SettingKey, 'student' | 'device'> = {
  pathwayId: 'student',
  applicationDate: 'student',
  warningDays: 'student',
  alarmDays: 'student',
  clinicalTargets: 'student',
  studentName: 'student',
  /** The student finished the welcome; a paired device need not ask again. */
  welcomedOn: 'student',
  /** Light or dark is a choice per screen. */
  theme: 'device',
  /** The day a backup was exported from this device, for this device's reminder. */
  lastBackupOn: 'device',
};

/** Whether a setting stays on the device: device-only, or unknown to this version. */
export function isDeviceSetting(key: string): boolean {
  return !Object.hasOwn(SETTING_REACH, key) || SETTING_REACH[key as SettingKey] === 'device';
}

/** The layout version written into the document; an app that finds a newer one must pause. */
export const SYNC_FORMAT_VERSION = 1;

/** The layout version a document was written in; undefined for a new, empty document. */
export function documentFormat(doc: Y.Doc): number | undefined {
  const format = doc.getMap('sync').get('format');
  return typeof format === 'number' ? format : undefined;
}

/** Mark the document as written in this layout (only ever raises the version). */
export function stampFormat(doc: Y.Doc, origin?: unknown): void {
  const current = documentFormat(doc);
  if (current === undefined || current < SYNC_FORMAT_VERSION)
    doc.transact(() => doc.getMap('sync').set('format', SYNC_FORMAT_VERSION), origin);
}

/** The name of a row's primary key: checklist states and settings have a key, the rest an id. */
function keyField(table: SyncedTable): 'key' | 'id' {
  return table === 'requirementStates' || table === 'settings' ? 'key' : 'id';
}

/** A row's primary key: its `key` or its `id`. */
export function rowKeyOf(table: SyncedTable, row: Record<string, unknown>): unknown {
  return row[keyField(table)];
}

function tableMap(doc: Y.Doc, table: SyncedTable): Y.Map<Y.Map<string>> {
  return doc.getMap<Y.Map<string>>(table);
}

/**
 * A row's map, or undefined. Only the key holders can seal values, but anyone who can write to the
 * server can put anything anywhere: what is not a map is no row (and a write replaces it).
 */
function rowMap(doc: Y.Doc, table: SyncedTable, slot: string): Y.Map<string> | undefined {
  const found: unknown = tableMap(doc, table).get(slot);
  return found instanceof Y.Map ? (found as Y.Map<string>) : undefined;
}

const place = (table: SyncedTable, slot: string, field: string) => `${table}/${slot}/${field}`;

/** A row that could not be read back, and why, in words. */
export interface RowProblem {
  table: SyncedTable;
  slot: string;
  problem: string;
}

/** What a write did: fields written and removed, or why it was refused. */
export type WriteResult =
  | { written: true; slot: string; changed: string[]; removed: string[] }
  | { written: false; reason: 'device-only' | 'invalid'; problem?: string };

function schemaProblem(table: SyncedTable, row: unknown): string | null {
  const result = SYNCED_ROW_SCHEMAS[table].safeParse(row);
  if (result.success) return null;
  const words = result.error.issues
    .slice(0, 3)
    .map((issue) => fieldProblem(issue.path, issue.message))
    .join('; ');
  return `${nameRecord(table, row)} cannot be kept: ${words}.`;
}

/** A row's fields opened, each paired with the value as the document holds it. */
async function openRow(
  key: SyncKey,
  table: SyncedTable,
  slot: string,
  sealed: Y.Map<string>,
): Promise<Record<string, unknown>> {
  const fields = [...sealed.entries()];
  const opened = await Promise.all(
    fields.map(([field, value]) =>
      typeof value === 'string'
        ? openValue(key, value, place(table, slot, field))
        : Promise.reject(new SealError('not-sealed', `Its ${field} is not encrypted.`)),
    ),
  );
  return Object.fromEntries(fields.map(([field], index) => [field, opened[index]]));
}

/**
 * Write a row into the document: only the fields whose value differs from the document's, and
 * remove the fields the row no longer has. The row is checked by its table's schema first (an
 * evidence file's `blob` is left out: its bytes travel apart); device-only settings are not written.
 */
export async function writeRowChanges<Table extends SyncedTable>(
  doc: Y.Doc,
  key: SyncKey,
  table: Table,
  row: SyncedRow<Table> | (Record<string, unknown> & { blob?: unknown }),
  origin?: unknown,
): Promise<WriteResult> {
  const { blob: _bytes, ...fields } = row as Record<string, unknown>;
  const plain = table === 'evidenceFiles' ? fields : (row as Record<string, unknown>);
  if (table === 'settings' && isDeviceSetting(String(plain.key)))
    return { written: false, reason: 'device-only' };
  const problem = schemaProblem(table, plain);
  if (problem !== null) return { written: false, reason: 'invalid', problem };
  const slot = await rowSlot(key, table, String(rowKeyOf(table, plain)));
  const existing = rowMap(doc, table, slot);
  let current: Record<string, unknown> = {};
  if (existing !== undefined) {
    // A field the document holds but this key cannot open is simply written again.
    const entries = await Promise.all(
      [...existing.entries()].map(async ([field, value]) => {
        try {
          return [field, await openValue(key, value, place(table, slot, field))] as const;
        } catch {
          return [field, undefined] as const;
        }
      }),
    );
    current = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }
  const changedFields = Object.entries(plain).filter(
    ([field, value]) =>
      value !== undefined &&
      (!Object.hasOwn(current, field) || JSON.stringify(current[field]) !== JSON.stringify(value)),
  );
  const sealed = await Promise.all(
    changedFields.map(([field, value]) => sealValue(key, value, place(table, slot, field))),
  );
  const removed = existing
    ? [...existing.keys()].filter((field) => plain[field] === undefined)
    : [];
  if (existing !== undefined && changedFields.length === 0 && removed.length === 0)
    return { written: true, slot, changed: [], removed: [] };
  doc.transact(() => {
    const rows = tableMap(doc, table);
    // Looked up again: a remote update may have arrived while the values were being sealed.
    let target = rowMap(doc, table, slot);
    if (target === undefined) {
      target = new Y.Map<string>();
      rows.set(slot, target);
    }
    changedFields.forEach(([field], index) => target.set(field, sealed[index] as string));
    for (const field of removed) target.delete(field);
  }, origin);
  return { written: true, slot, changed: changedFields.map(([field]) => field), removed };
}

/** Remove a row from the document (a concurrent edit of it elsewhere goes with it). */
export async function deleteRow(
  doc: Y.Doc,
  key: SyncKey,
  table: SyncedTable,
  rowKey: string,
  origin?: unknown,
): Promise<void> {
  const slot = await rowSlot(key, table, rowKey);
  doc.transact(() => tableMap(doc, table).delete(slot), origin);
}

/**
 * One row of the document, opened and checked, or the problem with it. A row whose key does not
 * name its slot (moved there by someone without the key) is refused too.
 */
export async function readRowAt<Table extends SyncedTable>(
  doc: Y.Doc,
  key: SyncKey,
  table: Table,
  slot: string,
): Promise<{ row: SyncedRow<Table> } | { problem: string } | undefined> {
  if (!tableMap(doc, table).has(slot)) return undefined;
  const sealed = rowMap(doc, table, slot);
  if (sealed === undefined) return { problem: 'This record is not in the expected form.' };
  let row: Record<string, unknown>;
  try {
    row = await openRow(key, table, slot, sealed);
  } catch (error) {
    if (error instanceof SealError)
      return { problem: `This record cannot be read: ${error.message}` };
    throw error;
  }
  const rowKey = rowKeyOf(table, row);
  if (typeof rowKey !== 'string' || (await rowSlot(key, table, rowKey)) !== slot)
    return { problem: 'This record is not where its key says it belongs.' };
  if (table === 'settings' && isDeviceSetting(rowKey))
    return { problem: 'This setting belongs to one device only.' };
  const parsed = SYNCED_ROW_SCHEMAS[table].safeParse(row);
  if (!parsed.success) return { problem: schemaProblem(table, row) as string };
  return { row: parsed.data as SyncedRow<Table> };
}

/**
 * Every row of the document, opened and checked by its table's schema; the rows that fail are in
 * `problems` (not in `rows`), for the caller to report and never write.
 */
export async function readDocument(
  doc: Y.Doc,
  key: SyncKey,
): Promise<{ rows: SyncedRows; problems: RowProblem[] }> {
  const rows = Object.fromEntries(SYNCED_TABLES.map((table) => [table, []])) as unknown as Record<
    SyncedTable,
    unknown[]
  >;
  const problems: RowProblem[] = [];
  for (const table of SYNCED_TABLES) {
    const slots = [...tableMap(doc, table).keys()];
    const results = await Promise.all(slots.map((slot) => readRowAt(doc, key, table, slot)));
    results.forEach((result, index) => {
      const slot = slots[index] as string;
      if (result === undefined) return;
      if ('row' in result) rows[table].push(result.row);
      else problems.push({ table, slot, problem: result.problem });
    });
  }
  return { rows: rows as SyncedRows, problems };
}
