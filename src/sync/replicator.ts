/**
 * The bridge between one device's database (what the screens read) and its copy of the student's
 * Yjs document (what the server merges). Loaded only with sync on.
 *
 *   database → document   `sendNoted`: the rows the outbox names (db/outbox.ts), read as they are
 *                         now and written field by field (doc-mapping.ts writeRowChanges); a row
 *                         gone from the database is deleted from the document; then the notes
 *                         are let go.
 *   document → database   `applyDocChanges`: the rows at the slots that changed, opened and checked
 *                         by the record schemas (readRowAt), written in ONE transaction that names
 *                         the outbox, so nothing is noted back; a row the student changed again
 *                         meanwhile (a note is waiting) is left for the next round, after its
 *                         change has gone into the document and merged there.
 *   `attach`              the first round on a device: notes on; every row of the document into
 *                         the database (the document wins for a row both hold); every row of the
 *                         database the document lacks into the document (the union).
 *
 * A slot is an opaque HMAC of a row's key (crypto.ts rowSlot): the slot index remembers, per
 * table, which key each slot of this device stands for, so a delete arriving as a slot can be
 * applied. The base remembers each row as this device last sent or received it: a row sent again
 * sends only the fields changed here since, so a field another device changed meanwhile (already
 * in the document, not yet here) is not overwritten with this device's older value; and a row the
 * document no longer holds, though this device had synced it, was deleted elsewhere: it is not
 * sent back to life (a delete beats a concurrent edit). Without a base (a row new here, or after
 * a reload) the row is sent whole.
 *
 * Evidence rows carry no bytes in the document: each file travels as its own document
 * (evidence-documents.ts). A device sends a file's bytes before its row, and keeps the row's note
 * until the server has them (offline, the note waits for a later round); it writes a row it
 * receives only with the bytes, once they have arrived; and a deleted row's bytes are cleared from
 * the server, by the device that deleted it and by each device the delete reaches. Without a
 * file carrier (`files`), rows travel without bytes and apply only over a row that has them here.
 */
import type * as Y from 'yjs';
import type { MedTechDatabase } from '../db/database';
import { ackOutbox, noteAgain, readOutbox, setSyncEnabled } from '../db/outbox-repo';
import type { SyncKey } from './crypto';
import { SealError, rowSlot } from './crypto';
import type { EvidenceBytes } from './evidence-documents';
import {
  SYNCED_TABLES,
  deleteRow,
  isDeviceSetting,
  readRowAt,
  rowKeyOf,
  writeRowChanges,
} from './doc-mapping';
import type { RowProblem, SyncedTable } from './doc-mapping';

/** The origin of document changes this device made from its own database. */
export const FROM_DATABASE = 'medtech-ready:database';

/** How many outbox notes are sent per round. */
const NOTES_PER_ROUND = 500;

export interface Replica {
  db: MedTechDatabase;
  doc: Y.Doc;
  key: SyncKey;
  /** Per table, the row key each known slot stands for (rows this device has held). */
  slots: Map<SyncedTable, Map<string, string>>;
  /** Per table, each row as this device last sent it or received it, by row key. */
  base: Map<SyncedTable, Map<string, Row>>;
  /** Per table, the slot of each row key already worked out (an HMAC each). */
  keySlots: Map<SyncedTable, Map<string, string>>;
  /**
   * Per table, the row maps this device put into the document for rows it created (by slot). Two
   * devices that create the same row while apart (the same requirement ticked on one and annotated
   * on the other) each make a map for its slot, and Yjs keeps one of them whole: the device whose
   * map lost finds another map at the slot and sends its lost fields again (applyDocChanges).
   */
  made: Map<SyncedTable, Map<string, unknown>>;
  /** Where evidence bytes travel; without it, evidence rows travel without their bytes. */
  files: EvidenceBytes | undefined;
  /** Evidence ids whose bytes the server is known to hold (sent or received in this session). */
  bytesThere: Set<string>;
}

/** Slots that changed in the document, per table. */
export type SlotChanges = Map<SyncedTable, Set<string>>;

export interface RoundReport {
  /** Rows written or deleted on this side. */
  changed: number;
  /** Rows that could not be sent or kept, in words (never written). */
  problems: RowProblem[];
}

type Row = Record<string, unknown>;

/** One row's name in the sets and maps below: its table and its key (a table alone: key ''). */
const rowId = (table: string, rowKey: string) => `${table}\u0000${rowKey}`;

const isSynced = (table: string): table is SyncedTable =>
  (SYNCED_TABLES as readonly string[]).includes(table);

/** A replica of `db` in `doc`, its slot index not yet built (attach builds it). */
export function createReplica(
  db: MedTechDatabase,
  doc: Y.Doc,
  key: SyncKey,
  files?: EvidenceBytes,
): Replica {
  return {
    db,
    doc,
    key,
    slots: new Map(),
    base: new Map(),
    keySlots: new Map(),
    made: new Map(),
    files: files && oneAtATime(files),
    bytesThere: new Set(),
  };
}

/**
 * The same errands, run one after another: rows are sent and opened many at a time, but a hundred
 * files of 10 MB each must not be in memory, or on the WebSocket, at once.
 */
function oneAtATime(files: EvidenceBytes): EvidenceBytes {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <Result>(errand: () => Promise<Result>): Promise<Result> => {
    const run = last.then(errand);
    last = run.catch(() => undefined);
    return run;
  };
  return {
    send: (slot, file) => inTurn(() => files.send(slot, file)),
    receive: (slot, mimeType) => inTurn(() => files.receive(slot, mimeType)),
    clear: (slot) => inTurn(() => files.clear(slot)),
  };
}

/** Why an evidence file could not travel, in words; a network failure is not one (it waits). */
function fileProblem(error: unknown): string | undefined {
  return error instanceof SealError ? `This file cannot be read: ${error.message}` : undefined;
}

/**
 * Remove an evidence file's bytes from the server. False when the server could not be reached:
 * the caller keeps its note and tries again.
 */
async function clearBytes(replica: Replica, slot: string, rowKey: string): Promise<boolean> {
  if (replica.files === undefined) return true;
  try {
    await replica.files.clear(slot);
    replica.bytesThere.delete(rowKey);
    return true;
  } catch {
    return false;
  }
}

function baseOf(replica: Replica, table: SyncedTable): Map<string, Row> {
  let base = replica.base.get(table);
  if (!base) replica.base.set(table, (base = new Map()));
  return base;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function madeOf(replica: Replica, table: SyncedTable): Map<string, unknown> {
  let made = replica.made.get(table);
  if (!made) replica.made.set(table, (made = new Map()));
  return made;
}

function slotsOf(replica: Replica, table: SyncedTable): Map<string, string> {
  let slots = replica.slots.get(table);
  if (!slots) replica.slots.set(table, (slots = new Map()));
  return slots;
}

/** The slot of a row key, remembered in the index. */
async function slotFor(replica: Replica, table: SyncedTable, rowKey: string): Promise<string> {
  let known = replica.keySlots.get(table);
  if (!known) replica.keySlots.set(table, (known = new Map()));
  const slot = known.get(rowKey) ?? (await rowSlot(replica.key, table, rowKey));
  known.set(rowKey, slot);
  slotsOf(replica, table).set(slot, rowKey);
  return slot;
}

/**
 * How many rows are sealed or opened at once: WebCrypto answers each call on another thread, so
 * rows taken one at a time leave it idle between calls (10,000 entries took 38 s in Chromium).
 */
const ROWS_AT_ONCE = 128;

/** `work` on every item, `ROWS_AT_ONCE` at a time, results in the items' order. */
async function inGroups<Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += ROWS_AT_ONCE)
    results.push(...(await Promise.all(items.slice(start, start + ROWS_AT_ONCE).map(work))));
  return results;
}

/** A device-only setting stays on the device: never sent, never deleted from the document. */
function staysHere(table: SyncedTable, rowKey: string): boolean {
  return table === 'settings' && isDeviceSetting(rowKey);
}

/** The document's own top-level map of a table: its keys are the slots. */
function docSlots(replica: Replica, table: SyncedTable): string[] {
  return [...replica.doc.getMap(table).keys()];
}

/**
 * Write one database row (or its absence) into the document: with a base, only the fields changed
 * here since, over the document's row; a row the document lost after this device synced it stays
 * lost (deleted elsewhere: the next round deletes it here too). An evidence file's bytes go to the
 * server first, and a deleted one's are cleared there. False when that could not be done yet (the
 * server out of reach): the row's note must stay for a later round.
 */
async function sendRow(
  replica: Replica,
  table: SyncedTable,
  rowKey: string,
  row: Row | undefined,
  problems: RowProblem[],
): Promise<boolean> {
  if (staysHere(table, rowKey)) return true;
  const slot = await slotFor(replica, table, rowKey);
  const bases = baseOf(replica, table);
  const base = bases.get(rowKey);
  if (row === undefined) {
    // The row's delete first, into the device's copy at once: it beats a concurrent edit
    // elsewhere whether or not the server can be told of the bytes now.
    await deleteRow(replica.doc, replica.key, table, rowKey, FROM_DATABASE);
    bases.delete(rowKey);
    return table === 'evidenceFiles' ? clearBytes(replica, slot, rowKey) : true;
  }
  let sent = row;
  const creating = base === undefined && !replica.doc.getMap(table).has(slot);
  if (base !== undefined) {
    const there = await readRowAt(replica.doc, replica.key, table, slot);
    if (there === undefined) return true;
    if ('row' in there) {
      const merged: Row = { ...(there.row as Row) };
      for (const field of new Set([...Object.keys(row), ...Object.keys(base)])) {
        if (sameValue(row[field], base[field])) continue;
        if (row[field] === undefined) delete merged[field];
        else merged[field] = row[field];
      }
      sent = table === 'evidenceFiles' ? { ...merged, blob: row.blob } : merged;
    }
  }
  if (
    table === 'evidenceFiles' &&
    replica.files !== undefined &&
    !replica.bytesThere.has(rowKey) &&
    row.blob instanceof Blob
  ) {
    // The bytes before the row: a device that sees the row can then fetch them.
    try {
      await replica.files.send(slot, row.blob);
      replica.bytesThere.add(rowKey);
    } catch (error) {
      const problem = fileProblem(error);
      if (problem === undefined) return false;
      problems.push({ table, slot, problem });
      return true;
    }
  }
  const result = await writeRowChanges(replica.doc, replica.key, table, sent, FROM_DATABASE);
  if (!result.written && result.reason === 'invalid') {
    problems.push({ table, slot, problem: result.problem ?? 'This record cannot be sent.' });
    return true;
  }
  if (creating) madeOf(replica, table).set(slot, replica.doc.getMap(table).get(slot));
  bases.set(rowKey, row);
  return true;
}

/**
 * A whole table sent: every row of the database written, and every slot of the document that no
 * row here stands for deleted (after a Replace import, the document must hold what this device
 * holds).
 */
async function sendTable(
  replica: Replica,
  table: SyncedTable,
  problems: RowProblem[],
): Promise<boolean> {
  const rows = (await replica.db.table(table).toArray()) as Row[];
  const here = new Set<string>();
  const done = await inGroups(rows, async (row) => {
    const rowKey = String(rowKeyOf(table, row));
    here.add(await slotFor(replica, table, rowKey));
    return sendRow(replica, table, rowKey, row, problems);
  });
  const index = slotsOf(replica, table);
  // A device-only setting of another device's making is not this device's to delete.
  const gone = docSlots(replica, table).filter((slot) => {
    const rowKey = index.get(slot);
    return !here.has(slot) && !(rowKey !== undefined && staysHere(table, rowKey));
  });
  // An evidence file's bytes are cleared from the server before its row leaves the document: a
  // slot left there (the server out of reach) is found again by the next round, which this kept
  // note brings; once deleted, nothing would name the bytes to clear.
  const cleared: boolean[] = [];
  for (const slot of gone)
    cleared.push(
      table === 'evidenceFiles' ? await clearBytes(replica, slot, index.get(slot) ?? '') : true,
    );
  replica.doc.transact(() => {
    gone.forEach((slot, at) => {
      if (cleared[at]) replica.doc.getMap(table).delete(slot);
    });
  }, FROM_DATABASE);
  return [...done, ...cleared].every(Boolean);
}

/**
 * Database → document: every noted change, oldest first, coalesced per row (the row is read as
 * it is now), then the notes let go. Returns what was sent.
 */
export async function sendNoted(replica: Replica): Promise<RoundReport> {
  const problems: RowProblem[] = [];
  let changed = 0;
  let after: number | undefined;
  for (;;) {
    // Past the notes kept so far: they wait for a later round, not for this loop.
    const notes = await readOutbox(replica.db, NOTES_PER_ROUND, after);
    const last = notes.at(-1);
    if (last === undefined) break;
    after = last.seq;
    /** Rows (and tables, key '') whose evidence bytes could not travel: their notes stay. */
    const waiting = new Set<string>();
    const cleared = new Set<SyncedTable>();
    const keys = new Map<SyncedTable, Set<string>>();
    for (const note of notes) {
      if (!isSynced(note.table)) continue;
      if (note.op === 'clear') cleared.add(note.table);
      else if (note.key !== undefined) {
        let set = keys.get(note.table);
        if (!set) keys.set(note.table, (set = new Set()));
        set.add(String(note.key));
      }
    }
    for (const table of cleared) {
      if (!(await sendTable(replica, table, problems))) waiting.add(rowId(table, ''));
      changed += 1;
    }
    for (const [table, rowKeys] of keys) {
      if (cleared.has(table)) continue;
      const wanted = [...rowKeys];
      const rows = (await replica.db.table(table).bulkGet(wanted)) as (Row | undefined)[];
      await inGroups([...wanted.entries()], async ([index, rowKey]) => {
        if (!(await sendRow(replica, table, rowKey, rows[index], problems)))
          waiting.add(rowId(table, rowKey));
      });
      changed += wanted.length;
    }
    const keep = new Set(
      notes
        .filter((note) => waiting.has(rowId(note.table, String(note.key ?? ''))))
        .map((note) => note.seq),
    );
    await ackOutbox(replica.db, last.seq, keep);
    if (notes.length < NOTES_PER_ROUND) break;
  }
  return { changed, problems };
}

/** Every slot the document holds, per table: for the first round. */
export function everySlot(doc: Y.Doc): SlotChanges {
  return new Map(SYNCED_TABLES.map((table) => [table, new Set(doc.getMap(table).keys())]));
}

/**
 * Watch the document: each change (from the server, or this device's own) adds the slots it
 * touched to `into`, then `onChange` is called. Returns the function that stops watching.
 */
export function watchDocument(doc: Y.Doc, into: SlotChanges, onChange: () => void): () => void {
  const stops = SYNCED_TABLES.map((table) => {
    const map = doc.getMap(table);
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      let slots = into.get(table);
      if (!slots) into.set(table, (slots = new Set()));
      for (const event of events) {
        // A row added or removed: the table's map names the slots; a field changed: the path.
        if (event.target === map) for (const slot of event.keys.keys()) slots.add(slot);
        else if (typeof event.path[0] === 'string') slots.add(event.path[0]);
      }
      onChange();
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });
  return () => stops.forEach((stop) => stop());
}

/** Whether two rows hold the same values (an evidence row's bytes apart). */
function sameRow(a: Row, b: Row): boolean {
  const plain = ({ blob: _bytes, ...fields }: Row) => fields;
  const left = plain(a);
  const right = plain(b);
  const keys = Object.keys(left).filter((field) => left[field] !== undefined);
  return (
    keys.length === Object.keys(right).filter((field) => right[field] !== undefined).length &&
    keys.every((field) => sameValue(left[field], right[field]))
  );
}

/**
 * Document → database: the rows at `changes`' slots, opened and checked, written in one
 * transaction that names the outbox (so nothing is noted back). A row with a note waiting (changed
 * here since) is left for the next round. `changes` is emptied as the round starts; what the
 * document changes meanwhile, and the rows held, are there for the next round.
 */
export async function applyDocChanges(
  replica: Replica,
  changes: SlotChanges,
): Promise<RoundReport> {
  const problems: RowProblem[] = [];
  const puts = new Map<SyncedTable, Row[]>();
  const deletes = new Map<SyncedTable, string[]>();
  /** Where each row key's slot is, to hand a held row back to `changes`. */
  const slotOfKey = new Map<string, string>();
  /** Rows this device created whose map lost to another device's (see Replica.made). */
  const replaced = new Set<string>();
  // Taken at once: slots the document changes while these are read wait for the next round.
  const taken = [...changes];
  changes.clear();
  for (const [table, slots] of taken) {
    const index = slotsOf(replica, table);
    const tablePuts: Row[] = [];
    const tableDeletes: string[] = [];
    const reads = await inGroups([...slots], async (slot) => ({
      slot,
      read: await readRowAt(replica.doc, replica.key, table, slot),
    }));
    const made = madeOf(replica, table);
    for (const { slot, read } of reads) {
      const mine = made.get(slot);
      // Forgotten once the row is settled here (below): a row held for the next round keeps it.
      if (mine !== undefined && replica.doc.getMap(table).get(slot) !== mine) {
        if (read !== undefined && 'row' in read)
          replaced.add(rowId(table, String(rowKeyOf(table, read.row as Row))));
        else made.delete(slot);
      }
      if (read === undefined) {
        const rowKey = index.get(slot);
        if (rowKey !== undefined && !staysHere(table, rowKey)) {
          tableDeletes.push(rowKey);
          slotOfKey.set(rowId(table, rowKey), slot);
        }
      } else if ('row' in read) {
        const rowKey = String(rowKeyOf(table, read.row as Row));
        index.set(slot, rowKey);
        tablePuts.push(read.row as Row);
        slotOfKey.set(rowId(table, rowKey), slot);
      } else problems.push({ table, slot, problem: read.problem });
    }
    if (tablePuts.length > 0) puts.set(table, tablePuts);
    if (tableDeletes.length > 0) deletes.set(table, tableDeletes);
  }
  /** A row changed here meanwhile goes back to `changes`, for the round after its send. */
  const hold = (table: SyncedTable, rowKey: string) => {
    const slot = slotOfKey.get(rowId(table, rowKey));
    if (slot === undefined) return;
    let slots = changes.get(table);
    if (!slots) changes.set(table, (slots = new Set()));
    slots.add(slot);
  };
  const tables = [...new Set([...puts.keys(), ...deletes.keys()])];
  if (tables.length === 0) return { changed: 0, problems };
  const { db } = replica;
  /** Each row as this transaction leaves it (undefined: deleted), for the base once committed. */
  const settled: Array<[SyncedTable, string, Row | undefined]> = [];
  /** Evidence files this transaction deleted here (not those this device deleted itself). */
  const filesRemoved: string[] = [];
  /** Evidence rows new here: written once their bytes arrive, after this transaction. */
  const awaitingBytes: Row[] = [];
  const changed = await db.transaction(
    'rw',
    [...tables.map((table) => db.table(table)), db.outbox],
    async () => {
      const waiting = new Set(
        (await db.outbox.toArray()).map((note) => rowId(note.table, String(note.key))),
      );
      const free = (table: SyncedTable, rowKey: string) => {
        if (!waiting.has(rowId(table, rowKey))) return true;
        hold(table, rowKey);
        return false;
      };
      let count = 0;
      /** Rows to send again (their fields lost to another device's new row), [table, key]. */
      const lostFields: Array<[SyncedTable, string]> = [];
      for (const table of tables) {
        const store = db.table(table);
        const incoming = (puts.get(table) ?? []).filter((row) =>
          free(table, String(rowKeyOf(table, row))),
        );
        const current = (await store.bulkGet(
          incoming.map((row) => rowKeyOf(table, row) as string),
        )) as (Row | undefined)[];
        const writes: Row[] = [];
        incoming.forEach((row, index) => {
          const here = current[index];
          const rowKey = String(rowKeyOf(table, row));
          if (here !== undefined && sameRow(here, row)) {
            settled.push([table, rowKey, here]);
            return;
          }
          if (table === 'evidenceFiles') {
            // Info over the bytes this device holds; no bytes here yet: the row waits for them.
            if (here === undefined) {
              awaitingBytes.push(row);
              return;
            }
            writes.push({ ...row, blob: here.blob });
          } else if (here !== undefined && replaced.has(rowId(table, rowKey))) {
            // This device's new row lost its map to another device's: keep the fields only this
            // side set, and note the row, so that the next round sends them into the winner's map.
            // The base is the document's row, so that those fields count as changed here.
            const kept = Object.keys(here).filter(
              (field) => here[field] !== undefined && row[field] === undefined,
            );
            writes.push({
              ...row,
              ...Object.fromEntries(kept.map((field) => [field, here[field]])),
            });
            settled.push([table, rowKey, row]);
            if (kept.length > 0) lostFields.push([table, rowKey]);
            return;
          } else writes.push(row);
          settled.push([table, rowKey, writes.at(-1)]);
        });
        if (writes.length > 0) await store.bulkPut(writes);
        const removed = (deletes.get(table) ?? []).filter((rowKey) => free(table, rowKey));
        if (table === 'evidenceFiles' && removed.length > 0) {
          const existed = await store.bulkGet(removed);
          filesRemoved.push(...removed.filter((_, index) => existed[index] !== undefined));
        }
        if (removed.length > 0) await store.bulkDelete(removed);
        for (const rowKey of removed) settled.push([table, rowKey, undefined]);
        count += writes.length + removed.length;
      }
      for (const [table, rowKey] of lostFields) await noteAgain(db, table, rowKey);
      return count;
    },
  );
  for (const [table, rowKey, row] of settled) {
    if (row === undefined) baseOf(replica, table).delete(rowKey);
    else baseOf(replica, table).set(rowKey, row);
    const slot = slotOfKey.get(rowId(table, rowKey));
    if (slot !== undefined && replaced.has(rowId(table, rowKey)))
      madeOf(replica, table).delete(slot);
  }
  // A file deleted elsewhere: its bytes leave the server even if the device that deleted it
  // could not clear them (it went offline, or away). Nothing to do when they are gone already.
  for (const rowKey of filesRemoved) {
    const slot = slotOfKey.get(rowId('evidenceFiles', rowKey));
    if (slot !== undefined) await clearBytes(replica, slot, rowKey);
  }
  const received = await receiveFiles(replica, awaitingBytes, problems, hold);
  return { changed: changed + received, problems };
}

/**
 * Evidence rows new here, each written with its bytes once they have arrived from the file's own
 * document and opened: one file at a time, each in its own transaction that names the outbox, so
 * that the other records (written already) and the first files show while the rest arrive. A row
 * whose file could not be fetched (the server out of reach) is held for a later round; one whose
 * file the server does not hold (deleted, or not sent yet) waits until the session reconnects.
 * Returns how many rows were written.
 */
async function receiveFiles(
  replica: Replica,
  rows: readonly Row[],
  problems: RowProblem[],
  hold: (table: SyncedTable, rowKey: string) => void,
): Promise<number> {
  const { db, files } = replica;
  if (files === undefined) return 0;
  let written = 0;
  for (const row of rows) {
    const id = String(row.id);
    const slot = await slotFor(replica, 'evidenceFiles', id);
    let blob: Blob | undefined;
    try {
      blob = await files.receive(slot, String(row.mimeType));
    } catch (error) {
      const problem = fileProblem(error);
      if (problem === undefined) hold('evidenceFiles', id);
      else problems.push({ table: 'evidenceFiles', slot, problem });
      continue;
    }
    if (blob === undefined) continue;
    if (blob.size !== row.size) {
      problems.push({
        table: 'evidenceFiles',
        slot,
        problem: `The file ${String(row.name)} arrived with another size than its record says.`,
      });
      continue;
    }
    replica.bytesThere.add(id);
    const kept = { ...row, blob };
    const put = await db.transaction('rw', db.evidenceFiles, db.outbox, async () => {
      // Meanwhile the row may have been deleted or written here (a note waits): that wins.
      const noted = await db.outbox
        .filter((note) => note.table === 'evidenceFiles' && note.key === id)
        .count();
      if (noted > 0 || (await db.evidenceFiles.get(id)) !== undefined) return false;
      // Should the document have changed or deleted the row while the bytes came, that change
      // is in the next round's slots, and applies over this row.
      await db.table('evidenceFiles').put(kept);
      return true;
    });
    if (!put) continue;
    baseOf(replica, 'evidenceFiles').set(id, kept);
    written += 1;
  }
  return written;
}

/**
 * Learn the slot of every row this device holds, so that a delete arriving as a slot finds its
 * row (run as a session starts).
 */
export async function indexSlots(replica: Replica): Promise<void> {
  for (const table of SYNCED_TABLES) {
    const rowKeys = await replica.db.table(table).toCollection().primaryKeys();
    await inGroups(rowKeys, (rowKey) => slotFor(replica, table, String(rowKey)));
  }
}

/**
 * The first round on a device, with the server's document loaded: notes on from here; every row
 * the document holds into the database (the document wins where both hold a row); every row only
 * this device holds into the document. Device-only settings stay where they are.
 */
export async function attach(
  replica: Replica,
  direction: 'both' | 'in' = 'both',
): Promise<RoundReport> {
  const { db } = replica;
  // 'in': an advisor's read-only device takes the document's rows and notes nothing, sends nothing.
  if (direction === 'both') await setSyncEnabled(db, true);
  // The index first: a slot the document holds for a row this device has is that row.
  await indexSlots(replica);
  const pulled = await applyDocChanges(replica, everySlot(replica.doc));
  const problems = [...pulled.problems];
  let changed = pulled.changed;
  if (direction === 'in') return { changed, problems };
  for (const table of SYNCED_TABLES) {
    const inDoc = new Set(docSlots(replica, table));
    const rows = (await db.table(table).toArray()) as Row[];
    const sent = await inGroups(rows, async (row) => {
      const rowKey = String(rowKeyOf(table, row));
      if (inDoc.has(await slotFor(replica, table, rowKey))) return 0;
      // Not sent yet (its file could not reach the server): noted, so a later round sends it.
      if (!(await sendRow(replica, table, rowKey, row, problems)))
        await noteAgain(db, table, rowKey);
      return 1;
    });
    changed += sent.reduce((sum: number, one) => sum + one, 0);
  }
  return { changed, problems };
}
