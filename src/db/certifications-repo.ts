/**
 * Writes to the certifications and evidence tables. A card and its evidence file are saved, or
 * removed, together in one transaction. Callers validate first (domain/certification-validation.ts).
 */
import type { Certification } from '../domain/types';
import type { MedTechDatabase } from './database';
import { evidenceRow } from './evidence-repo';
import type { NewEvidence } from './evidence-repo';

export type CertificationFields = Omit<Certification, 'id' | 'createdAt' | 'updatedAt'>;

/** Add a card (no id) or replace one (with id); attach a new evidence file when given. */
export async function saveCertification(
  db: MedTechDatabase,
  fields: CertificationFields,
  id: string | undefined,
  evidence: NewEvidence | undefined,
): Promise<Certification> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.certifications, db.evidenceFiles, async () => {
    const existing = id ? await db.certifications.get(id) : undefined;
    if (id && !existing) throw new Error('That certification no longer exists.');
    const certification: Certification = {
      ...fields,
      id: existing?.id ?? `cert-${crypto.randomUUID()}`,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.certifications.put(certification);
    if (evidence)
      await db.evidenceFiles.add(evidenceRow({ certificationId: certification.id }, evidence, now));
    return certification;
  });
}

export function deleteCertification(db: MedTechDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.certifications, db.evidenceFiles, async () => {
    await db.evidenceFiles.where('certificationId').equals(id).delete();
    await db.certifications.delete(id);
  });
}
