/**
 * Sync sessions (src/sync/session.ts) against the real sync server (scripts/sync-server.mjs): two
 * devices, each a database (fake-indexeddb) and its own copy of the document, over the app's
 * Hocuspocus provider (the `ws` package: Node 20 has no WebSocket). With the server stopped, both
 * change the same records; when it is back, both hold the union and export the same records; the
 * server's storage holds ciphertext only. Evidence files travel as their own documents: the bytes
 * arrive whole, and a deleted file's bytes leave the server. Every wait is on a condition; the
 * timeouts only guard against a hang.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { readBackupData } from '../../src/db/backup-repo';
import { deleteCertification, saveCertification } from '../../src/db/certifications-repo';
import type { CertificationFields } from '../../src/db/certifications-repo';
import { setCompletion } from '../../src/db/checklist-repo';
import { MedTechDatabase } from '../../src/db/database';
import { syncEnabled, readOutbox } from '../../src/db/outbox-repo';
import { saveClinicalEntry } from '../../src/db/records-repo';
import { saveSettings } from '../../src/db/settings-repo';
import { importSyncKey, rowSlot } from '../../src/sync/crypto';
import { fileDocumentName } from '../../src/sync/evidence-documents';
import type { Pairing } from '../../src/sync/pairing';
import { forgetSync, startSession } from '../../src/sync/session';
import type { SyncSession } from '../../src/sync/session';
import { aPairing } from './a-pairing';
import { startServer, stopServer } from './server-process';

const WRITE_TOKEN = 'write-token-0123456789abcdef';
const MARKER = 'ZEBRA-MARKER-7731';
const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };
const BLS: CertificationFields = {
  type: 'cpr-bls',
  provider: 'aha',
  name: 'BLS Provider',
  issuedOn: '2026-01-10',
  expiresOn: '2028-01-31',
};
/** Generous: a guard against a hang on a loaded 2-core machine, never a speed limit. */
const CONVERGE = { timeout: 30_000, interval: 50 };

let directory: string;
let server: ChildProcess;
let url: string;
let port: string;
const databases: MedTechDatabase[] = [];
const sessions: SyncSession[] = [];

const env = () => ({
  SYNC_HOST: '127.0.0.1',
  SYNC_PORT: port,
  SYNC_DATA_DIR: directory,
  SYNC_WRITE_TOKEN: WRITE_TOKEN,
  SYNC_STORE_DEBOUNCE_MS: '50',
});

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'medtech-session-'));
  port = '0';
  ({ child: server, url } = await startServer(env()));
  port = new URL(url).port;
});

afterAll(async () => {
  for (const session of sessions) await session.stop();
  for (const db of databases) {
    db.close();
    await db.delete();
  }
  await stopServer(server);
  await rm(directory, { recursive: true, force: true });
});

async function device(): Promise<MedTechDatabase> {
  const db = new MedTechDatabase(`session-${crypto.randomUUID()}`);
  await db.open();
  databases.push(db);
  return db;
}

async function join_(
  db: MedTechDatabase,
  pairing: Pairing,
  socket: unknown = WebSocket,
): Promise<SyncSession> {
  const session = await startSession(db, pairing, { WebSocketPolyfill: socket });
  sessions.push(session);
  return session;
}

/** A new document on the test's server, as "Turn on sync" makes one. */
function newPairing(token = WRITE_TOKEN): Promise<Pairing> {
  return aPairing({ server: url, token });
}

/** A device's records as a backup carries them, less this device's own settings. */
async function records(db: MedTechDatabase) {
  const data = await readBackupData(db, false);
  return {
    ...data,
    settings: data.settings.filter((row) => !['theme', 'lastBackupOn'].includes(row.key)),
  };
}

/**
 * The server's stored documents, read once no write is under way. The server writes a temporary
 * file and renames it over the old one, so a file listed may be gone when read: that attempt throws
 * and the caller's waitFor reads the directory again.
 */
async function storedDocuments(folder: string): Promise<Buffer[]> {
  const files = await readdir(folder);
  if (files.length === 0 || files.some((file) => file.endsWith('.tmp'))) {
    throw new Error(`the server is still writing: ${files.join(', ') || 'nothing stored yet'}`);
  }
  return Promise.all(files.map((file) => readFile(join(folder, file))));
}

describe('two devices over the sync server', () => {
  it('merge what each changed while the server was down, and agree', async () => {
    const pairing = await newPairing();
    const a = await device();
    const shared = await saveClinicalEntry(a, SHIFT, undefined);
    await saveSettings(a, { pathwayId: 'pbt', theme: 'dark' });
    const sessionA = await join_(a, pairing);
    await vi.waitFor(() => expect(sessionA.status().state).toBe('synced'), CONVERGE);

    const b = await device();
    const sessionB = await join_(b, pairing);
    await vi.waitFor(
      async () => expect(await b.clinicalEntries.get(shared.id)).toEqual(shared),
      CONVERGE,
    );
    expect((await b.settings.get('pathwayId'))?.value).toBe('pbt');
    expect(await b.settings.get('theme')).toBeUndefined();

    // The server goes down; each device carries on from its own copy.
    await stopServer(server);
    await vi.waitFor(() => expect(sessionA.status().state).toBe('offline'), CONVERGE);
    await saveClinicalEntry(a, { ...SHIFT, hours: 8 }, shared.id);
    await setCompletion(a, 'pbt-exam', '2026-11-01');
    await saveClinicalEntry(b, { ...SHIFT, site: 'County Lab', notes: MARKER }, shared.id);
    const added = await saveClinicalEntry(b, { ...SHIFT, date: '2026-11-21' }, undefined);
    await sessionA.settled();
    await sessionB.settled();
    // Noted changes went into each device's own copy at once, server or not.
    expect(await readOutbox(a, 10)).toEqual([]);
    expect(await readOutbox(b, 10)).toEqual([]);

    ({ child: server } = await startServer(env()));
    await vi.waitFor(async () => {
      for (const db of [a, b]) {
        const merged = await db.clinicalEntries.get(shared.id);
        expect(merged?.hours).toBe(8);
        expect(merged?.site).toBe('County Lab');
        expect(await db.clinicalEntries.get(added.id)).toBeDefined();
        expect((await db.requirementStates.get('pbt-exam'))?.completedOn).toBe('2026-11-01');
      }
    }, CONVERGE);
    expect(await records(a)).toEqual(await records(b));
    await vi.waitFor(() => expect(sessionB.status().state).toBe('synced'), CONVERGE);
    expect(sessionA.problems()).toEqual([]);
    expect(sessionB.problems()).toEqual([]);

    // The server's storage: ciphertext only.
    const stored = await vi.waitFor(() => storedDocuments(directory), CONVERGE);
    expect(stored.length).toBeGreaterThan(0);
    for (const bytes of stored) {
      expect(bytes.includes(MARKER)).toBe(false);
      expect(bytes.includes('County Lab')).toBe(false);
    }
  });

  it('a device that stops syncing keeps its records and notes nothing more', async () => {
    const pairing = await newPairing();
    const a = await device();
    const entry = await saveClinicalEntry(a, SHIFT, undefined);
    const session = await join_(a, pairing);
    await vi.waitFor(() => expect(session.status().state).toBe('synced'), CONVERGE);
    await forgetSync(a);
    expect(await a.clinicalEntries.get(entry.id)).toEqual(entry);
    await saveClinicalEntry(a, { ...SHIFT, hours: 2 }, entry.id);
    expect(await readOutbox(a, 10)).toEqual([]);
  });

  it('stopped during its first merge, a device is left unmerged, and on joining again it sends', async () => {
    const pairing = await newPairing();
    const a = await device();
    for (let day = 1; day <= 200; day += 1)
      await saveClinicalEntry(
        a,
        { ...SHIFT, date: `2026-06-${String((day % 28) + 1).padStart(2, '0')}` },
        undefined,
      );
    await join_(a, pairing);
    // The merge has begun (its first step turns the notes on); stop and forget now.
    await vi.waitFor(async () => expect(await syncEnabled(a)).toBe(true), CONVERGE);
    await forgetSync(a);
    expect(await a.meta.get('syncAttachedTo')).toBeUndefined();
    expect(await syncEnabled(a)).toBe(false);

    const again = await join_(a, pairing);
    await vi.waitFor(() => expect(again.status().state).toBe('synced'), CONVERGE);
    const later = await saveClinicalEntry(a, { ...SHIFT, date: '2026-11-24' }, undefined);
    const b = await device();
    await join_(b, pairing);
    await vi.waitFor(
      async () => expect(await b.clinicalEntries.get(later.id)).toEqual(later),
      CONVERGE,
    );
  });

  it('a wrong token is refused, in words', async () => {
    const a = await device();
    const session = await join_(a, await newPairing('not-the-token-0123456789'));
    await vi.waitFor(() => expect(session.status().state).toBe('refused'), CONVERGE);
    expect(session.status()).toMatchObject({ reason: expect.stringMatching(/token/) });
  });
});

/** 1 MB of random bytes (a scanned card, say) with `marker` in the middle. */
function scan(marker: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(1024 * 1024);
  for (let start = 0; start < bytes.length; start += 65_536)
    crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  bytes.set(new TextEncoder().encode(marker), 500_000);
  return bytes;
}

/** A file's bytes are `bytes`: compared as buffers, as a deep comparison takes seconds per MB. */
async function expectSameBytes(blob: Blob | undefined, bytes: Uint8Array): Promise<void> {
  expect(blob).toBeInstanceOf(Blob);
  const there = Buffer.from(await (blob as Blob).arrayBuffer());
  expect(there.length).toBe(bytes.length);
  expect(there.equals(Buffer.from(bytes))).toBe(true);
}

/** The server's stored file of one document, read once no write is under way. */
async function storedDocument(folder: string, name: string): Promise<Buffer> {
  await storedDocuments(folder);
  return readFile(join(folder, `${name}.ydoc`));
}

/** The name of an evidence row's file document, as the devices work it out. */
async function fileDocumentOf(pairing: Pairing, evidenceId: string): Promise<string> {
  const slot = await rowSlot(await importSyncKey(pairing.key), 'evidenceFiles', evidenceId);
  return fileDocumentName(pairing.doc, slot);
}

/** A card and its scanned file, saved on `db`. */
async function cardWithFile(db: MedTechDatabase, marker: string) {
  const bytes = scan(marker);
  const card = await saveCertification(db, BLS, undefined, {
    name: 'bls-card.pdf',
    mimeType: 'application/pdf',
    blob: new Blob([bytes], { type: 'application/pdf' }),
  });
  const file = await db.evidenceFiles.where('certificationId').equals(card.id).first();
  if (file === undefined) throw new Error('The file was not saved.');
  return { card, file, bytes };
}

describe('evidence files over the sync server', () => {
  it('travel as their own encrypted documents: the other device gets the same bytes', async () => {
    const pairing = await newPairing();
    const a = await device();
    const { card, file, bytes } = await cardWithFile(a, MARKER);
    const sessionA = await join_(a, pairing);
    await vi.waitFor(() => expect(sessionA.status().state).toBe('synced'), CONVERGE);

    const b = await device();
    // The file's document comes over the session's one WebSocket.
    let sockets = 0;
    class CountedSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols);
        sockets += 1;
      }
    }
    const sessionB = await join_(b, pairing, CountedSocket);
    await vi.waitFor(
      async () => expect(await b.evidenceFiles.get(file.id)).toBeDefined(),
      CONVERGE,
    );
    expect(sockets).toBe(1);
    const received = await b.evidenceFiles.get(file.id);
    expect({ ...received, blob: undefined }).toEqual({ ...file, blob: undefined });
    expect(received?.blob.type).toBe('application/pdf');
    await expectSameBytes(received?.blob, bytes);
    expect(await b.certifications.get(card.id)).toEqual(card);
    expect(sessionB.problems()).toEqual([]);

    // The file's own document holds its bytes, sealed; the server's storage holds no plaintext
    // and names no evidence id.
    const name = await fileDocumentOf(pairing, file.id);
    const stored = await vi.waitFor(async () => {
      const bytesThere = await storedDocument(directory, name);
      expect(bytesThere.length).toBeGreaterThan(bytes.length);
      return bytesThere;
    }, CONVERGE);
    expect(stored.includes(MARKER)).toBe(false);
    for (const bytesThere of await storedDocuments(directory)) {
      expect(bytesThere.includes(MARKER)).toBe(false);
      expect(bytesThere.includes(file.id)).toBe(false);
    }
    expect((await readdir(directory)).join(' ')).not.toContain(file.id);
  });

  it('a file deleted on one device while another edits its card offline is gone everywhere, and from the server', async () => {
    const pairing = await newPairing();
    const a = await device();
    const deleted = await cardWithFile(a, `${MARKER}-DELETED`);
    const kept = await cardWithFile(a, `${MARKER}-KEPT`);
    let sessionA = await join_(a, pairing);
    await vi.waitFor(() => expect(sessionA.status().state).toBe('synced'), CONVERGE);
    const b = await device();
    let sessionB = await join_(b, pairing);
    await vi.waitFor(async () => {
      expect(await b.evidenceFiles.get(deleted.file.id)).toBeDefined();
      expect(await b.evidenceFiles.get(kept.file.id)).toBeDefined();
    }, CONVERGE);

    // A sample of the file's ciphertext, as the server stores it.
    const name = await fileDocumentOf(pairing, deleted.file.id);
    const before = await vi.waitFor(async () => {
      const stored = await storedDocument(directory, name);
      expect(stored.length).toBeGreaterThan(deleted.bytes.length);
      return stored;
    }, CONVERGE);
    const ciphertext = before.subarray(before.length / 2, before.length / 2 + 64);

    // The server goes down: A deletes the card and its file, and adds another card with a file;
    // B edits the deleted card and its file's row.
    await stopServer(server);
    await vi.waitFor(() => expect(sessionA.status().state).toBe('offline'), CONVERGE);
    await vi.waitFor(() => expect(sessionB.status().state).toBe('offline'), CONVERGE);
    await deleteCertification(a, deleted.card.id);
    const added = await cardWithFile(a, `${MARKER}-ADDED`);
    await saveCertification(
      b,
      { ...BLS, notes: 'Renewed at the Red Cross' },
      deleted.card.id,
      undefined,
    );
    await b.transaction('rw', b.evidenceFiles, () =>
      b.evidenceFiles.update(deleted.file.id, { name: 'bls-card-renewed.pdf' }),
    );
    await sessionA.settled();
    await sessionB.settled();
    // The files wait for the server: their notes stay until the bytes are cleared or sent there.
    expect((await readOutbox(a, 10)).map(({ table, key, op }) => ({ table, key, op }))).toEqual([
      { table: 'evidenceFiles', key: deleted.file.id, op: 'delete' },
      { table: 'evidenceFiles', key: added.file.id, op: 'put' },
    ]);

    ({ child: server } = await startServer(env()));
    await vi.waitFor(async () => {
      for (const db of [a, b]) {
        expect(await db.certifications.get(deleted.card.id)).toBeUndefined();
        expect(await db.evidenceFiles.get(deleted.file.id)).toBeUndefined();
        expect(await db.evidenceFiles.get(kept.file.id)).toBeDefined();
        expect(await db.evidenceFiles.get(added.file.id)).toBeDefined();
      }
      expect(await readOutbox(a, 10)).toEqual([]);
    }, CONVERGE);
    await expectSameBytes((await b.evidenceFiles.get(added.file.id))?.blob, added.bytes);

    // The server's copy of the file's document keeps only that something was there (about 30
    // bytes: Yjs keeps a deleted entry's length, not its content).
    await vi.waitFor(async () => {
      const stored = await storedDocument(directory, name);
      expect(stored.length).toBeLessThan(300);
      expect(stored.includes(ciphertext)).toBe(false);
    }, CONVERGE);

    // After a reload of each device, and on a device paired now, the file stays gone.
    await sessionA.stop();
    await sessionB.stop();
    sessionA = await join_(a, pairing);
    sessionB = await join_(b, pairing);
    const c = await device();
    const sessionC = await join_(c, pairing);
    await vi.waitFor(async () => {
      for (const session of [sessionA, sessionB, sessionC])
        expect(session.status().state).toBe('synced');
      expect(await c.evidenceFiles.get(kept.file.id)).toBeDefined();
      expect(await c.evidenceFiles.get(added.file.id)).toBeDefined();
    }, CONVERGE);
    await expectSameBytes((await c.evidenceFiles.get(kept.file.id))?.blob, kept.bytes);
    await expectSameBytes((await c.evidenceFiles.get(added.file.id))?.blob, added.bytes);
    for (const session of [sessionA, sessionB, sessionC]) await session.settled();
    for (const db of [a, b, c]) {
      expect(await db.certifications.get(deleted.card.id)).toBeUndefined();
      expect(await db.evidenceFiles.get(deleted.file.id)).toBeUndefined();
    }
    expect(await records(c)).toEqual(await records(a));
    for (const session of [sessionA, sessionB, sessionC]) expect(session.problems()).toEqual([]);
    for (const stored of await vi.waitFor(() => storedDocuments(directory), CONVERGE))
      expect(stored.includes(`${MARKER}-`)).toBe(false);
  });
});
