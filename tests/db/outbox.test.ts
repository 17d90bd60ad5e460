/**
 * The sync outbox (db/outbox.ts, db/outbox-repo.ts): while sync is on, every change to a record,
 * whichever repository makes it, notes its row in the same transaction; with sync off, and for
 * the device's own tables, nothing is noted; the sync code reads the notes in order and lets go
 * of those sent. Nothing of the outbox reaches a backup.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readBackupData,
  readStoredRows,
  restoreStoredRows,
  writeBackup,
} from '../../src/db/backup-repo';
import {
  addCustomRequirement,
  removeCustomRequirement,
  saveRequirementEdit,
  setCompletion,
} from '../../src/db/checklist-repo';
import { MedTechDatabase } from '../../src/db/database';
import { attachEvidence } from '../../src/db/evidence-repo';
import { writeImportKeepingUndo } from '../../src/db/import-undo-repo';
import { noteRowsChecked } from '../../src/db/meta-repo';
import {
  ackOutbox,
  noteAgain,
  readOutbox,
  setSyncEnabled,
  syncEnabled,
} from '../../src/db/outbox-repo';
import { RowRefusedError } from '../../src/db/row-guard';
import { deleteClinicalEntry, saveClinicalEntry } from '../../src/db/records-repo';
import { saveSettings } from '../../src/db/settings-repo';
import { BACKUP_TABLES } from '../../src/domain/backup';
import type { ClinicalEntry } from '../../src/domain/types';

let db: MedTechDatabase;
const others: MedTechDatabase[] = [];

beforeEach(async () => {
  db = new MedTechDatabase(`outbox-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  for (const other of others.splice(0)) other.close();
  await db.delete();
});

const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };
const ENTRY: ClinicalEntry = { ...SHIFT, id: 'e1', createdAt: 'x', updatedAt: 'x' };

/** The notes, oldest first, as table/op/key (the time checked once, below). */
async function notes(): Promise<string[]> {
  return (await readOutbox(db, 10_000)).map((row) =>
    [row.table, row.op, row.key].filter((part) => part !== undefined).join(' '),
  );
}

/** The object stores of the IndexedDB transaction a Dexie transaction on `tables` runs in. */
async function storesOf(...tables: Dexie.Table[]): Promise<string[]> {
  return db.transaction('rw', tables, () => [
    ...(Dexie.currentTransaction.idbtrans.objectStoreNames as unknown as Iterable<string>),
  ]);
}

describe('with sync on', () => {
  beforeEach(() => setSyncEnabled(db, true));

  it('notes the entry a repository saves and deletes, by table and key, oldest first', async () => {
    const before = new Date().toISOString();
    const entry = await saveClinicalEntry(db, SHIFT, undefined);
    await saveClinicalEntry(db, { ...SHIFT, hours: 8 }, entry.id);
    await deleteClinicalEntry(db, entry.id);
    expect(await notes()).toEqual([
      `clinicalEntries put ${entry.id}`,
      `clinicalEntries put ${entry.id}`,
      `clinicalEntries delete ${entry.id}`,
    ]);
    const rows = await readOutbox(db, 10);
    expect(rows.map((row) => row.seq)).toEqual(
      [...rows.map((row) => row.seq)].sort((a, b) => a - b),
    );
    for (const row of rows)
      expect(row.at >= before && row.at <= new Date().toISOString()).toBe(true);
  });

  it('notes a ticked requirement, an edit through update() and a requirement of their own with its file', async () => {
    await setCompletion(db, 'mlt-degree', '2026-05-20');
    const own = await addCustomRequirement(db, 'clinical', 'Hepatitis B', 3);
    await saveRequirementEdit(db, own.id, { title: 'Hep B series', note: undefined }, false);
    await attachEvidence(
      db,
      { requirementKey: own.id },
      {
        name: 'titer.pdf',
        mimeType: 'application/pdf',
        blob: new Blob(['%PDF']),
      },
    );
    const [file] = await db.evidenceFiles.toArray();
    await removeCustomRequirement(db, own.id);
    expect(await notes()).toEqual([
      'requirementStates put mlt-degree',
      `customRequirements put ${own.id}`,
      `requirementStates put ${own.id}`,
      `customRequirements put ${own.id}`,
      `requirementStates put ${own.id}`,
      `evidenceFiles put ${file?.id}`,
      // where('requirementKey').delete() reads the keys, then deletes them: by key, not range.
      `evidenceFiles delete ${file?.id}`,
      `customRequirements delete ${own.id}`,
      `requirementStates delete ${own.id}`,
    ]);
  });

  it('notes every row of a bulkPut (a merge import) and a saved setting', async () => {
    const data = await readBackupData(db, false);
    const entries = [ENTRY, { ...ENTRY, id: 'e2', date: '2026-11-21' }];
    await writeBackup(db, { ...data, clinicalEntries: entries }, 'merge', false);
    await saveSettings(db, { applicationDate: '2027-04-15', theme: 'dark' });
    expect(await notes()).toEqual([
      'clinicalEntries put e1',
      'clinicalEntries put e2',
      'settings put applicationDate',
      // The sync code leaves device settings out (sync/doc-mapping.ts isDeviceSetting).
      'settings put theme',
    ]);
  });

  it('writes the note in the change’s own transaction, which is given the outbox', async () => {
    expect(await storesOf(db.clinicalEntries)).toEqual(['clinicalEntries', 'outbox']);
    const seen = await db.transaction('rw', db.clinicalEntries, async () => {
      await db.clinicalEntries.put(ENTRY);
      const outbox = Dexie.currentTransaction.idbtrans.objectStore('outbox');
      return new Promise<number>((resolve) => {
        outbox.count().onsuccess = (event) => resolve((event.target as IDBRequest<number>).result);
      });
    });
    expect(seen).toBe(1);
    // A transaction of device tables only, or a read, is left as it is.
    expect(await storesOf(db.meta, db.setAside)).toEqual(['meta', 'setAside']);
    expect(
      await db.transaction('r', db.clinicalEntries, () => [
        ...(Dexie.currentTransaction.idbtrans.objectStoreNames as unknown as Iterable<string>),
      ]),
    ).toEqual(['clinicalEntries']);
  });

  it('keeps neither the change nor its note when the transaction fails', async () => {
    const failed = db.transaction('rw', db.clinicalEntries, db.requirementStates, async () => {
      await db.clinicalEntries.put(ENTRY);
      await db.requirementStates.put({
        key: 'mlt-degree',
        completedOn: '2026-05-20',
        updatedAt: 'x',
      });
      throw new Error('something went wrong after the writes');
    });
    await expect(failed).rejects.toThrow('something went wrong');
    // A row the guard refuses takes its whole write with it, note included.
    await expect(saveClinicalEntry(db, { ...SHIFT, hours: 25 }, undefined)).rejects.toBeInstanceOf(
      RowRefusedError,
    );
    expect(await db.clinicalEntries.count()).toBe(0);
    expect(await db.requirementStates.count()).toBe(0);
    expect(await notes()).toEqual([]);
    await saveClinicalEntry(db, SHIFT, undefined);
    expect(await db.outbox.count()).toBe(1);
  });

  it('notes a clear as one clear, and a Replace import as clears then puts', async () => {
    await db.clinicalEntries.bulkPut([ENTRY, { ...ENTRY, id: 'e2' }]);
    await db.outbox.clear();
    await db.clinicalEntries.clear();
    expect(await readOutbox(db, 10)).toEqual([
      { seq: expect.any(Number), table: 'clinicalEntries', op: 'clear', at: expect.any(String) },
    ]);
    await db.outbox.clear();
    const empty = await readStoredRows(db);
    await restoreStoredRows(db, { ...empty, clinicalEntries: [ENTRY] });
    expect(await notes()).toEqual([
      ...BACKUP_TABLES.flatMap((table) =>
        table === 'clinicalEntries' ? [`${table} clear`, `${table} put e1`] : [`${table} clear`],
      ),
    ]);
  });

  it('notes a change to every table a backup carries, and to no other table', async () => {
    // Every table but the outbox itself and meta (clearing meta would turn sync off).
    for (const table of db.tables)
      if (!['outbox', 'meta'].includes(table.name)) await table.clear();
    await noteRowsChecked(db);
    const cleared = (await readOutbox(db, 100)).map((row) => row.table);
    expect(cleared.sort()).toEqual([...BACKUP_TABLES].sort());
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...BACKUP_TABLES, 'importUndo', 'meta', 'outbox', 'setAside'].sort(),
    );
  });

  it('never notes the device’s own tables: meta, rows set aside, the copy kept for Undo import', async () => {
    await noteRowsChecked(db);
    await db.setAside.put({
      id: 'targets:t:1',
      table: 'targets',
      row: { id: 't' },
      problem: 'x',
      setAsideOn: '2026-11-20',
    });
    await db.importUndo.put({ id: 'offer' });
    await db.outbox.add({ table: 'clinicalEntries', key: 'by-hand', op: 'put', at: 'x' });
    expect(await notes()).toEqual(['clinicalEntries put by-hand']);
    await db.outbox.clear();
    // An import with its Undo copy: the records' changes are noted, the copy is not.
    await db.clinicalEntries.put(ENTRY);
    await db.outbox.clear();
    const incoming = { ...(await readStoredRows(db)), clinicalEntries: [{ ...ENTRY, id: 'e2' }] };
    await writeImportKeepingUndo(db, incoming, 'replace', false, {
      importedAt: '2026-11-20T10:00:00.000Z',
      importedOn: '2026-11-20',
      keptUntil: '2026-11-27',
      mode: 'replace',
    });
    expect(await db.importUndo.count()).toBeGreaterThan(0);
    expect(new Set((await readOutbox(db, 100)).map((row) => row.table))).not.toContain(
      'importUndo',
    );
    expect(await notes()).toContain('clinicalEntries put e2');
  });

  it('leaves out a transaction that names the outbox itself (the sync code writing remote changes)', async () => {
    await db.transaction('rw', db.clinicalEntries, db.outbox, () => db.clinicalEntries.put(ENTRY));
    expect(await db.clinicalEntries.count()).toBe(1);
    expect(await notes()).toEqual([]);
  });

  it('keeps the outbox out of a backup', async () => {
    await saveClinicalEntry(db, SHIFT, undefined);
    expect(await db.outbox.count()).toBe(1);
    expect(Object.keys(await readBackupData(db, true)).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('the consumer', () => {
  it('reads notes in order, a page at a time, and lets go of those acknowledged', async () => {
    await setSyncEnabled(db, true);
    for (const id of ['e1', 'e2', 'e3', 'e4']) await db.clinicalEntries.put({ ...ENTRY, id });
    const page = await readOutbox(db, 3);
    expect(page.map((row) => row.key)).toEqual(['e1', 'e2', 'e3']);
    await ackOutbox(db, page.at(-1)?.seq ?? 0);
    const rest = await readOutbox(db, 3);
    expect(rest.map((row) => row.key)).toEqual(['e4']);
    await ackOutbox(db, rest[0]?.seq ?? 0);
    expect(await readOutbox(db, 3)).toEqual([]);
    // Sequence numbers keep rising after an acknowledgement.
    await db.clinicalEntries.put(ENTRY);
    expect((await readOutbox(db, 3))[0]?.seq).toBeGreaterThan(rest[0]?.seq ?? 0);
  });

  it('keeps the notes it is told to keep, reads past them, and notes a row again', async () => {
    await setSyncEnabled(db, true);
    for (const id of ['e1', 'e2', 'e3']) await db.clinicalEntries.put({ ...ENTRY, id });
    const page = await readOutbox(db, 10);
    // The second could not be sent (an evidence file with the server out of reach).
    await ackOutbox(db, page.at(-1)?.seq ?? 0, new Set([page[1]?.seq ?? 0]));
    expect((await readOutbox(db, 10)).map((row) => row.key)).toEqual(['e2']);
    await db.clinicalEntries.put({ ...ENTRY, id: 'e4' });
    expect((await readOutbox(db, 10, page[1]?.seq)).map((row) => row.key)).toEqual(['e4']);
    await noteAgain(db, 'clinicalEntries', 'e1');
    expect((await readOutbox(db, 10)).map((row) => [row.key, row.op])).toEqual([
      ['e2', 'put'],
      ['e4', 'put'],
      ['e1', 'put'],
    ]);
  });
});

describe('the sync flag', () => {
  it('is off on a new database: nothing is noted and no transaction is given the outbox', async () => {
    expect(await syncEnabled(db)).toBe(false);
    expect(await storesOf(db.clinicalEntries)).toEqual(['clinicalEntries']);
    await saveClinicalEntry(db, SHIFT, undefined);
    await setCompletion(db, 'mlt-degree', '2026-05-20');
    await db.clinicalEntries.clear();
    expect(await db.outbox.count()).toBe(0);
  });

  it('is kept in meta and read when the database opens again', async () => {
    await setSyncEnabled(db, true);
    expect(await db.meta.get('syncEnabled')).toEqual({ key: 'syncEnabled', value: true });
    db.close();
    const again = new MedTechDatabase(db.name);
    others.push(again);
    await again.open();
    await again.clinicalEntries.put(ENTRY);
    expect(await again.outbox.count()).toBe(1);
  });

  it('turned off forgets every note and notes no more', async () => {
    await setSyncEnabled(db, true);
    await db.clinicalEntries.put(ENTRY);
    await setSyncEnabled(db, false);
    expect(await syncEnabled(db)).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    await db.clinicalEntries.delete(ENTRY.id);
    expect(await db.outbox.count()).toBe(0);
    expect(await storesOf(db.clinicalEntries)).toEqual(['clinicalEntries']);
  });

  it('turned on in another tab, is followed here', async () => {
    const tab = new MedTechDatabase(db.name);
    others.push(tab);
    await tab.open();
    await setSyncEnabled(tab, true);
    await vi.waitFor(async () => expect(await storesOf(db.clinicalEntries)).toContain('outbox'));
    await db.clinicalEntries.put(ENTRY);
    expect(await notes()).toEqual(['clinicalEntries put e1']);
    await setSyncEnabled(tab, false);
    await vi.waitFor(async () =>
      expect(await storesOf(db.clinicalEntries)).not.toContain('outbox'),
    );
  });
});
