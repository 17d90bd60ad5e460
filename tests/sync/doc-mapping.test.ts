import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClinicalEntry, RequirementState } from '../../src/domain/types';
import { generateSyncKey, rowSlot, sealValue } from '../../src/sync/crypto';
import type { SyncKey } from '../../src/sync/crypto';
import {
  SYNCED_TABLES,
  SYNC_FORMAT_VERSION,
  deleteRow,
  documentFormat,
  readDocument,
  readRowAt,
  stampFormat,
  writeRowChanges,
} from '../../src/sync/doc-mapping';
import { BACKUP_TABLES } from '../../src/domain/backup';

const MARKER = 'ZEBRA-MARKER-7731';

const entry: ClinicalEntry = {
  id: 'entry-2f0c6f7e-4c1d-4b59-9d7e-0d7f1c3b8a11',
  date: '2026-11-03',
  site: 'City Hospital',
  area: 'chemistry',
  hours: 8,
  createdAt: '2026-11-03T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
};

/** Both ways: what each document lacks of the other. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

async function pair(): Promise<{ key: SyncKey; a: Y.Doc; b: Y.Doc }> {
  return { key: await generateSyncKey(), a: new Y.Doc(), b: new Y.Doc() };
}

describe('records in a synced document', () => {
  it('maps every table a backup carries', () => {
    expect(SYNCED_TABLES).toEqual(BACKUP_TABLES);
  });

  it('reads back what was written, checked by the record schemas', async () => {
    const { key, a } = await pair();
    const state: RequirementState = {
      key: 'mlt-documents',
      completedOn: '2026-11-01',
      updatedAt: 'x',
    };
    await writeRowChanges(a, key, 'clinicalEntries', entry);
    await writeRowChanges(a, key, 'requirementStates', state);
    const { rows, problems } = await readDocument(a, key);
    expect(problems).toEqual([]);
    expect(rows.clinicalEntries).toEqual([entry]);
    expect(rows.requirementStates).toEqual([state]);
    expect(rows.certifications).toEqual([]);
  });

  it('writes only the fields that changed, and removes the fields a row no longer has', async () => {
    const { key, a } = await pair();
    const noted = { ...entry, notes: 'first', supervisor: 'Dr Lee' };
    expect(await writeRowChanges(a, key, 'clinicalEntries', noted)).toMatchObject({
      changed: Object.keys(noted),
      removed: [],
    });
    const { supervisor: _gone, ...edited } = { ...noted, notes: 'second' };
    expect(await writeRowChanges(a, key, 'clinicalEntries', edited)).toMatchObject({
      written: true,
      changed: ['notes'],
      removed: ['supervisor'],
    });
    expect(await writeRowChanges(a, key, 'clinicalEntries', edited)).toMatchObject({
      changed: [],
      removed: [],
    });
    expect((await readDocument(a, key)).rows.clinicalEntries).toEqual([edited]);
  });

  it('keeps both of two concurrent edits to different fields of one row', async () => {
    const { key, a, b } = await pair();
    await writeRowChanges(a, key, 'clinicalEntries', entry);
    exchange(a, b);
    await writeRowChanges(a, key, 'clinicalEntries', { ...entry, hours: 6.5 });
    await writeRowChanges(b, key, 'clinicalEntries', { ...entry, notes: 'Drew 12 samples' });
    exchange(a, b);
    const merged = { ...entry, hours: 6.5, notes: 'Drew 12 samples' };
    expect((await readDocument(a, key)).rows.clinicalEntries).toEqual([merged]);
    expect((await readDocument(b, key)).rows.clinicalEntries).toEqual([merged]);
  });

  it('lets a delete beat a concurrent edit of the same row', async () => {
    const { key, a, b } = await pair();
    await writeRowChanges(a, key, 'clinicalEntries', entry);
    exchange(a, b);
    await deleteRow(a, key, 'clinicalEntries', entry.id);
    await writeRowChanges(b, key, 'clinicalEntries', { ...entry, notes: 'edited meanwhile' });
    exchange(a, b);
    for (const doc of [a, b])
      expect((await readDocument(doc, key)).rows.clinicalEntries).toEqual([]);
    // The same id can come back later (undo of a delete writes the row as it was).
    await writeRowChanges(b, key, 'clinicalEntries', entry);
    exchange(a, b);
    expect((await readDocument(a, key)).rows.clinicalEntries).toEqual([entry]);
  });

  it('never puts a note typed by the student, a row key or a setting name in the bytes sent', async () => {
    const { key, a } = await pair();
    await writeRowChanges(a, key, 'clinicalEntries', { ...entry, notes: `Met ${MARKER}` });
    await writeRowChanges(a, key, 'requirementStates', {
      key: 'mlt-documents',
      note: MARKER,
      updatedAt: 'x',
    });
    await writeRowChanges(a, key, 'settings', {
      key: 'studentName',
      value: MARKER,
      updatedAt: 'x',
    });
    const bytes = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(a));
    expect(bytes).not.toContain(MARKER);
    expect(bytes).not.toContain('mlt-documents');
    expect(bytes).not.toContain('studentName');
    expect(bytes).not.toContain(entry.id);
    expect(bytes).not.toContain('City Hospital');
  });

  it('keeps device-only settings on the device', async () => {
    const { key, a } = await pair();
    expect(await writeRowChanges(a, key, 'settings', { key: 'theme', value: 'dark' })).toEqual({
      written: false,
      reason: 'device-only',
    });
    expect(
      await writeRowChanges(a, key, 'settings', { key: 'lastBackupOn', value: '2026-11-01' }),
    ).toMatchObject({ written: false });
    expect(
      await writeRowChanges(a, key, 'settings', { key: 'pathwayId', value: 'mlt' }),
    ).toMatchObject({ written: true });
    // A device-only setting put in the document by some other client is not read back.
    const slot = await rowSlot(key, 'settings', 'theme');
    const sealed = new Y.Map<string>();
    a.getMap<Y.Map<string>>('settings').set(slot, sealed);
    sealed.set('key', await sealValue(key, 'theme', `settings/${slot}/key`));
    sealed.set('value', await sealValue(key, 'dark', `settings/${slot}/value`));
    const { rows, problems } = await readDocument(a, key);
    expect(rows.settings).toEqual([{ key: 'pathwayId', value: 'mlt' }]);
    expect(problems).toEqual([
      { table: 'settings', slot, problem: 'This setting belongs to one device only.' },
    ]);
  });

  it('refuses to write a row its schema refuses, and reports, never returns, a bad row read back', async () => {
    const { key, a } = await pair();
    const tooLong = { ...entry, hours: 30 };
    expect(await writeRowChanges(a, key, 'clinicalEntries', tooLong)).toMatchObject({
      written: false,
      reason: 'invalid',
      problem: expect.stringContaining('hours cannot be more than 24 hours'),
    });
    expect(a.getMap('clinicalEntries').size).toBe(0);
    // A device with the key but older or broken rules wrote an entry of 30 hours.
    await writeRowChanges(a, key, 'clinicalEntries', entry);
    const slot = await rowSlot(key, 'clinicalEntries', entry.id);
    const row = a.getMap<Y.Map<string>>('clinicalEntries').get(slot) as Y.Map<string>;
    row.set('hours', await sealValue(key, 30, `clinicalEntries/${slot}/hours`));
    const { rows, problems } = await readDocument(a, key);
    expect(rows.clinicalEntries).toEqual([]);
    expect(problems).toEqual([
      {
        table: 'clinicalEntries',
        slot,
        problem: expect.stringContaining('hours cannot be more than 24 hours'),
      },
    ]);
  });

  it('refuses rows sealed with another key, moved to another slot, or not sealed at all', async () => {
    const { key, a } = await pair();
    await writeRowChanges(a, key, 'clinicalEntries', entry);
    const other = await generateSyncKey();
    const { rows, problems } = await readDocument(a, other);
    expect(rows.clinicalEntries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ problem: expect.stringContaining('cannot be read') }),
    ]);
    const table = a.getMap<Y.Map<string>>('clinicalEntries');
    const slot = await rowSlot(key, 'clinicalEntries', entry.id);
    const moved = new Y.Map<string>();
    table.set('some-other-slot', moved);
    for (const [field, value] of (table.get(slot) as Y.Map<string>).entries())
      moved.set(field, value);
    expect(await readRowAt(a, key, 'clinicalEntries', 'some-other-slot')).toEqual({
      problem: expect.stringContaining('cannot be read'),
    });
    const plain = new Y.Map<unknown>();
    a.getMap<Y.Map<unknown>>('courses').set('x', plain);
    plain.set('name', 'Chemistry');
    expect(await readRowAt(a, key, 'courses', 'x')).toEqual({
      problem: expect.stringContaining('cannot be read'),
    });
  });

  it('reports a slot holding something that is not a row, and writes over it', async () => {
    const { key, a } = await pair();
    const slot = await rowSlot(key, 'clinicalEntries', entry.id);
    a.getMap<unknown>('clinicalEntries').set(slot, 'not a row');
    expect(await readDocument(a, key)).toMatchObject({
      rows: { clinicalEntries: [] },
      problems: [
        { table: 'clinicalEntries', slot, problem: 'This record is not in the expected form.' },
      ],
    });
    expect(await writeRowChanges(a, key, 'clinicalEntries', entry)).toMatchObject({
      written: true,
    });
    expect(await readDocument(a, key)).toMatchObject({
      rows: { clinicalEntries: [entry] },
      problems: [],
    });
  });

  it('syncs an evidence file as its info only, never its bytes', async () => {
    const { key, a } = await pair();
    const info = {
      id: 'evidence-1',
      certificationId: 'cert-1',
      name: 'bls.pdf',
      mimeType: 'application/pdf' as const,
      size: 5,
      addedAt: 'x',
    };
    await writeRowChanges(a, key, 'evidenceFiles', { ...info, blob: new Blob(['hello']) });
    expect((await readDocument(a, key)).rows.evidenceFiles).toEqual([info]);
  });

  it('heals a row two devices created under the same key while apart by writing it again', async () => {
    const { key, a, b } = await pair();
    const onA = { key: 'mlt-documents', completedOn: '2026-11-01', updatedAt: 'a' };
    const onB = { key: 'mlt-documents', note: 'Asked the registrar', updatedAt: 'b' };
    await writeRowChanges(a, key, 'requirementStates', onA);
    await writeRowChanges(b, key, 'requirementStates', onB);
    exchange(a, b);
    // Yjs keeps one of the two nested maps: one device's fields are gone.
    const [kept] = (await readDocument(a, key)).rows.requirementStates;
    const union = { key: 'mlt-documents', completedOn: '2026-11-01', note: 'Asked the registrar' };
    expect(kept).not.toEqual(expect.objectContaining(union));
    const loser = kept?.updatedAt === 'a' ? { doc: b, row: onB } : { doc: a, row: onA };
    // The outbox writes its pending rows again after a sync: the lost fields come back.
    const { doc, row } = loser;
    const merged = await readDocument(doc, key);
    await writeRowChanges(doc, key, 'requirementStates', {
      ...merged.rows.requirementStates[0],
      ...row,
    });
    exchange(a, b);
    for (const each of [a, b])
      expect((await readDocument(each, key)).rows.requirementStates).toEqual([
        expect.objectContaining(union),
      ]);
  });

  it('records the layout version, and only ever raises it', () => {
    const doc = new Y.Doc();
    expect(documentFormat(doc)).toBeUndefined();
    stampFormat(doc);
    expect(documentFormat(doc)).toBe(SYNC_FORMAT_VERSION);
    doc.getMap('sync').set('format', SYNC_FORMAT_VERSION + 1);
    stampFormat(doc);
    expect(documentFormat(doc)).toBe(SYNC_FORMAT_VERSION + 1);
  });
});
