import { describe, expect, it } from 'vitest';
import { MedTechDatabase } from '../../src/db/database';
import { LATEST_VERSION } from '../../src/db/schema';
import { readSnapshot } from '../../src/db/snapshot';
import { V1_ROWS, createVersion1Database } from '../fixtures/db-v1';
import { V2_EVIDENCE_BYTES, V2_ROWS, createVersion2Database } from '../fixtures/db-v2';
import { V3_ROWS, createVersion3Database } from '../fixtures/db-v3';
import { V4_ROWS, createVersion4Database } from '../fixtures/db-v4';
import { V5_EVIDENCE_BYTES, V5_ROWS, createVersion5Database } from '../fixtures/db-v5';
import { V7_EVIDENCE_BYTES, V7_ROWS, V7_TABLES, createVersion7Database } from '../fixtures/db-v7';

const byKey = <Row extends { key: string }>(rows: readonly Row[]) =>
  [...rows].sort((a, b) => a.key.localeCompare(b.key));

/** Every object store of a database, with its key and indexes, as IndexedDB itself has them. */
function storesOf(db: MedTechDatabase) {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames].sort();
  const transaction = idb.transaction(names, 'readonly');
  return names.map((name) => {
    const store = transaction.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].sort().map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index);
        return { index, keyPath, unique, multiEntry };
      }),
    };
  });
}

/**
 * Opened by the app's own class, and left with exactly the stores and indexes of a database the
 * latest version created: Dexie diffs the installed schema against the one declared
 * (db/schema.ts declares the latest version alone).
 */
async function openLatest(name: string): Promise<MedTechDatabase> {
  const db = new MedTechDatabase(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  const fresh = new MedTechDatabase(`fresh-${crypto.randomUUID()}`);
  await fresh.open();
  expect(storesOf(db)).toEqual(storesOf(fresh));
  await fresh.delete();
  return db;
}

async function expectNewTablesEmpty(db: MedTechDatabase): Promise<void> {
  for (const table of [
    db.clinicalEntries,
    db.degreeRecords,
    db.courses,
    db.examPlans,
    db.targets,
    db.importUndo,
    db.setAside,
    db.clearances,
  ])
    expect(await table.count()).toBe(0);
}

describe('schema upgrades', () => {
  it('upgrades a version-1 database with data to the latest version, every record intact', async () => {
    const name = `upgrade-v1-${crypto.randomUUID()}`;
    await createVersion1Database(name);
    const db = await openLatest(name);
    expect(byKey(await db.requirementStates.toArray())).toEqual(byKey(V1_ROWS.requirementStates));
    expect(await db.customRequirements.toArray()).toEqual(V1_ROWS.customRequirements);
    expect(await db.settings.toArray()).toEqual(V1_ROWS.settings);
    expect(await db.certifications.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    await expectNewTablesEmpty(db);
    expect((await readSnapshot(db)).settings.pathwayId).toBe('mls');
    await db.delete();
  });

  it('upgrades a version-2 database with cards and an evidence file, every byte intact', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`;
    await createVersion2Database(name);
    const db = await openLatest(name);
    expect(byKey(await db.requirementStates.toArray())).toEqual(byKey(V2_ROWS.requirementStates));
    expect(await db.certifications.toArray()).toEqual(V2_ROWS.certifications);
    expect(byKey(await db.settings.toArray())).toEqual(byKey(V2_ROWS.settings));
    const [file] = await db.evidenceFiles.toArray();
    expect(new Uint8Array(await (file?.blob as Blob).arrayBuffer())).toEqual(V2_EVIDENCE_BYTES);
    await expectNewTablesEmpty(db);
    const snapshot = await readSnapshot(db);
    expect(snapshot.settings.applicationDate).toBe('2027-04-15');
    expect(snapshot.clinicalEntries).toEqual([]);
    await db.delete();
  });

  it('upgrades a version-3 database with hours, degree, courses and exam plans, every record intact', async () => {
    const name = `upgrade-v3-${crypto.randomUUID()}`;
    await createVersion3Database(name);
    const db = await openLatest(name);
    expect(await db.clinicalEntries.toArray()).toEqual(V3_ROWS.clinicalEntries);
    expect(await db.degreeRecords.toArray()).toEqual(V3_ROWS.degreeRecords);
    expect(await db.courses.toArray()).toEqual(V3_ROWS.courses);
    expect(await db.examPlans.toArray()).toEqual(V3_ROWS.examPlans);
    expect(await db.certifications.toArray()).toEqual(V3_ROWS.certifications);
    expect(await db.targets.count()).toBe(0);
    const snapshot = await readSnapshot(db);
    expect(snapshot.degree?.expectedGraduation).toBe('2027-05-15');
    expect(snapshot.targets).toEqual([]);
    await db.delete();
  });

  it('upgrades a version-4 database with targets, every record intact and nothing to undo', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`;
    await createVersion4Database(name);
    const db = await openLatest(name);
    for (const table of [
      'requirementStates',
      'customRequirements',
      'settings',
      'certifications',
      'clinicalEntries',
      'degreeRecords',
      'courses',
      'examPlans',
      'targets',
    ] as const) {
      const rows = (await db.table(table).toArray()) as { id?: string; key?: string }[];
      const key = (row: { id?: string; key?: string }) => String(row.id ?? row.key);
      expect([...rows].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        [...(V4_ROWS[table] as { id?: string; key?: string }[])].sort((a, b) =>
          key(a).localeCompare(key(b)),
        ),
      );
    }
    expect(await db.importUndo.count()).toBe(0);
    expect((await readSnapshot(db)).targets.map((target) => target.name)).toEqual([
      'City MLT program',
    ]);
    await db.delete();
  });

  it('upgrades a version-5 database: every record and byte intact, clearances and evidence of any owner ready', async () => {
    const name = `upgrade-v5-${crypto.randomUUID()}`;
    await createVersion5Database(name);
    const db = await openLatest(name);
    for (const table of ['certifications', 'targets', 'clinicalEntries', 'importUndo'] as const)
      expect(await db.table(table).toArray()).toEqual(V5_ROWS[table]);
    const [file] = await db.evidenceFiles.toArray();
    expect(file?.certificationId).toBe(V5_ROWS.certifications[0]?.id);
    expect(new Uint8Array(await (file?.blob as Blob).arrayBuffer())).toEqual(V5_EVIDENCE_BYTES);
    // The new indexes answer: the old file is found by its card, none by a clearance or requirement.
    expect(
      await db.evidenceFiles
        .where('certificationId')
        .equals(V5_ROWS.certifications[0]?.id ?? '')
        .count(),
    ).toBe(1);
    expect(await db.evidenceFiles.where('clearanceId').equals('any').count()).toBe(0);
    expect(await db.evidenceFiles.where('requirementKey').equals('cpr-bls').count()).toBe(0);
    expect(await db.clearances.count()).toBe(0);
    await db.clearances.put({
      id: 'clearance-1',
      kind: 'tb-screening',
      testType: 'igra',
      testedOn: '2026-10-01',
      result: 'negative',
      createdAt: 'x',
      updatedAt: 'x',
    });
    expect((await readSnapshot(db)).clearances.map((row) => row.kind)).toEqual(['tb-screening']);
    await db.delete();
  });

  it('upgrades a version-7 database to version 8: every row of every table intact, an empty outbox, sync off', async () => {
    const name = `upgrade-v7-${crypto.randomUUID()}`;
    await createVersion7Database(name);
    const db = await openLatest(name);
    expect(LATEST_VERSION).toBe(8);
    expect(V7_TABLES).toHaveLength(14);
    for (const table of V7_TABLES) {
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
      const stored = table === 'evidenceFiles' ? rows.map(({ blob, ...info }) => info) : rows;
      const key = (row: Record<string, unknown>) => String(row.id ?? row.key);
      const sorted = (list: readonly Record<string, unknown>[]) =>
        [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sorted(stored), table).toEqual(sorted(V7_ROWS[table]));
    }
    for (const file of await db.evidenceFiles.toArray())
      expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(V7_EVIDENCE_BYTES);
    expect(await db.table('outbox').count()).toBe(0);
    // Sync was never turned on: a change to a record notes nothing.
    await db.clinicalEntries.delete('entry-1');
    expect(await db.table('outbox').count()).toBe(0);
    await db.delete();
  });
});
