/**
 * db/open-database.ts and db/storage-failure.ts: opening the database, and the reason code of
 * each way it fails, against fake-indexeddb. A raw IndexedDB connection that ignores "versionchange" plays a tab with an old
 * version that holds the database open.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MedTechDatabase } from '../../src/db/database';
import { openDatabase } from '../../src/db/open-database';
import { storageFailureOf } from '../../src/db/storage-failure';
import { LATEST_VERSION } from '../../src/db/schema';

const opened: Dexie[] = [];

function freshName(): string {
  return `open-${crypto.randomUUID()}`;
}

function medTechDatabase(name = freshName()): MedTechDatabase {
  const db = new MedTechDatabase(name);
  opened.push(db);
  return db;
}

/** An old version's connection that never closes for an upgrade. */
function holdOldVersion(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('storageFailureOf', () => {
  it.each([
    ['a browser without IndexedDB', new Dexie.MissingAPIError(), 'missing'],
    [
      'storage blocked by the browser',
      new DOMException('The operation is insecure.', 'SecurityError'),
      'refused',
    ],
    [
      "an older Firefox's private window",
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      ),
      'refused',
    ],
    [
      'Chrome with site data blocked',
      new DOMException('The user denied permission to access the database.', 'UnknownError'),
      'refused',
    ],
    [
      'an unknown error',
      new DOMException('Internal error opening backing store.', 'UnknownError'),
      'other',
    ],
    [
      'a database newer than the app',
      new DOMException('The requested version is less than the existing version.', 'VersionError'),
      'version',
    ],
    ['a full disk', new DOMException('Quota exceeded.', 'QuotaExceededError'), 'quota'],
    [
      "Dexie's wrapper around a refusal",
      new Dexie.DatabaseClosedError(
        new DOMException('The operation is insecure.', 'SecurityError'),
      ),
      'refused',
    ],
    [
      "Dexie's wrapper around a full disk",
      new Dexie.OpenFailedError(new DOMException('Quota exceeded.', 'QuotaExceededError')),
      'quota',
    ],
    ['a closed database with no cause', new Dexie.DatabaseClosedError(), 'other'],
    ['a plain error', new Error('boom'), 'other'],
    ['something thrown that is not an error', 'boom', 'other'],
    ['nothing at all', undefined, 'other'],
  ])('names %s', (_case, error, reason) => {
    expect(storageFailureOf(error)).toBe(reason);
  });
});

describe('openDatabase', () => {
  it('opens the database and reports no problem', async () => {
    const db = medTechDatabase();
    await expect(openDatabase(db, () => undefined)).resolves.toBeUndefined();
    expect(db.isOpen()).toBe(true);
  });

  it('says the API is missing when the browser has no IndexedDB', async () => {
    const db = new Dexie(freshName(), { indexedDB: undefined });
    db.version(1).stores({ settings: '&key' });
    await expect(openDatabase(db, () => undefined)).resolves.toMatchObject({ reason: 'missing' });
  });

  it('says the browser refused when indexedDB.open() throws a SecurityError', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(openDatabase(medTechDatabase(), () => undefined)).resolves.toEqual({
      reason: 'refused',
      detail: 'The operation is insecure.',
    });
  });

  it('keeps the message of an error it cannot name', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new Error('The backing store is corrupt');
    });
    await expect(openDatabase(medTechDatabase(), () => undefined)).resolves.toEqual({
      reason: 'other',
      detail: 'The backing store is corrupt',
    });
  });

  it('says when another tab blocks the upgrade, then opens once that tab lets go', async () => {
    const name = freshName();
    const oldTab = await holdOldVersion(name);
    const db = medTechDatabase(name);
    let blockedCalls = 0;
    // Only once told it is blocked does the old tab close: the open must then carry on by itself.
    const result = openDatabase(db, () => {
      blockedCalls += 1;
      oldTab.close();
    });
    await expect(result).resolves.toBeUndefined();
    expect(blockedCalls).toBe(1);
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(LATEST_VERSION);
  });
});
