import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addCustomRequirement,
  removeCustomRequirement,
  saveRequirementEdit,
  savePositions,
  setCompletion,
  setHidden,
} from '../../src/db/checklist-repo';
import { MedTechDatabase } from '../../src/db/database';
import { saveSettings } from '../../src/db/settings-repo';
import { readSnapshot } from '../../src/db/snapshot';
import { attachEvidence } from '../../src/db/evidence-repo';

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('schema', () => {
  it('is the latest version with every table', () => {
    expect(db.verno).toBe(8);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'certifications',
      'clearances',
      'clinicalEntries',
      'courses',
      'customRequirements',
      'degreeRecords',
      'evidenceFiles',
      'examPlans',
      'importUndo',
      'meta',
      'outbox',
      'requirementStates',
      'setAside',
      'settings',
      'targets',
    ]);
  });
});

describe('readSnapshot', () => {
  it('gives the default pathway and empty records on a new database', async () => {
    expect(await readSnapshot(db)).toEqual({
      requirementStates: [],
      customRequirements: [],
      certifications: [],
      evidenceFiles: [],
      clinicalEntries: [],
      degree: undefined,
      courses: [],
      examPlans: [],
      targets: [],
      clearances: [],
      settings: {
        pathwayId: 'mlt',
        warningDays: 90,
        alarmDays: [60, 14],
        clinicalTargets: { byArea: {} },
        theme: 'system',
      },
    });
  });

  it('falls back to the default pathway when the stored one is unknown', async () => {
    await db.settings.put({ key: 'pathwayId', value: 'retired-route' });
    expect((await readSnapshot(db)).settings.pathwayId).toBe('mlt');
    await saveSettings(db, { pathwayId: 'mls' });
    expect((await readSnapshot(db)).settings.pathwayId).toBe('mls');
  });
});

describe('completions', () => {
  it('records and clears a completion date, keeping the note', async () => {
    await saveRequirementEdit(db, 'cpr-bls', { title: undefined, note: 'Card in my wallet' }, true);
    await setCompletion(db, 'cpr-bls', '2026-06-10');
    expect(await db.requirementStates.get('cpr-bls')).toMatchObject({
      completedOn: '2026-06-10',
      note: 'Card in my wallet',
    });
    await setCompletion(db, 'cpr-bls', undefined);
    const state = await db.requirementStates.get('cpr-bls');
    expect(state?.completedOn).toBeUndefined();
    expect(state?.note).toBe('Card in my wallet');
  });
});

describe('editing', () => {
  it("stores a built-in title as the student's wording, and clears it again", async () => {
    await saveRequirementEdit(
      db,
      'first-aid',
      { title: 'Heartsaver First Aid', note: undefined },
      true,
    );
    expect((await db.requirementStates.get('first-aid'))?.title).toBe('Heartsaver First Aid');
    await saveRequirementEdit(db, 'first-aid', { title: undefined, note: undefined }, true);
    expect((await db.requirementStates.get('first-aid'))?.title).toBeUndefined();
  });

  it("updates a custom requirement's own row", async () => {
    const added = await addCustomRequirement(db, 'clinical', 'TB test', 100);
    await saveRequirementEdit(db, added.id, { title: 'TB skin test', note: 'Due in March' }, false);
    expect((await db.customRequirements.get(added.id))?.title).toBe('TB skin test');
    expect((await db.requirementStates.get(added.id))?.note).toBe('Due in March');
  });

  it('writes nothing when part of an edit fails', async () => {
    await expect(
      saveRequirementEdit(db, 'custom-missing', { title: 'Ghost', note: 'should not stay' }, false),
    ).rejects.toThrow(/No requirement of your own/);
    expect(await db.requirementStates.count()).toBe(0);
  });
});

describe('custom requirements', () => {
  it('adds one with its position, and removes it with its state and its evidence files', async () => {
    const added = await addCustomRequirement(db, 'degree', 'Chemistry II', 40);
    const file = { name: 'transcript.pdf', mimeType: 'application/pdf' as const };
    await attachEvidence(db, { requirementKey: added.id }, { ...file, blob: new Blob(['%PDF']) });
    await attachEvidence(db, { requirementKey: 'mlt-degree' }, { ...file, blob: new Blob(['%']) });
    expect(added.id).toMatch(/^custom-/);
    expect(await db.customRequirements.get(added.id)).toMatchObject({
      area: 'degree',
      title: 'Chemistry II',
    });
    expect((await db.requirementStates.get(added.id))?.position).toBe(40);
    await setCompletion(db, added.id, '2026-05-01');
    await removeCustomRequirement(db, added.id);
    expect(await db.customRequirements.count()).toBe(0);
    expect(await db.requirementStates.count()).toBe(0);
    // Its file goes with it; a built-in requirement's file stays.
    expect((await db.evidenceFiles.toArray()).map((row) => row.requirementKey)).toEqual([
      'mlt-degree',
    ]);
  });
});

describe('hiding and ordering', () => {
  it('hides and restores a built-in requirement without losing its completion', async () => {
    await setCompletion(db, 'mlt-degree', '2025-05-20');
    await setHidden(db, 'mlt-degree', true);
    expect(await db.requirementStates.get('mlt-degree')).toMatchObject({
      hidden: true,
      completedOn: '2025-05-20',
    });
    await setHidden(db, 'mlt-degree', false);
    const state = await db.requirementStates.get('mlt-degree');
    expect(state?.hidden).toBeUndefined();
    expect(state?.completedOn).toBe('2025-05-20');
  });

  it('saves all positions of a move together', async () => {
    await savePositions(db, [
      { key: 'first-aid', position: 10 },
      { key: 'cpr-bls', position: 20 },
    ]);
    const states = await db.requirementStates.bulkGet(['first-aid', 'cpr-bls']);
    expect(states.map((state) => state?.position)).toEqual([10, 20]);
  });
});

describe('live queries', () => {
  it('emits a new snapshot after every write', async () => {
    const seen: number[] = [];
    const subscription = liveQuery(() => readSnapshot(db)).subscribe((snapshot) =>
      seen.push(snapshot.requirementStates.length),
    );
    await waitUntil(() => seen.length === 1);
    await setCompletion(db, 'cpr-bls', '2026-01-01');
    await waitUntil(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    expect(seen[0]).toBe(0);
  });
});

/** Polls a condition; the limit only guards against a hang (a loaded machine can be slow). */
async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting for the live query');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
