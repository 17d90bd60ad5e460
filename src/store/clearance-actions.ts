/** What the student does with clearances: validate, write through db/, await the echo. */
import { evidenceFields, evidenceProblem } from '../domain/certification-validation';
import { clearanceFields, clearanceProblems } from '../domain/clearance-validation';
import type { ClearanceField, ClearanceInput } from '../domain/clearance-validation';
import {
  deleteClearance as deleteClearanceRow,
  saveClearance as saveClearanceRow,
} from '../db/clearances-repo';
import { db } from '../db/database';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function saveClearance(
  input: ClearanceInput,
  id: string | undefined,
  file: File | undefined,
): Promise<ActionResult<ClearanceField>> {
  const problems = clearanceProblems(input, useAppStore.getState().today);
  if (file) {
    const fileIssue = evidenceProblem(file);
    if (fileIssue) problems.evidence = fileIssue;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const saved = await runWrite(() =>
    saveClearanceRow(db, clearanceFields(input), id, file ? evidenceFields(file) : undefined),
  );
  return saved ? { ok: true } : writeFailed();
}

export async function deleteClearance(id: string): Promise<void> {
  await runWrite(() => deleteClearanceRow(db, id));
}
