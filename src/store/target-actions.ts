/** Targets: validate, write through db/, await the echo. */
import { targetProblems } from '../domain/record-validation';
import type { TargetInput } from '../domain/record-validation';
import type { PathwayId, TargetKind } from '../domain/types';
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
): Promise<ActionResult<keyof TargetInput>> {
  const problems = targetProblems(input);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const hours = input.clinicalHours.trim();
  const notes = input.notes.trim();
  const saved = await runWrite(() =>
    saveTargetRow(
      db,
      {
        name: input.name.trim(),
        kind: input.kind as TargetKind,
        date: input.date,
        pathwayId: input.pathwayId as PathwayId,
        ...(hours !== '' ? { clinicalHours: Number(hours) } : {}),
        ...(input.requiresAhaBls ? { requiresAhaBls: true } : {}),
        ...(input.validThrough ? { validThrough: input.validThrough } : {}),
        ...(notes ? { notes } : {}),
        ...(archived ? { archived: true } : {}),
      },
      id,
    ),
  );
  return saved ? { ok: true } : writeFailed();
}

export async function archiveTarget(id: string, archived: boolean): Promise<void> {
  await runWrite(() => setTargetArchived(db, id, archived));
}

export async function deleteTarget(id: string): Promise<void> {
  await runWrite(() => deleteTargetRow(db, id));
}
