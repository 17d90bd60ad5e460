/** Targets: validate, write through db/, await the echo. */
import { targetFields, targetProblems } from '../domain/record-validation';
import type { TargetField, TargetInput } from '../domain/record-validation';
import { db } from '../db/database';
import {
  deleteTarget as deleteTargetRow,
  saveTarget as saveTargetRow,
  setTargetArchived,
} from '../db/records-repo';
import { runWrite, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function saveTarget(
  input: TargetInput,
  id: string | undefined,
  archived: boolean | undefined,
): Promise<ActionResult<TargetField>> {
  const problems = targetProblems(input);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const saved = await runWrite(() => saveTargetRow(db, targetFields(input, archived), id));
  return saved ? { ok: true } : writeFailed();
}

export async function archiveTarget(id: string, archived: boolean): Promise<void> {
  await runWrite(() => setTargetArchived(db, id, archived));
}

export async function deleteTarget(id: string): Promise<void> {
  await runWrite(() => deleteTargetRow(db, id));
}
