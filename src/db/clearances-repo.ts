/**
 * Writes to the clearances table. A clearance and its new evidence file are saved, or removed
 * with all its files, together in one transaction. Callers validate first
 * (domain/clearance-validation.ts); the row guard checks the record schema.
 */
import type { Clearance } from '../domain/types';
import type { MedTechDatabase } from './database';
import { evidenceRow } from './evidence-repo';
import type { NewEvidence } from './evidence-repo';

export type ClearanceFields = Omit<Clearance, 'id' | 'createdAt' | 'updatedAt'>;

/** Add a clearance (no id) or replace one (with id); attach a new evidence file when given. */
export async function saveClearance(
  db: MedTechDatabase,
  fields: ClearanceFields,
  id: string | undefined,
  evidence: NewEvidence | undefined,
): Promise<Clearance> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.clearances, db.evidenceFiles, async () => {
    const existing = id ? await db.clearances.get(id) : undefined;
    if (id && !existing) throw new Error('That clearance no longer exists.');
    const clearance: Clearance = {
      ...fields,
      id: existing?.id ?? `clearance-${crypto.randomUUID()}`,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.clearances.put(clearance);
    if (evidence)
      await db.evidenceFiles.add(evidenceRow({ clearanceId: clearance.id }, evidence, now));
    return clearance;
  });
}

export function deleteClearance(db: MedTechDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.clearances, db.evidenceFiles, async () => {
    await db.evidenceFiles.where('clearanceId').equals(id).delete();
    await db.clearances.delete(id);
  });
}
