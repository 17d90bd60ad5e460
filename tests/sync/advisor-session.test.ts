/**
 * The advisor's link end to end, below the screens: the student's session lets an advisor token
 * read (session.allowReadToken), an advisor's device paired with access=view and that token takes
 * the records over the real sync server (scripts/sync-server.mjs) and sends nothing back, a
 * change the advisor's device makes locally never reaches the student, and a new advisor link
 * turns the old device's session to "refused". Every wait is on a condition; the timeouts only
 * guard against a hang.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { setCompletion } from '../../src/db/checklist-repo';
import { MedTechDatabase } from '../../src/db/database';
import { readOutbox } from '../../src/db/outbox-repo';
import { saveClinicalEntry } from '../../src/db/records-repo';
import { newAdvisorToken, readTokenHash } from '../../src/sync/advisor-access';
import type { Pairing } from '../../src/sync/pairing';
import { startSession } from '../../src/sync/session';
import type { SyncSession } from '../../src/sync/session';
import { aPairing } from './a-pairing';
import { startServer, stopServer } from './server-process';

const WRITE_TOKEN = 'write-token-0123456789abcdef';
const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };
const CONVERGE = { timeout: 30_000, interval: 50 };

let directory: string;
let server: ChildProcess;
let url: string;
const databases: MedTechDatabase[] = [];
const sessions: SyncSession[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'medtech-advisor-'));
  ({ child: server, url } = await startServer({
    SYNC_HOST: '127.0.0.1',
    SYNC_PORT: '0',
    SYNC_DATA_DIR: directory,
    SYNC_WRITE_TOKEN: WRITE_TOKEN,
    SYNC_STORE_DEBOUNCE_MS: '50',
  }));
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
  const db = new MedTechDatabase(`advisor-${crypto.randomUUID()}`);
  await db.open();
  databases.push(db);
  return db;
}

async function join_(db: MedTechDatabase, pairing: Pairing): Promise<SyncSession> {
  const session = await startSession(db, pairing, { WebSocketPolyfill: WebSocket });
  sessions.push(session);
  return session;
}

/** A new document of the student's, paired with the write token (a device of their own). */
function studentPairing(): Promise<Pairing> {
  return aPairing({ server: url, token: WRITE_TOKEN });
}

describe("an advisor's device over the sync server", () => {
  it('reads the records, sends nothing, and is refused once a new link is made', async () => {
    const pairing = await studentPairing();
    const student = await device();
    const shift = await saveClinicalEntry(student, SHIFT, undefined);
    const studentSession = await join_(student, pairing);
    await vi.waitFor(() => expect(studentSession.status().state).toBe('synced'), CONVERGE);

    const token = newAdvisorToken();
    await studentSession.allowReadToken(token);
    const advisor = await device();
    const advisorSession = await join_(advisor, { ...pairing, token, access: 'view' });
    await vi.waitFor(
      async () => expect(await advisor.clinicalEntries.get(shift.id)).toEqual(shift),
      CONVERGE,
    );
    await vi.waitFor(() => expect(advisorSession.status().state).toBe('synced'), CONVERGE);
    // Nothing is noted on the advisor's device, so nothing waits to be sent.
    await setCompletion(advisor, 'mlt-degree', '2026-11-02');
    expect(await readOutbox(advisor, 10)).toEqual([]);

    // The student's next change reaches the advisor; the advisor's own never reaches the student.
    await setCompletion(student, 'mlt-exam', '2026-11-03');
    await vi.waitFor(
      async () => expect(await advisor.requirementStates.get('mlt-exam')).toBeDefined(),
      CONVERGE,
    );
    await studentSession.settled();
    expect(await student.requirementStates.get('mlt-degree')).toBeUndefined();

    // A new advisor link: the old token's session is closed, asks again and is refused.
    await studentSession.allowReadToken(newAdvisorToken());
    await vi.waitFor(() => expect(advisorSession.status().state).toBe('refused'), CONVERGE);
    await saveClinicalEntry(student, { ...SHIFT, date: '2026-11-21' }, undefined);
    await studentSession.settled();
    await vi.waitFor(() => expect(studentSession.status().state).toBe('synced'), CONVERGE);
    expect(await advisor.clinicalEntries.count()).toBe(1);
  });

  it("tells a student's other device when its advisor link was replaced there", async () => {
    const pairing = await studentPairing();
    const laptop = await join_(await device(), pairing);
    const phone = await join_(await device(), pairing);
    await vi.waitFor(() => expect(laptop.status().state).toBe('synced'), CONVERGE);
    await vi.waitFor(() => expect(phone.status().state).toBe('synced'), CONVERGE);
    const seenOnLaptop: (string | undefined)[] = [];
    const stopWatching = laptop.watchReadTokenHash((hash) => seenOnLaptop.push(hash));
    expect(seenOnLaptop).toEqual([undefined]);

    const laptopToken = newAdvisorToken();
    await laptop.allowReadToken(laptopToken);
    expect(seenOnLaptop.at(-1)).toBe(await readTokenHash(laptopToken));

    // The phone makes a new link once it holds the laptop's (made after it, as a student would:
    // two links made at once are settled by Yjs, not by time): its hash reaches the laptop.
    const seenOnPhone: (string | undefined)[] = [];
    const stopPhone = phone.watchReadTokenHash((hash) => seenOnPhone.push(hash));
    const laptopHash = await readTokenHash(laptopToken);
    await vi.waitFor(() => expect(seenOnPhone.at(-1)).toBe(laptopHash), CONVERGE);
    stopPhone();
    const phoneToken = newAdvisorToken();
    await phone.allowReadToken(phoneToken);
    const phoneHash = await readTokenHash(phoneToken);
    await vi.waitFor(() => expect(seenOnLaptop.at(-1)).toBe(phoneHash), CONVERGE);
    stopWatching();
    await laptop.allowReadToken(newAdvisorToken());
    expect(seenOnLaptop.at(-1)).toBe(phoneHash);
  });
});
