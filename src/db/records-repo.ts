/**
 * Writes to the clinical log, the degree and its courses, and the exam plans. Each function is
 * one transaction. Callers validate first (domain/*-validation.ts).
 */
import type { Table } from 'dexie';
import type {
  ClinicalEntry,
  Course,
  DegreeRecord,
  ExamAttempt,
  ExamPlan,
  Target,
} from '../domain/types';
import type { MedTechDatabase } from './database';

type Stamped = 'id' | 'createdAt' | 'updatedAt';

function now(): string {
  return new Date().toISOString();
}

/** Add (no id) or replace (with id) a row of a table of stamped records. */
async function upsert<Row extends { id: string; createdAt: string; updatedAt: string }>(
  table: Table<Row, string>,
  prefix: string,
  fields: Omit<Row, Stamped>,
  id: string | undefined,
): Promise<Row> {
  const existing = id ? await table.get(id) : undefined;
  if (id && !existing) throw new Error('That record no longer exists.');
  const stamp = now();
  const row = {
    ...fields,
    id: existing?.id ?? `${prefix}-${crypto.randomUUID()}`,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  } as Row;
  await table.put(row);
  return row;
}

export type ClinicalEntryFields = Omit<ClinicalEntry, Stamped>;

export function saveClinicalEntry(
  db: MedTechDatabase,
  fields: ClinicalEntryFields,
  id: string | undefined,
): Promise<ClinicalEntry> {
  return db.transaction('rw', db.clinicalEntries, () =>
    upsert(db.clinicalEntries, 'entry', fields, id),
  );
}

/** Delete an entry and hand it back, so the screen can offer to undo. */
export function deleteClinicalEntry(
  db: MedTechDatabase,
  id: string,
): Promise<ClinicalEntry | undefined> {
  return db.transaction('rw', db.clinicalEntries, async () => {
    const entry = await db.clinicalEntries.get(id);
    await db.clinicalEntries.delete(id);
    return entry;
  });
}

/** Put a deleted entry back exactly as it was. */
export function restoreClinicalEntry(db: MedTechDatabase, entry: ClinicalEntry): Promise<void> {
  return db.transaction('rw', db.clinicalEntries, async () => {
    await db.clinicalEntries.add(entry);
  });
}

export function saveDegree(
  db: MedTechDatabase,
  fields: Omit<DegreeRecord, 'id' | 'updatedAt'>,
): Promise<void> {
  return db.transaction('rw', db.degreeRecords, async () => {
    await db.degreeRecords.put({ ...fields, id: 'degree', updatedAt: now() });
  });
}

export function saveCourse(
  db: MedTechDatabase,
  fields: Omit<Course, Stamped>,
  id: string | undefined,
): Promise<Course> {
  return db.transaction('rw', db.courses, () => upsert(db.courses, 'course', fields, id));
}

export function deleteCourse(db: MedTechDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.courses, () => db.courses.delete(id));
}

/** Add or edit an exam plan's details. Its attempts are kept as stored, never re-sent. */
export function saveExamPlan(
  db: MedTechDatabase,
  fields: Omit<ExamPlan, Stamped | 'attempts'>,
  id: string | undefined,
): Promise<ExamPlan> {
  return db.transaction('rw', db.examPlans, async () => {
    const attempts = id ? ((await db.examPlans.get(id))?.attempts ?? []) : [];
    return upsert(db.examPlans, 'exam', { ...fields, attempts }, id);
  });
}

/**
 * Add an attempt to the plan as stored now, in one transaction, so an attempt recorded at the
 * same time in another tab is kept.
 */
export function addExamAttempt(
  db: MedTechDatabase,
  id: string,
  attempt: ExamAttempt,
): Promise<void> {
  return db.transaction('rw', db.examPlans, async () => {
    const plan = await db.examPlans.get(id);
    if (!plan) throw new Error('That exam no longer exists.');
    const attempts = [...plan.attempts, attempt].sort((a, b) =>
      a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0,
    );
    await db.examPlans.put({ ...plan, attempts, updatedAt: now() });
  });
}

export function deleteExamPlan(db: MedTechDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.examPlans, () => db.examPlans.delete(id));
}

export function saveTarget(
  db: MedTechDatabase,
  fields: Omit<Target, Stamped>,
  id: string | undefined,
): Promise<Target> {
  return db.transaction('rw', db.targets, () => upsert(db.targets, 'target', fields, id));
}

export function setTargetArchived(
  db: MedTechDatabase,
  id: string,
  archived: boolean,
): Promise<void> {
  return db.transaction('rw', db.targets, async () => {
    const updated = await db.targets.update(id, {
      archived: archived ? true : undefined,
      updatedAt: now(),
    });
    if (updated === 0) throw new Error('That target no longer exists.');
  });
}

export function deleteTarget(db: MedTechDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.targets, () => db.targets.delete(id));
}
