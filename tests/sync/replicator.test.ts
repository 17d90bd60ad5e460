/**
 * The replicator (src/sync/replicator.ts): two devices, each a database (fake-indexeddb) and its
 * copy of the document, exchanging document updates as the server would. Changes made apart meet
 * as a union, field by field; a delete beats a concurrent edit; a Replace import replaces; what
 * arrives is checked by the record schemas and never noted back; device settings stay put.
 * Evidence files go through an in-memory stand-in for the server's file documents.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBackupData } from '../../src/db/backup-repo';
import { saveRequirementEdit, setCompletion } from '../../src/db/checklist-repo';
import { deleteCertification, saveCertification } from '../../src/db/certifications-repo';
import { MedTechDatabase } from '../../src/db/database';
import { readOutbox } from '../../src/db/outbox-repo';
import { saveClinicalEntry } from '../../src/db/records-repo';
import { saveSettings } from '../../src/db/settings-repo';
import { writeBackup } from '../../src/db/backup-repo';
import type { BackupData } from '../../src/domain/backup';
import { generateSyncKey, rowSlot, sealValue } from '../../src/sync/crypto';
import { evidenceBytes, fileDocumentName } from '../../src/sync/evidence-documents';
import type { FileDocumentOpener } from '../../src/sync/evidence-documents';
import type { SyncKey } from '../../src/sync/crypto';
import {
  applyDocChanges,
  attach,
  createReplica,
  sendNoted,
  watchDocument,
} from '../../src/sync/replicator';
import type { Replica, SlotChanges } from '../../src/sync/replicator';

const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };
const CARD = {
  type: 'cpr-bls' as const,
  provider: 'aha' as const,
  name: 'BLS Provider',
  issuedOn: '2026-01-10',
  expiresOn: '2028-01-31',
};

interface Device {
  db: MedTechDatabase;
  doc: Y.Doc;
  replica: Replica;
  changes: SlotChanges;
  stop: () => void;
}

let key: SyncKey;
const devices: Device[] = [];

beforeEach(async () => {
  key = await generateSyncKey();
});

afterEach(async () => {
  for (const device of devices.splice(0)) {
    device.stop();
    device.db.close();
    await device.db.delete();
  }
});

/** The server's file documents, in memory; `online` false makes every errand fail as offline. */
interface FileServer {
  documents: Map<string, Y.Doc>;
  online: boolean;
  open: FileDocumentOpener;
}

function fileServer(): FileServer {
  const server: FileServer = {
    documents: new Map(),
    online: true,
    async open(name, work) {
      if (!server.online) throw new Error('The sync server is out of reach.');
      let doc = server.documents.get(name);
      if (!doc) server.documents.set(name, (doc = new Y.Doc()));
      return work(doc);
    },
  };
  return server;
}

async function device(files?: FileServer): Promise<Device> {
  const db = new MedTechDatabase(`replica-${crypto.randomUUID()}`);
  await db.open();
  const doc = new Y.Doc();
  const changes: SlotChanges = new Map();
  const made: Device = {
    db,
    doc,
    replica: createReplica(db, doc, key, files && evidenceBytes(files.open, key, 'student-doc')),
    changes,
    stop: watchDocument(doc, changes, () => undefined),
  };
  devices.push(made);
  return made;
}

/** `a` turns sync on, then a fresh device joins it: both merged, the second returned. */
async function joined(a: Device, files?: FileServer): Promise<Device> {
  await attach(a.replica);
  const b = await device(files);
  exchange(a, b);
  await attach(b.replica);
  return b;
}

/** What the server does between two connected documents: each gets what it lacks. */
function exchange(a: Device, b: Device): void {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
  Y.applyUpdate(b.doc, toB, 'server');
  Y.applyUpdate(a.doc, toA, 'server');
}

/** A round on a device: its notes into its document, then its document's changes into it. */
async function round(device: Device) {
  const sent = await sendNoted(device.replica);
  const applied = await applyDocChanges(device.replica, device.changes);
  return { sent, applied };
}

/** A device's records as a backup carries them, less this device's own settings. */
async function records(device: Device): Promise<BackupData> {
  const data = await readBackupData(device.db, false);
  return {
    ...data,
    settings: data.settings.filter((row) => !['theme', 'lastBackupOn'].includes(row.key)),
  };
}

describe('two devices', () => {
  it('the second device receives the first one’s records, but not its theme', async () => {
    const a = await device();
    const entry = await saveClinicalEntry(a.db, SHIFT, undefined);
    await setCompletion(a.db, 'mlt-degree', '2026-05-20');
    await saveSettings(a.db, { pathwayId: 'pbt', theme: 'dark' });
    const first = await attach(a.replica);
    expect(first.problems).toEqual([]);

    const b = await device();
    await saveSettings(b.db, { theme: 'light' });
    exchange(a, b);
    const joined = await attach(b.replica);
    expect(joined.problems).toEqual([]);

    expect(await b.db.clinicalEntries.get(entry.id)).toEqual(entry);
    expect((await b.db.requirementStates.get('mlt-degree'))?.completedOn).toBe('2026-05-20');
    expect((await b.db.settings.get('pathwayId'))?.value).toBe('pbt');
    expect((await b.db.settings.get('theme'))?.value).toBe('light');
    expect(await records(b)).toEqual(await records(a));
  });

  it('changes made apart meet as a union, two fields of one entry included', async () => {
    const a = await device();
    const shared = await saveClinicalEntry(a.db, SHIFT, undefined);
    const b = await joined(a);
    // Apart (the server stopped): each changes something, one entry in two different fields.
    await saveClinicalEntry(a.db, { ...SHIFT, hours: 8 }, shared.id);
    await setCompletion(a.db, 'mlt-exam', '2026-11-01');
    await saveClinicalEntry(b.db, { ...SHIFT, site: 'County Lab' }, shared.id);
    const added = await saveClinicalEntry(b.db, { ...SHIFT, date: '2026-11-21' }, undefined);
    await round(a);
    await round(b);
    exchange(a, b);
    await round(a);
    await round(b);

    for (const each of [a, b]) {
      const merged = await each.db.clinicalEntries.get(shared.id);
      expect(merged?.hours).toBe(8);
      expect(merged?.site).toBe('County Lab');
      expect(await each.db.clinicalEntries.get(added.id)).toBeDefined();
      expect((await each.db.requirementStates.get('mlt-exam'))?.completedOn).toBe('2026-11-01');
    }
    expect(await records(a)).toEqual(await records(b));
  });

  it('one row created on both devices while apart keeps the fields each set', async () => {
    const a = await device();
    const b = await joined(a);
    // Neither holds a row for this requirement yet: each makes one, one ticked, one annotated.
    await setCompletion(a.db, 'mlt-exam', '2026-11-01');
    await saveRequirementEdit(b.db, 'mlt-exam', { title: undefined, note: 'Fee paid' }, true);
    await round(a);
    await round(b);
    exchange(a, b);
    // Yjs keeps one device's map for the row whole; the other sends its lost field again.
    for (let rounds = 0; rounds < 3; rounds += 1) {
      await round(a);
      await round(b);
      exchange(a, b);
    }
    for (const each of [a, b]) {
      expect(await each.db.requirementStates.get('mlt-exam')).toMatchObject({
        completedOn: '2026-11-01',
        note: 'Fee paid',
      });
    }
    expect(await records(a)).toEqual(await records(b));
    expect(await readOutbox(a.db, 10)).toEqual([]);
    expect(await readOutbox(b.db, 10)).toEqual([]);
  });

  it('a delete beats an edit made at the same time', async () => {
    const a = await device();
    const card = await saveCertification(a.db, CARD, undefined, undefined);
    const b = await joined(a);
    expect(await b.db.certifications.get(card.id)).toBeDefined();

    await deleteCertification(a.db, card.id);
    await saveCertification(b.db, { ...CARD, notes: 'Renew in January' }, card.id, undefined);
    await round(a);
    await round(b);
    exchange(a, b);
    await round(a);
    await round(b);

    expect(await a.db.certifications.get(card.id)).toBeUndefined();
    expect(await b.db.certifications.get(card.id)).toBeUndefined();
  });

  it('a Replace import on one device replaces the records on the other', async () => {
    const a = await device();
    const kept = await saveClinicalEntry(a.db, SHIFT, undefined);
    const dropped = await saveClinicalEntry(a.db, { ...SHIFT, date: '2026-11-19' }, undefined);
    const b = await joined(a);

    const data = await readBackupData(a.db, false);
    await writeBackup(
      a.db,
      { ...data, clinicalEntries: data.clinicalEntries.filter((row) => row.id === kept.id) },
      'replace',
      false,
    );
    await round(a);
    exchange(a, b);
    await round(b);

    expect(await b.db.clinicalEntries.get(dropped.id)).toBeUndefined();
    expect(await b.db.clinicalEntries.get(kept.id)).toEqual(kept);
  });

  it('what arrives is never noted to be sent back', async () => {
    const a = await device();
    await saveClinicalEntry(a.db, SHIFT, undefined);
    await attach(a.replica);
    const b = await device();
    exchange(a, b);
    await attach(b.replica);
    expect(await readOutbox(b.db, 10)).toEqual([]);
    await saveClinicalEntry(a.db, { ...SHIFT, date: '2026-11-22' }, undefined);
    await round(a);
    exchange(a, b);
    const { applied } = await round(b);
    expect(applied.changed).toBe(1);
    expect(await readOutbox(b.db, 10)).toEqual([]);
  });

  it('a row the student changed again meanwhile waits, then merges', async () => {
    const a = await device();
    const entry = await saveClinicalEntry(a.db, SHIFT, undefined);
    const b = await joined(a);

    await saveClinicalEntry(a.db, { ...SHIFT, hours: 6 }, entry.id);
    await round(a);
    exchange(a, b);
    // B changes the same entry before applying what arrived: its note is waiting.
    await saveClinicalEntry(b.db, { ...SHIFT, site: 'County Lab' }, entry.id);
    const held = await applyDocChanges(b.replica, b.changes);
    expect(held.changed).toBe(0);
    expect((await b.db.clinicalEntries.get(entry.id))?.hours).toBe(7.5);
    // The next round sends B's change, and the merged entry comes back with both fields.
    await round(b);
    await round(b);
    const merged = await b.db.clinicalEntries.get(entry.id);
    expect(merged?.hours).toBe(6);
    expect(merged?.site).toBe('County Lab');
  });
});

describe('changes that arrive while a round runs', () => {
  it('are kept for the next round, not dropped with the ones it read', async () => {
    const a = await device();
    const b = await joined(a);
    const early = await saveClinicalEntry(a.db, SHIFT, undefined);
    await round(a);
    exchange(a, b);
    const late = await saveClinicalEntry(a.db, { ...SHIFT, date: '2026-11-21' }, undefined);
    await round(a);
    const update = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
    // B's round starts on the early entry; the late one arrives while it reads.
    const running = applyDocChanges(b.replica, b.changes);
    Y.applyUpdate(b.doc, update, 'server');
    await running;
    expect(await b.db.clinicalEntries.get(early.id)).toBeDefined();
    await round(b);
    expect(await b.db.clinicalEntries.get(late.id)).toBeDefined();
  });
});

describe('a delete that arrives while an edit waits to be sent', () => {
  it('is not undone by the edit: the row goes on both devices', async () => {
    const a = await device();
    const card = await saveCertification(a.db, CARD, undefined, undefined);
    const b = await joined(a);

    await deleteCertification(a.db, card.id);
    await round(a);
    exchange(a, b);
    // B edits the card before the delete is applied: its note waits, so the delete is held.
    await saveCertification(b.db, { ...CARD, notes: 'Renew in January' }, card.id, undefined);
    const held = await applyDocChanges(b.replica, b.changes);
    expect(held.changed).toBe(0);
    expect(await b.db.certifications.get(card.id)).toBeDefined();
    await round(b);
    exchange(a, b);
    await round(a);

    expect(await b.db.certifications.get(card.id)).toBeUndefined();
    expect(await a.db.certifications.get(card.id)).toBeUndefined();
    expect(b.doc.getMap('certifications').size).toBe(0);
  });
});

describe('what arrives is checked', () => {
  it('a row the record schemas refuse is reported and never written', async () => {
    const b = await device();
    await attach(b.replica);
    const slot = await rowSlot(key, 'clinicalEntries', 'entry-bad');
    const row = new Y.Map<string>();
    const fields = { ...SHIFT, hours: -3, id: 'entry-bad', createdAt: 'x', updatedAt: 'x' };
    const sealed = await Promise.all(
      Object.entries(fields).map(
        async ([field, value]) =>
          [field, await sealValue(key, value, `clinicalEntries/${slot}/${field}`)] as const,
      ),
    );
    b.doc.transact(() => {
      b.doc.getMap('clinicalEntries').set(slot, row);
      for (const [field, value] of sealed) row.set(field, value);
    }, 'server');
    const { applied } = await round(b);
    expect(applied.changed).toBe(0);
    expect(applied.problems).toHaveLength(1);
    expect(applied.problems[0]?.problem).toMatch(/hours/i);
    expect(await b.db.clinicalEntries.count()).toBe(0);
  });
});

describe('evidence files', () => {
  const scan = (text: string) => new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' });
  const evidence = (text: string) =>
    ({ name: 'card.pdf', mimeType: 'application/pdf', blob: scan(text) }) as const;
  const sealedIn = async (files: FileServer, id: string) =>
    files.documents
      .get(fileDocumentName('student-doc', await rowSlot(key, 'evidenceFiles', id)))
      ?.getMap('file')
      .get('sealed');
  const textOf = async (blob: Blob | undefined) => (blob === undefined ? undefined : blob.text());

  it('travel before their rows; offline, the row stays out and its note waits', async () => {
    const files = fileServer();
    const a = await device(files);
    await attach(a.replica);
    files.online = false;
    const card = await saveCertification(a.db, CARD, undefined, evidence('front'));
    const file = await a.db.evidenceFiles.where('certificationId').equals(card.id).first();
    await round(a);
    expect(a.doc.getMap('evidenceFiles').size).toBe(0);
    expect(a.doc.getMap('certifications').size).toBe(1);
    expect((await readOutbox(a.db, 10)).map((note) => note.table)).toEqual(['evidenceFiles']);

    files.online = true;
    await round(a);
    expect(await readOutbox(a.db, 10)).toEqual([]);
    expect(a.doc.getMap('evidenceFiles').size).toBe(1);
    expect(await sealedIn(files, file?.id as string)).toBeInstanceOf(Uint8Array);

    const b = await device(files);
    exchange(a, b);
    await attach(b.replica);
    const received = await b.db.evidenceFiles.get(file?.id as string);
    expect(await textOf(received?.blob)).toBe('%PDF-1.4 front');
    expect(received?.blob.type).toBe('application/pdf');
  });

  it('a row whose file has not arrived is not written, and is written once it has', async () => {
    const files = fileServer();
    const a = await device(files);
    const card = await saveCertification(a.db, CARD, undefined, evidence('front'));
    await attach(a.replica);
    const file = await a.db.evidenceFiles.where('certificationId').equals(card.id).first();
    const b = await device(files);
    exchange(a, b);
    files.online = false;
    await attach(b.replica);
    expect(await b.db.certifications.get(card.id)).toBeDefined();
    expect(await b.db.evidenceFiles.count()).toBe(0);
    // Held for a later round, not noted back.
    expect(b.changes.get('evidenceFiles')?.size).toBe(1);
    expect(await readOutbox(b.db, 10)).toEqual([]);

    files.online = true;
    await round(b);
    expect(await textOf((await b.db.evidenceFiles.get(file?.id as string))?.blob)).toBe(
      '%PDF-1.4 front',
    );
    expect(await readOutbox(b.db, 10)).toEqual([]);
  });

  it('a file whose bytes do not open is reported and never written', async () => {
    const files = fileServer();
    const a = await device(files);
    await saveCertification(a.db, CARD, undefined, evidence('one'));
    await saveCertification(a.db, { ...CARD, name: 'ACLS' }, undefined, evidence('two'));
    await attach(a.replica);
    const [first, second] = await a.db.evidenceFiles.toArray();
    // Someone with write access to the server moves one file's sealed bytes into the other's.
    const moved = await sealedIn(files, first?.id as string);
    files.documents
      .get(
        fileDocumentName('student-doc', await rowSlot(key, 'evidenceFiles', second?.id as string)),
      )
      ?.getMap('file')
      .set('sealed', moved as Uint8Array);

    const b = await device(files);
    exchange(a, b);
    const { problems } = await attach(b.replica);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toMatch(/cannot be read/);
    expect(await b.db.evidenceFiles.get(first?.id as string)).toBeDefined();
    expect(await b.db.evidenceFiles.get(second?.id as string)).toBeUndefined();
  });

  it('a Replace import made with the server out of reach clears the dropped files once it is back', async () => {
    const files = fileServer();
    const a = await device(files);
    await saveCertification(a.db, CARD, undefined, evidence('front'));
    const b = await joined(a, files);
    const [file] = await b.db.evidenceFiles.toArray();
    expect(await sealedIn(files, file?.id as string)).toBeInstanceOf(Uint8Array);

    files.online = false;
    const data = await readBackupData(a.db, true);
    await writeBackup(a.db, { ...data, evidenceFiles: [] }, 'replace', true);
    await round(a);
    expect(await sealedIn(files, file?.id as string)).toBeInstanceOf(Uint8Array);
    // Back: the kept note's round clears the bytes, then lets the row go from the document.
    files.online = true;
    await round(a);
    expect(await sealedIn(files, file?.id as string)).toBeUndefined();
    expect(await readOutbox(a.db, 10)).toEqual([]);
    exchange(a, b);
    await round(b);
    expect(await b.db.evidenceFiles.count()).toBe(0);
  });

  it('a delete made offline is cleared from the server by the device it reaches', async () => {
    const files = fileServer();
    const a = await device(files);
    const card = await saveCertification(a.db, CARD, undefined, evidence('front'));
    const b = await joined(a, files);
    const [file] = await b.db.evidenceFiles.toArray();
    expect(await sealedIn(files, file?.id as string)).toBeInstanceOf(Uint8Array);

    // A deletes the file with the server out of reach for its file documents, then goes away.
    files.online = false;
    await deleteCertification(a.db, card.id);
    await round(a);
    expect((await readOutbox(a.db, 10)).map((note) => note.op)).toEqual(['delete']);
    files.online = true;
    exchange(a, b);
    await round(b);
    expect(await b.db.evidenceFiles.count()).toBe(0);
    expect(await sealedIn(files, file?.id as string)).toBeUndefined();
  });
});
