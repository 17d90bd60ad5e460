import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MedTechDatabase } from '../../src/db/database';
import {
  addExamAttempt,
  deleteClinicalEntry,
  deleteCourse,
  deleteTarget,
  restoreClinicalEntry,
  saveClinicalEntry,
  saveCourse,
  saveDegree,
  saveExamPlan,
  saveTarget,
  setTargetArchived,
} from '../../src/db/records-repo';
import { readSnapshot } from '../../src/db/snapshot';

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const SHIFT = { date: '2026-11-20', site: 'City Hospital', area: 'chemistry', hours: 7.5 };

describe('clinical entries', () => {
  it('adds, edits in place, deletes and restores an entry exactly', async () => {
    const added = await saveClinicalEntry(db, SHIFT, undefined);
    expect(added.id).toMatch(/^entry-/);
    const edited = await saveClinicalEntry(
      db,
      { ...SHIFT, hours: 8, verifiedOn: '2026-11-21' },
      added.id,
    );
    expect(edited.createdAt).toBe(added.createdAt);
    expect(await db.clinicalEntries.count()).toBe(1);
    const deleted = await deleteClinicalEntry(db, added.id);
    expect(await db.clinicalEntries.count()).toBe(0);
    await restoreClinicalEntry(db, deleted!);
    expect(await db.clinicalEntries.get(added.id)).toEqual(edited);
  });

  it('refuses to edit an entry that no longer exists, writing nothing', async () => {
    await expect(saveClinicalEntry(db, SHIFT, 'entry-gone')).rejects.toThrow(/no longer exists/);
    expect(await db.clinicalEntries.count()).toBe(0);
  });
});

describe('degree, courses and exam plans', () => {
  it('keeps one degree record, and courses and plans as rows', async () => {
    await saveDegree(db, { program: 'MLT AAS', institution: 'City College', level: 'associate' });
    await saveDegree(db, {
      program: 'MLT AAS',
      institution: 'City College',
      level: 'associate',
      conferredOn: '2026-05-20',
    });
    const course = await saveCourse(
      db,
      { name: 'Microbiology', subject: 'biology', credits: 4, status: 'completed' },
      undefined,
    );
    const plan = await saveExamPlan(db, { exam: 'ascp-mlt', appliedOn: '2026-10-01' }, undefined);
    const snapshot = await readSnapshot(db);
    expect(snapshot.degree).toMatchObject({ id: 'degree', conferredOn: '2026-05-20' });
    expect(await db.degreeRecords.count()).toBe(1);
    expect(snapshot.courses.map((row) => row.name)).toEqual(['Microbiology']);
    expect(snapshot.examPlans.map((row) => row.exam)).toEqual(['ascp-mlt']);
    // Attempts are appended to what is stored, and editing the plan keeps them.
    await addExamAttempt(db, plan.id, { takenOn: '2026-11-20', result: 'passed' });
    await addExamAttempt(db, plan.id, { takenOn: '2026-09-01', result: 'failed' });
    await saveExamPlan(db, { exam: 'ascp-mlt', appliedOn: '2026-08-01' }, plan.id);
    expect((await db.examPlans.get(plan.id))?.attempts.map((attempt) => attempt.takenOn)).toEqual([
      '2026-09-01',
      '2026-11-20',
    ]);
    await expect(
      addExamAttempt(db, 'exam-gone', { takenOn: '2026-11-20', result: 'passed' }),
    ).rejects.toThrow(/no longer exists/);
    await deleteCourse(db, course.id);
    expect(await db.courses.count()).toBe(0);
  });
});

describe('targets', () => {
  it('adds, archives, restores and deletes a target', async () => {
    const target = await saveTarget(
      db,
      {
        name: 'City MLT program',
        kind: 'program',
        date: '2027-04-15',
        pathwayId: 'mlt',
        requiresAhaBls: true,
      },
      undefined,
    );
    await setTargetArchived(db, target.id, true);
    expect((await db.targets.get(target.id))?.archived).toBe(true);
    await setTargetArchived(db, target.id, false);
    expect((await db.targets.get(target.id))?.archived).toBeUndefined();
    await expect(setTargetArchived(db, 'target-gone', true)).rejects.toThrow(/no longer exists/);
    await deleteTarget(db, target.id);
    expect(await db.targets.count()).toBe(0);
  });
});
