/**
 * Evidence files by what they belong to: a certification card, a clearance or a checklist
 * requirement (records/schemas.ts allows exactly one). Small and free of the pathway catalog:
 * the first screen's expiry banner reads it (whether an owner still exists: evidence-owners.ts).
 */
import type { EvidenceFileInfo } from './types';

/** The field of a file that names its owner, one per kind of owner. */
export type EvidenceOwnerField = 'certificationId' | 'clearanceId' | 'requirementKey';

/** The files of each owner of one kind, by the owner's id or key, in the order they were added. */
export function evidenceBy(
  files: readonly EvidenceFileInfo[],
  field: EvidenceOwnerField,
): ReadonlyMap<string, EvidenceFileInfo[]> {
  const byOwner = new Map<string, EvidenceFileInfo[]>();
  for (const file of files) {
    const owner = file[field];
    if (owner === undefined) continue;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), file]);
  }
  return byOwner;
}
