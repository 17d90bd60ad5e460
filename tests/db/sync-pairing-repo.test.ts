/**
 * Where a device keeps its pairing (db/sync-pairing-repo.ts): saved and read back whole, read as
 * "not paired" when what is stored is not a pairing, forgotten on delete, and never part of a
 * backup (the key must not travel in a backup file).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupData, readStoredRows } from '../../src/db/backup-repo';
import { MedTechDatabase } from '../../src/db/database';
import {
  deletePairing,
  readAdvisorToken,
  readPairing,
  saveAdvisorToken,
  savePairing,
  storedAccess,
} from '../../src/db/sync-pairing-repo';
import type { Pairing } from '../../src/sync/pairing';
import { newDocumentName } from '../../src/sync/pairing';
import { aPairing } from '../sync/a-pairing';

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`pairing-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('the device pairing', () => {
  it('reads as not paired before one is saved', async () => {
    expect(await readPairing(db)).toBeUndefined();
  });

  it('reads back what was saved, and nothing once deleted', async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    expect(await readPairing(db)).toEqual(pairing);
    await deletePairing(db);
    expect(await readPairing(db)).toBeUndefined();
  });

  it('replaces an earlier pairing', async () => {
    await savePairing(db, await aPairing());
    const second = await aPairing();
    await savePairing(db, second);
    expect(await readPairing(db)).toEqual(second);
  });

  it.each([
    ['a short key', (pairing: Pairing) => ({ ...pairing, key: pairing.key.slice(1) })],
    ['an http server', (pairing: Pairing) => ({ ...pairing, server: 'https://sync.example.org' })],
    ['an unknown access', (pairing: Pairing) => ({ ...pairing, access: 'admin' })],
    ['an extra field', (pairing: Pairing) => ({ ...pairing, extra: 1 })],
    ['a missing token', ({ token, ...rest }: Pairing) => (void token, rest)],
    ['not an object', () => 'wss://sync.example.org/'],
  ])('reads a stored value with %s as not paired', async (_, spoil) => {
    const pairing = await aPairing();
    await db.meta.put({ key: 'syncPairing', value: spoil(pairing) });
    expect(await readPairing(db)).toBeUndefined();
  });

  it('tells at start, unchecked, what a stored pairing says about editing', async () => {
    expect(await storedAccess(db)).toBeUndefined();
    await savePairing(db, await aPairing({ access: 'view' }));
    expect(await storedAccess(db)).toBe('view');
    await savePairing(db, await aPairing());
    expect(await storedAccess(db)).toBe('edit');
    // Not checked: the sync code reads these as not paired once loaded.
    await db.meta.put({ key: 'syncPairing', value: { access: 'view', extra: 1 } });
    expect(await storedAccess(db)).toBe('view');
    await db.meta.put({ key: 'syncPairing', value: 'wss://sync.example.org/' });
    expect(await storedAccess(db)).toBe('edit');
    await deletePairing(db);
    expect(await storedAccess(db)).toBeUndefined();
  });

  it('never reaches a backup', async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    const backup = JSON.stringify(await readBackupData(db, true));
    const stored = JSON.stringify(await readStoredRows(db));
    for (const text of [backup, stored]) {
      expect(text).not.toContain(pairing.key);
      expect(text).not.toContain(pairing.token);
    }
  });
});

describe('the advisor token this device made', () => {
  it('is read back for its own document only, and forgotten with the pairing', async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    expect(await readAdvisorToken(db, pairing.doc)).toBeUndefined();
    await saveAdvisorToken(db, pairing.doc, 'advisor-token-0123456789');
    expect(await readAdvisorToken(db, pairing.doc)).toBe('advisor-token-0123456789');
    expect(await readAdvisorToken(db, newDocumentName())).toBeUndefined();
    await saveAdvisorToken(db, pairing.doc, 'advisor-token-replaced-0123');
    expect(await readAdvisorToken(db, pairing.doc)).toBe('advisor-token-replaced-0123');
    // Never in a backup: it opens the records as the pairing's key does.
    expect(JSON.stringify(await readBackupData(db, true))).not.toContain('advisor-token');
    await deletePairing(db);
    expect(await readAdvisorToken(db, pairing.doc)).toBeUndefined();
    expect(await readPairing(db)).toBeUndefined();
  });

  it('reads as none when what is stored is not one', async () => {
    await db.meta.put({ key: 'syncAdvisorToken', value: 'not an object' });
    expect(await readAdvisorToken(db, newDocumentName())).toBeUndefined();
    await db.meta.put({ key: 'syncAdvisorToken', value: { doc: 'x', token: 42 } });
    expect(await readAdvisorToken(db, 'x')).toBeUndefined();
  });
});
