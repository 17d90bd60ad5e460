/**
 * Evidence files of any owner (a card, a clearance, a requirement): the screens' selector of them
 * by owner (metadata only, memoised on the evidence slice; never on the first screen), and the
 * actions: attach one to a requirement, remove one, read one's bytes.
 */
import { useMemo } from 'react';
import { evidenceFields, evidenceProblem } from '../domain/certification-validation';
import { evidenceBy } from '../domain/evidence';
import type { EvidenceOwnerField } from '../domain/evidence';
import type { EvidenceFileInfo } from '../domain/types';
import { db } from '../db/database';
import {
  attachEvidence,
  readEvidenceBytes,
  removeEvidence as removeEvidenceRow,
} from '../db/evidence-repo';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

/** The evidence files of each owner of one kind, by the owner's id or key. */
export function useEvidence(field: EvidenceOwnerField): ReadonlyMap<string, EvidenceFileInfo[]> {
  const files = useAppStore((state) => state.snapshot.evidenceFiles);
  return useMemo(() => evidenceBy(files, field), [files, field]);
}

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
