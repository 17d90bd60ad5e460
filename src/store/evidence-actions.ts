/** Evidence files of any owner: attach one to a requirement, remove one, read one's bytes. */
import { evidenceFields, evidenceProblem } from '../domain/certification-validation';
import { db } from '../db/database';
import {
  attachEvidence,
  readEvidenceBytes,
  removeEvidence as removeEvidenceRow,
} from '../db/evidence-repo';
import { runWrite, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

/** Keep a file (a transcript, an hours sheet, a letter) as evidence of a checklist requirement. */
export async function attachRequirementEvidence(
  requirementKey: string,
  file: File,
): Promise<ActionResult<'evidence'>> {
  const problem = evidenceProblem(file);
  if (problem) return { ok: false, problems: { evidence: problem } };
  const saved = await runWrite(() => attachEvidence(db, { requirementKey }, evidenceFields(file)));
  return saved ? { ok: true } : writeFailed();
}

export async function removeEvidence(evidenceId: string): Promise<void> {
  await runWrite(() => removeEvidenceRow(db, evidenceId));
}

/** The bytes of an evidence file (not kept in the store), or undefined once it is gone. */
export function evidenceBytes(evidenceId: string): Promise<Blob | undefined> {
  return readEvidenceBytes(db, evidenceId);
}
