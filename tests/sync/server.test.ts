/**
 * The sync server (scripts/sync-server.mjs) as `npm run sync-server` runs it: a child process on
 * 127.0.0.1, a free port, a temporary directory; clients are the app's own HocuspocusProvider over
 * the `ws` package (Node 20 has no WebSocket of its own). Every wait is on an event or a condition;
 * the test timeout only guards against a hang.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { allowReadToken, newAdvisorToken, readTokenHash } from '../../src/sync/advisor-access';
import { generateSyncKey } from '../../src/sync/crypto';
import { readDocument, writeRowChanges } from '../../src/sync/doc-mapping';
import { newDocumentName } from '../../src/sync/pairing';
import { startServer, stopServer } from './server-process';

const WRITE_TOKEN = 'write-token-0123456789abcdef';
const MARKER = 'ZEBRA-MARKER-7731';

let directory: string;
let server: ChildProcess;
let url: string;
const providers: HocuspocusProvider[] = [];

/** A device or advisor connected to one document; `ready` settles on authentication. */
function connect(name: string, token: string, document = new Y.Doc(), at = url) {
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: at,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({ websocketProvider, name, token, document });
  providers.push(provider);
  const ready = new Promise<{ scope: string }>((resolve, reject) => {
    provider.on('authenticated', resolve);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(`refused: ${reason}`)),
    );
  });
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  provider.attach();
  return { provider, document, ready, synced };
}

/** Resolves when `check` holds for the document, checked after each update it receives. */
function until(document: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const onUpdate = () => {
      if (!check()) return;
      document.off('update', onUpdate);
      resolve();
    };
    document.on('update', onUpdate);
  });
}

/**
 * Resolves with the server's answer to the next change this provider sends: the protocol's
 * sync-status message (type 8) says whether the server applied it. Read from the raw bytes:
 * varString document name, varUint type, varInt applied (1) or not (0).
 */
function nextSyncStatus(provider: HocuspocusProvider): Promise<boolean> {
  return new Promise((resolve) => {
    const onMessage = ({ event }: { event: MessageEvent }) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer);
      const nameLength = bytes[0] as number;
      if (nameLength >= 0x80 || bytes[1 + nameLength] !== 8) return;
      provider.off('message', onMessage);
      resolve(bytes[2 + nameLength] === 1);
    };
    provider.on('message', onMessage);
  });
}

/** Resolves once the server has answered everything this provider sent (its handshake too). */
function allAnswered(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (provider.unsyncedChanges === 0) return resolve();
    const onChange = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off('unsyncedChanges', onChange);
      resolve();
    };
    provider.on('unsyncedChanges', onChange);
  });
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'medtech-sync-'));
  ({ child: server, url } = await startServer({
    SYNC_HOST: '127.0.0.1',
    SYNC_PORT: '0',
    SYNC_DATA_DIR: directory,
    SYNC_WRITE_TOKEN: WRITE_TOKEN,
    SYNC_STORE_DEBOUNCE_MS: '50',
  }));
});

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  if (server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  await rm(directory, { recursive: true, force: true });
});

describe('sync server', () => {
  it('refuses to start without a write token', async () => {
    await expect(startServer({ SYNC_PORT: '0', SYNC_DATA_DIR: directory })).rejects.toThrow(
      /SYNC_WRITE_TOKEN/,
    );
  });

  it('carries a change from one device to another, and stores the document on disk', async () => {
    const name = newDocumentName();
    const phone = connect(name, WRITE_TOKEN);
    const laptop = connect(name, WRITE_TOKEN);
    expect((await phone.ready).scope).toBe('read-write');
    await Promise.all([phone.synced, laptop.synced]);
    phone.document.getMap('checklist').set('bls', 'done');
    await until(laptop.document, () => laptop.document.getMap('checklist').get('bls') === 'done');
    laptop.document.getMap('checklist').set('cpr', 'done');
    await until(phone.document, () => phone.document.getMap('checklist').get('cpr') === 'done');

    const file = join(directory, `${name}.ydoc`);
    await vi.waitFor(
      async () => {
        const stored = new Y.Doc();
        Y.applyUpdate(stored, new Uint8Array(await readFile(file)));
        expect(stored.getMap('checklist').toJSON()).toEqual({ bls: 'done', cpr: 'done' });
      },
      { timeout: 30_000, interval: 50 },
    );
    // No temporary file is left behind once the writes are done.
    await vi.waitFor(
      async () =>
        expect((await readdir(directory)).filter((entry) => entry.endsWith('.tmp'))).toEqual([]),
      { timeout: 30_000, interval: 50 },
    );
  });

  it('refuses a server-wide read token, which no student could revoke', async () => {
    await expect(
      startServer({
        SYNC_PORT: '0',
        SYNC_DATA_DIR: directory,
        SYNC_WRITE_TOKEN: WRITE_TOKEN,
        SYNC_READ_TOKEN: 'read-token-0123456789abcdef',
      }),
    ).rejects.toThrow(/SYNC_READ_TOKEN is no longer used/);
  });

  it("lets an advisor's token read its own document only, and refuses its changes", async () => {
    const name = newDocumentName();
    const advisorToken = newAdvisorToken();
    const student = connect(name, WRITE_TOKEN);
    await student.synced;
    student.document.getMap('checklist').set('bls', 'done');
    await allowReadToken(student.document, advisorToken);
    await allAnswered(student.provider);

    const advisor = connect(name, advisorToken);
    expect((await advisor.ready).scope).toBe('readonly');
    await until(advisor.document, () => advisor.document.getMap('checklist').get('bls') === 'done');
    await advisor.synced;
    await allAnswered(advisor.provider);

    // Nor the student's evidence files: a file's document carries no advisor token hash.
    const evidence = connect(`${name}.f.AAAAAAAAAAAAAAAAAAAAAA`, WRITE_TOKEN);
    evidence.document.getMap('file').set('sealed', new Uint8Array([1, 2, 3]));
    await evidence.synced;
    await allAnswered(evidence.provider);
    await expect(connect(`${name}.f.AAAAAAAAAAAAAAAAAAAAAA`, advisorToken).ready).rejects.toThrow(
      /refused/,
    );

    // The same token opens no other document: one with no advisor link, one with another.
    const other = connect(newDocumentName(), advisorToken);
    await expect(other.ready).rejects.toThrow(/refused/);
    const otherName = newDocumentName();
    const otherStudent = connect(otherName, WRITE_TOKEN);
    await otherStudent.synced;
    await allowReadToken(otherStudent.document, newAdvisorToken());
    await allAnswered(otherStudent.provider);
    const elsewhere = connect(otherName, advisorToken);
    await expect(elsewhere.ready).rejects.toThrow(/refused/);

    // The student's own change is answered "applied"; the advisor's, "not applied", its attempt
    // to let another token in included.
    const applied = nextSyncStatus(student.provider);
    student.document.getMap('checklist').set('cpr', 'done');
    expect(await applied).toBe(true);
    await until(advisor.document, () => advisor.document.getMap('checklist').get('cpr') === 'done');
    const answer = nextSyncStatus(advisor.provider);
    advisor.document.getMap('checklist').set('bls', 'changed by the advisor');
    expect(await answer).toBe(false);
    const hashAnswer = nextSyncStatus(advisor.provider);
    await allowReadToken(advisor.document, 'a-token-the-advisor-chose-0123');
    expect(await hashAnswer).toBe(false);

    // Asked after the server turned the changes away: a fresh device never sees them, and the
    // server's stored copy holds the student's hash and values only.
    const fresh = connect(name, WRITE_TOKEN);
    await fresh.synced;
    expect(fresh.document.getMap('checklist').toJSON()).toEqual({ bls: 'done', cpr: 'done' });
    expect(fresh.document.getMap('access').get('readTokenHash')).toBe(
      await readTokenHash(advisorToken),
    );
    const file = join(directory, `${name}.ydoc`);
    await vi.waitFor(
      async () => {
        const stored = new Y.Doc();
        Y.applyUpdate(stored, new Uint8Array(await readFile(file)));
        expect(stored.getMap('checklist').toJSON()).toEqual({ bls: 'done', cpr: 'done' });
        expect(stored.getMap('access').toJSON()).toEqual({
          readTokenHash: await readTokenHash(advisorToken),
        });
      },
      { timeout: 30_000, interval: 50 },
    );
    expect((await readFile(file)).toString('latin1')).not.toContain(advisorToken);
  });

  it("closes the old advisor link's connection on a new link, and refuses it from then on", async () => {
    const name = newDocumentName();
    const oldToken = newAdvisorToken();
    const newToken = newAdvisorToken();
    const student = connect(name, WRITE_TOKEN);
    await student.synced;
    await allowReadToken(student.document, oldToken);
    await allAnswered(student.provider);
    const advisor = connect(name, oldToken);
    expect((await advisor.ready).scope).toBe('readonly');
    await advisor.synced;
    const closed = new Promise<void>((resolve) => advisor.provider.on('close', () => resolve()));
    // It asks again after the close, with the same token, and is told no.
    const refusedAgain = new Promise<string>((resolve) =>
      advisor.provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
        resolve(reason),
      ),
    );

    await allowReadToken(student.document, newToken);
    await closed;
    expect(await refusedAgain).toBeTruthy();
    // Nothing the student writes now reaches the old link.
    student.document.getMap('checklist').set('after', 'revoked');
    await allAnswered(student.provider);

    const again = connect(name, oldToken);
    await expect(again.ready).rejects.toThrow(/refused/);
    const current = connect(name, newToken);
    expect((await current.ready).scope).toBe('readonly');
    await until(
      current.document,
      () => current.document.getMap('checklist').get('after') === 'revoked',
    );
    expect(advisor.document.getMap('checklist').get('after')).toBeUndefined();
  });

  it("checks an advisor's token against the stored document when none is open", async () => {
    const name = newDocumentName();
    const token = newAdvisorToken();
    const student = connect(name, WRITE_TOKEN);
    await student.synced;
    student.document.getMap('checklist').set('bls', 'done');
    await allowReadToken(student.document, token);
    const file = join(directory, `${name}.ydoc`);
    await vi.waitFor(
      async () => {
        const stored = new Y.Doc();
        Y.applyUpdate(stored, new Uint8Array(await readFile(file)));
        expect(stored.getMap('access').get('readTokenHash')).toBe(await readTokenHash(token));
      },
      { timeout: 30_000, interval: 50 },
    );
    // A second server on the same storage has nothing open: it reads the stored file.
    const second = await startServer({
      SYNC_HOST: '127.0.0.1',
      SYNC_PORT: '0',
      SYNC_DATA_DIR: directory,
      SYNC_WRITE_TOKEN: WRITE_TOKEN,
    });
    try {
      const wrong = connect(name, newAdvisorToken(), new Y.Doc(), second.url);
      await expect(wrong.ready).rejects.toThrow(/refused/);
      const advisor = connect(name, token, new Y.Doc(), second.url);
      expect((await advisor.ready).scope).toBe('readonly');
      await until(
        advisor.document,
        () => advisor.document.getMap('checklist').get('bls') === 'done',
      );
      advisor.provider.destroy();
      wrong.provider.destroy();
    } finally {
      await stopServer(second.child);
    }
  });

  it('refuses a token that hashes to nothing the document holds, even with no advisor link', async () => {
    const name = newDocumentName();
    const student = connect(name, WRITE_TOKEN);
    await student.synced;
    const guess = connect(name, 'write-token-0123456789abcdeX');
    await expect(guess.ready).rejects.toThrow(/refused/);
  });

  it('refuses a wrong token, and a document name the app never makes', async () => {
    const wrong = connect(newDocumentName(), 'not-the-token-0123456789');
    await expect(wrong.ready).rejects.toThrow(/refused/);
    const strange = connect('../../etc/passwd', WRITE_TOKEN);
    await expect(strange.ready).rejects.toThrow(/refused/);
    // An evidence file's document: the student's document, ".f.", a 128-bit slot; nothing looser.
    const name = newDocumentName();
    const slot = 'AAAAAAAAAAAAAAAAAAAAAA';
    await expect(connect(`${name}.f.${slot}`, WRITE_TOKEN).ready).resolves.toBeDefined();
    for (const loose of [`${name}.f.${slot}x`, `${name}.f.../${slot}`, `${name}.x.${slot}`])
      await expect(connect(loose, WRITE_TOKEN).ready).rejects.toThrow(/refused/);
  });

  it('stores only ciphertext: a marker typed into a note never reaches the disk', async () => {
    const key = await generateSyncKey();
    const name = newDocumentName();
    const phone = connect(name, WRITE_TOKEN);
    await phone.synced;
    const entry = {
      id: 'entry-1',
      date: '2026-11-03',
      site: 'City Hospital',
      area: 'chemistry',
      hours: 8,
      notes: `Met ${MARKER}`,
      createdAt: 'x',
      updatedAt: 'x',
    };
    await writeRowChanges(phone.document, key, 'clinicalEntries', entry);
    const file = join(directory, `${name}.ydoc`);
    const stored = new Y.Doc();
    await vi.waitFor(
      async () => {
        Y.applyUpdate(stored, new Uint8Array(await readFile(file)));
        expect((await readDocument(stored, key)).rows.clinicalEntries).toEqual([entry]);
      },
      { timeout: 30_000, interval: 50 },
    );
    const bytes = (await readFile(file)).toString('latin1');
    expect(bytes).not.toContain(MARKER);
    expect(bytes).not.toContain('City Hospital');
  });
});
