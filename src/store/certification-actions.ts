/** What the student does with certifications: validate, write through db/, await the echo. */
import {
  certificationFields,
  certificationProblems,
  evidenceFields,
  evidenceProblem,
} from '../domain/certification-validation';
import type { CertificationInput, CertificationProblems } from '../domain/certification-validation';
import {
  deleteCertification as deleteCertificationRow,
  saveCertification as saveCertificationRow,
} from '../db/certifications-repo';
import { db } from '../db/database';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function saveCertification(
  input: CertificationInput,
  id: string | undefined,
  file: File | undefined,
): Promise<ActionResult<keyof CertificationProblems>> {
  const problems = certificationProblems(input, useAppStore.getState().today);
  if (file) {
    const fileIssue = evidenceProblem(file);
    if (fileIssue) problems.evidence = fileIssue;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const saved = await runWrite(() =>
    saveCertificationRow(
      db,
      certificationFields(input),
      id,
      file ? evidenceFields(file) : undefined,
    ),
  );
  return saved ? { ok: true } : writeFailed();
}

export async function deleteCertification(id: string): Promise<void> {
  await runWrite(() => deleteCertificationRow(db, id));
}
