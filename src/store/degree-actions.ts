/** The degree and its courses: validate, write through db/, await the echo. */
import {
  courseFields,
  courseProblems,
  degreeFields,
  degreeProblems,
} from '../domain/record-validation';
import type { CourseInput, DegreeInput } from '../domain/record-validation';
import { db } from '../db/database';
import {
  deleteCourse as deleteCourseRow,
  saveCourse as saveCourseRow,
  saveDegree as saveDegreeRow,
} from '../db/records-repo';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function saveDegree(input: DegreeInput): Promise<ActionResult<keyof DegreeInput>> {
  const problems = degreeProblems(input, useAppStore.getState().today);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const saved = await runWrite(() => saveDegreeRow(db, degreeFields(input)));
  return saved ? { ok: true } : writeFailed();
}

export async function saveCourse(
  input: CourseInput,
  id: string | undefined,
): Promise<ActionResult<keyof CourseInput>> {
  const problems = courseProblems(input);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const saved = await runWrite(() => saveCourseRow(db, courseFields(input), id));
  return saved ? { ok: true } : writeFailed();
}

export async function deleteCourse(id: string): Promise<void> {
  await runWrite(() => deleteCourseRow(db, id));
}
