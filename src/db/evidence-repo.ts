/**
 * Evidence files, whoever owns them (a card, a clearance, a checklist requirement): one row per
 * file, its bytes a Blob, at most EVIDENCE_MAX_BYTES (the row guard refuses more). A screen reads
 * the bytes only when it shows or opens a file.
 */
import type { EvidenceFile } from '../domain/types';
import type { MedTechDatabase } from './database';

export type NewEvidence = Pick<EvidenceFile, 'name' | 'mimeType' | 'blob'>;

/** Who a file belongs to: exactly one of these. */
export type EvidenceOwner =
  { certificationId: string } | { clearanceId: string } | { requirementKey: string };

/** The row of a new file for `owner`, added at `now`. */
export function evidenceRow(
  owner: EvidenceOwner,
  evidence: NewEvidence,
  now: string,
): EvidenceFile {
  return {
    id: `evidence-${crypto.randomUUID()}`,
    ...owner,
    name: evidence.name,
    mimeType: evidence.mimeType,
    size: evidence.blob.size,
    blob: evidence.blob,
    addedAt: now,
  };
}

/** Keep a file for `owner` (a requirement's transcript, say). */
export async function attachEvidence(
  db: MedTechDatabase,
  owner: EvidenceOwner,
  evidence: NewEvidence,
): Promise<void> {
  await db.transaction('rw', db.evidenceFiles, () =>
    db.evidenceFiles.add(evidenceRow(owner, evidence, new Date().toISOString())),
  );
}

export function removeEvidence(db: MedTechDatabase, evidenceId: string): Promise<void> {
  return db.transaction('rw', db.evidenceFiles, () => db.evidenceFiles.delete(evidenceId));
}

/** The bytes of one evidence file, read when a screen shows or opens it. */
export async function readEvidenceBytes(
  db: MedTechDatabase,
  evidenceId: string,
): Promise<Blob | undefined> {
  return (await db.evidenceFiles.get(evidenceId))?.blob;
}
