import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredRows, writeStoredRows } from '../../src/db/backup-repo';
import type { StoredRows } from '../../src/db/backup-repo';
import { MedTechDatabase } from '../../src/db/database';
import {
  letUndoGo,
  readPreImportCopy,
  readUndoOffer,
  undoImport,
  writeImportKeepingUndo,
} from '../../src/db/import-undo-repo';
import type { ImportUndoOffer } from '../../src/db/import-undo-repo';
import { createVersion4Database } from '../fixtures/db-v4';

let db: MedTechDatabase;

beforeEach(async () => {
  const name = `undo-${crypto.randomUUID()}`;
  await createVersion4Database(name);
  db = new MedTechDatabase(name);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const OFFER: ImportUndoOffer = {
  importedAt: '2026-11-25T10:00:00.000Z',
  importedOn: '2026-11-25',
  keptUntil: '2026-12-02',
  mode: 'replace',
};

const EMPTY: StoredRows = {
  requirementStates: [],
  customRequirements: [],
  settings: [],
  certifications: [],
  evidenceFiles: [],
  clinicalEntries: [],
  degreeRecords: [],
  courses: [],
  examPlans: [],
  targets: [],
  clearances: [],
};

function entry(id: string, date = '2026-11-20') {
  return {
    id,
    date,
    site: 'Lab',
    area: 'chemistry',
    hours: 1,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
  };
}

/** A backup that replaces everything with two clinical entries. */
const INCOMING: StoredRows = { ...EMPTY, clinicalEntries: [entry('in-1'), entry('in-2')] };

const byKey = (rows: StoredRows) =>
  Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      [...list].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key))),
    ]),
  );

describe('undo import, kept in the database', () => {
  it('keeps the records from before an import with it, and undo puts them back exactly', async () => {
    const before = byKey(await readStoredRows(db));
    await writeImportKeepingUndo(db, INCOMING, 'replace', true, OFFER);
    expect(await db.clinicalEntries.count()).toBe(2);
    expect(await readUndoOffer(db)).toEqual(OFFER);
    expect(byKey((await readPreImportCopy(db)) as StoredRows)).toEqual(before);

    // A new connection (a reload, another tab) finds the same offer.
    const other = new MedTechDatabase(db.name);
    expect(await readUndoOffer(other)).toEqual(OFFER);
    expect(await undoImport(other)).toEqual({ status: 'undone' });
    other.close();

    expect(byKey(await readStoredRows(db))).toEqual(before);
    expect(await readUndoOffer(db)).toBeUndefined();
    expect(await db.importUndo.count()).toBe(0);
    expect(await undoImport(db)).toEqual({ status: 'gone' });
  });

  it('does nothing when records changed since the import, counts them by kind, and undoes only what the student accepted', async () => {
    const before = byKey(await readStoredRows(db));
    await writeImportKeepingUndo(db, INCOMING, 'replace', true, OFFER);
    // Since the import: one entry added, one edited, a setting written.
    await db.clinicalEntries.add(entry('new-1'));
    await db.clinicalEntries.update('in-1', { hours: 2 });
    await db.settings.put({ key: 'studentName', value: 'Sam' });
    const afterChanges = byKey(await readStoredRows(db));

    const refused = await undoImport(db);
    if (refused.status !== 'changed') throw new Error(`expected changes, got ${refused.status}`);
    expect(refused.changes).toEqual({ clinicalEntries: 2, settings: 1 });
    expect(byKey(await readStoredRows(db))).toEqual(afterChanges);

    // One more change after the student saw the counts: the old token no longer undoes.
    await db.clinicalEntries.delete('in-2');
    const again = await undoImport(db, refused.token);
    if (again.status !== 'changed') throw new Error(`expected changes, got ${again.status}`);
    expect(again.changes).toEqual({ clinicalEntries: 3, settings: 1 });
    expect(await db.clinicalEntries.count()).toBe(2);

    expect(await undoImport(db, again.token)).toEqual({ status: 'undone' });
    expect(byKey(await readStoredRows(db))).toEqual(before);
  });

  it('keeps a copy of thousands of records in parts, and puts every one back', async () => {
    const many = Array.from({ length: 2_500 }, (_, index) =>
      entry(`old-${String(index).padStart(4, '0')}`, `2026-0${1 + (index % 9)}-10`),
    );
    await writeStoredRows(
      db,
      { ...(await readStoredRows(db)), clinicalEntries: many },
      'replace',
      true,
    );
    await writeImportKeepingUndo(db, INCOMING, 'merge', true, { ...OFFER, mode: 'merge' });
    expect(await db.importUndo.where('id').startsWith('rows:clinicalEntries:').count()).toBe(3);
    expect(await db.clinicalEntries.count()).toBe(2_502);
    expect(await undoImport(db)).toEqual({ status: 'undone' });
    expect(await db.clinicalEntries.orderBy('id').primaryKeys()).toEqual(many.map((row) => row.id));
  });

  it('writes neither the import nor a copy when the import fails part-way', async () => {
    const before = byKey(await readStoredRows(db));
    vi.spyOn(db.table('clinicalEntries'), 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(writeImportKeepingUndo(db, INCOMING, 'replace', true, OFFER)).rejects.toThrow(
      /quota/,
    );
    expect(byKey(await readStoredRows(db))).toEqual(before);
    expect(await db.importUndo.count()).toBe(0);
  });

  it('a second import keeps the records from before it; letting go forgets the copy and keeps the import', async () => {
    await writeImportKeepingUndo(db, INCOMING, 'replace', true, OFFER);
    const second = { ...OFFER, importedAt: '2026-11-26T10:00:00.000Z', importedOn: '2026-11-26' };
    await writeImportKeepingUndo(
      db,
      { ...EMPTY, clinicalEntries: [entry('x')] },
      'replace',
      true,
      second,
    );
    expect(await readUndoOffer(db)).toEqual(second);
    expect((await readPreImportCopy(db))?.clinicalEntries.map((row) => row.id)).toEqual([
      'in-1',
      'in-2',
    ]);
    await letUndoGo(db);
    expect(await readUndoOffer(db)).toBeUndefined();
    expect(await readPreImportCopy(db)).toBeUndefined();
    expect((await db.clinicalEntries.toArray()).map((row) => row.id)).toEqual(['x']);
  });
});
