import { describe, expect, it } from 'vitest';
import { MedTechDatabase } from '../../src/db/database';
import { LATEST_VERSION } from '../../src/db/schema';
import { readSnapshot } from '../../src/db/snapshot';
import { V1_ROWS, createVersion1Database } from '../fixtures/db-v1';

describe('schema upgrades', () => {
  it('upgrades a version-1 database with data to the latest version, every record intact', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await createVersion1Database(name);

    const db = new MedTechDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.requirementStates.orderBy('key').toArray()).toEqual(
      [...V1_ROWS.requirementStates].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(await db.customRequirements.toArray()).toEqual(V1_ROWS.customRequirements);
    expect(await db.settings.toArray()).toEqual(V1_ROWS.settings);

    // The new tables exist, empty, and take writes.
    expect(await db.certifications.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    const snapshot = await readSnapshot(db);
    expect(snapshot.settings.pathwayId).toBe('mls');
    expect(snapshot.certifications).toEqual([]);
    await db.delete();
  });
});
