/**
 * The sync outbox's hook: while sync is on for this database, every change to a record table (the
 * tables a backup carries) also notes which row changed in `outbox`, in the same IndexedDB
 * transaction, so a change is never stored without its note nor noted without being stored. The
 * sync code, loaded on demand, reads the notes, sends the rows as they are then and acknowledges
 * them (outbox-repo.ts). Device-only tables (meta, setAside, importUndo, outbox) are never noted.
 *
 * It ships with the first screen, so it stays tiny: no schemas, no sync code. With sync off it
 * adds nothing to a transaction and writes nothing. Whether sync is on is a fact in `meta`, read
 * when the database opens and again whenever `meta` changes, here or in another tab.
 */
import Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { MAX_ROWS } from '../domain/records/limits';

/**
 * One noted change, in the order of `seq`. 'put' and 'delete' name the row by its key; 'clear'
 * says rows of the table were deleted by range (a clear, a Replace import), without keys: the sync
 * code compares the whole table. Writes to one row are appended, not merged: the sync code
 * coalesces, reading each row as it is when it sends. A device-only setting (the theme) is noted
 * like any setting; the sync code leaves it out.
 */
export interface OutboxRow {
  seq: number;
  table: string;
  key?: string;
  op: 'put' | 'delete' | 'clear';
  /** When the change was noted (ISO time). */
  at: string;
}

/** The `meta` row saying sync is on for this database. */
export const SYNC_ENABLED_KEY = 'syncEnabled';

const OUTBOX = 'outbox';
const syncEnabled = new WeakMap<Dexie, boolean>();

/** The record tables: the tables MAX_ROWS limits, which are the backup's (a test holds it). */
const isRecordTable = (name: string) => Object.hasOwn(MAX_ROWS, name);

/** Tell the hook that sync was turned on or off (outbox-repo.ts setSyncEnabled). */
export function noteSyncEnabled(db: Dexie, on: boolean): void {
  syncEnabled.set(db, on);
}

function noted(table: string, request: DBCoreMutateRequest, keys: unknown[] | undefined) {
  const at = new Date().toISOString();
  if (request.type === 'deleteRange') return [{ table, op: 'clear', at }];
  const op = request.type === 'delete' ? 'delete' : 'put';
  return (keys ?? []).filter((key) => key !== undefined).map((key) => ({ table, key, op, at }));
}

/** Register the outbox's middleware and its reading of the sync flag on `db` (database.ts). */
export function registerOutbox(db: Dexie): void {
  // Transactions given the outbox by this hook: only their changes are noted. A transaction that
  // names the outbox itself is the sync code's own (writing remote changes): nothing to send back.
  const noting = new WeakSet<DBCoreTransaction>();
  const readFlag = (reader: Dexie) =>
    reader
      .table('meta')
      .get(SYNC_ENABLED_KEY)
      .then((row?: { value: unknown }) => noteSyncEnabled(db, row?.value === true));
  db.on('ready', readFlag, true);
  // Another tab may turn sync on or off. A failed read (the database closing) changes nothing:
  // the next open reads the flag again.
  Dexie.on('storagemutated', (parts) => {
    if (parts[`idb://${db.name}/meta/`] && db.isOpen()) readFlag(db).catch(() => undefined);
  });
  db.use({
    stack: 'dbcore',
    name: 'outbox',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const note =
          mode === 'readwrite' &&
          syncEnabled.get(db) === true &&
          !stores.includes(OUTBOX) &&
          stores.some(isRecordTable);
        const trans = down.transaction(note ? [...stores, OUTBOX] : stores, mode, options);
        if (note) noting.add(trans);
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (!isRecordTable(name)) return table;
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).then((response) => {
              if (!noting.has(request.trans)) return response;
              const keys = request.type === 'delete' ? request.keys : response.results;
              const values = noted(name, request, keys);
              if (values.length === 0) return response;
              return down
                .table(OUTBOX)
                .mutate({ type: 'add', trans: request.trans, values })
                .then(() => response);
            }),
        };
      },
    }),
  });
}
