/**
 * The database refuses what its record schemas refuse (db/row-guard.ts): a row the backup gate
 * would turn away cannot be written by any path, and a refused row takes its whole write with it.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCertification } from '../../src/db/certifications-repo';
import { MedTechDatabase } from '../../src/db/database';
import { saveClinicalEntry, saveTarget } from '../../src/db/records-repo';
import { RowRefusedError } from '../../src/db/row-guard';
import { parseBackup } from '../../src/domain/backup';
import { ROW_SCHEMAS, rowProblem } from '../../src/domain/records/schemas';
import type { ClinicalEntry } from '../../src/domain/types';
import { backupData, backupText } from '../fixtures/backup-arbitraries';
import { isolate } from '../../src/domain/isolate';

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`guard-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };
const ENTRY: ClinicalEntry = { ...SHIFT, id: 'e1', createdAt: 'x', updatedAt: 'x' };

describe('the row guard', () => {
  it('refuses an entry over a day, in words, and stores nothing', async () => {
    const refused = saveClinicalEntry(db, { ...SHIFT, hours: 25 }, undefined);
    await expect(refused).rejects.toBeInstanceOf(RowRefusedError);
    await expect(refused).rejects.toThrow(
      `Clinical log entry on Nov 20, 2026 at ${isolate('City Hospital')} cannot be kept: hours cannot be more than 24 hours.`,
    );
    expect(await db.clinicalEntries.count()).toBe(0);
  });

  it('refuses dates outside the kept range and unknown rotation areas', async () => {
    await expect(
      saveClinicalEntry(db, { ...SHIFT, date: '9999-12-31' }, undefined),
    ).rejects.toThrow(/date is not a real calendar date/);
    await expect(saveClinicalEntry(db, { ...SHIFT, area: '__proto__' }, undefined)).rejects.toThrow(
      /area is not a rotation area/,
    );
    expect(await db.clinicalEntries.count()).toBe(0);
  });

  it('refuses a target the form would refuse (100,000 required hours)', async () => {
    const target = {
      name: 'City program',
      kind: 'program' as const,
      date: '2027-04-15',
      pathwayId: 'mlt' as const,
      clinicalHours: 100_000,
    };
    await expect(saveTarget(db, target, undefined)).rejects.toBeInstanceOf(RowRefusedError);
    await expect(
      saveTarget(db, { ...target, clinicalHours: 10_000 }, undefined),
    ).resolves.toMatchObject({ clinicalHours: 10_000 });
  });

  it('refuses a card that expires before it was issued', async () => {
    const card = {
      type: 'cpr-bls' as const,
      provider: 'aha' as const,
      name: 'BLS Provider',
      issuedOn: '2026-05-01',
      expiresOn: '2026-04-30',
    };
    await expect(saveCertification(db, card, undefined, undefined)).rejects.toThrow(
      `Certification “${isolate('BLS Provider')}” cannot be kept: expiry date is before the issue date`,
    );
    expect(await db.certifications.count()).toBe(0);
  });

  it('takes the whole write with a refused row: the valid rows of it are not stored either', async () => {
    const write = db.transaction('rw', db.clinicalEntries, db.targets, async () => {
      await db.clinicalEntries.add(ENTRY);
      await db.clinicalEntries.add({ ...ENTRY, id: 'e2', hours: 24.25 });
    });
    await expect(write).rejects.toBeInstanceOf(RowRefusedError);
    expect(await db.clinicalEntries.count()).toBe(0);
  });

  it('checks bulk writes and updates too', async () => {
    await expect(
      db.clinicalEntries.bulkPut([ENTRY, { ...ENTRY, id: 'e2', hours: -1 }]),
    ).rejects.toBeTruthy();
    expect(await db.clinicalEntries.count()).toBe(0);
    await db.clinicalEntries.put(ENTRY);
    await expect(db.clinicalEntries.update('e1', { hours: 0.1 })).rejects.toThrow(/quarter hours/);
    expect((await db.clinicalEntries.get('e1'))?.hours).toBe(7.5);
  });

  it('refuses every write until its schemas have loaded, rather than let one through unchecked', async () => {
    vi.resetModules();
    const fresh = await import('../../src/db/database');
    const early = new fresh.MedTechDatabase(`early-${crypto.randomUUID()}`);
    try {
      await expect(early.clinicalEntries.add(ENTRY)).rejects.toThrow(/still loading its checks/);
      expect(await early.clinicalEntries.count()).toBe(0);
      const guard = await import('../../src/db/row-guard');
      await guard.loadRowGuard();
      await early.clinicalEntries.add(ENTRY);
      expect(await early.clinicalEntries.count()).toBe(1);
    } finally {
      await early.delete();
    }
  });

  it('agrees with the backup gate: every row of an accepted backup can be stored', () => {
    fc.assert(
      fc.property(backupData, (data) => {
        expect(parseBackup(backupText(data)).ok).toBe(true);
        for (const table of Object.keys(ROW_SCHEMAS) as (keyof typeof ROW_SCHEMAS)[]) {
          if (table === 'evidenceFiles') continue; // stored with a Blob, in a backup as base64
          for (const row of data[table]) expect(rowProblem(table, row)).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
