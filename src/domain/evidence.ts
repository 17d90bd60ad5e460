/**
 * Evidence files and what they belong to: a certification card, a clearance or a checklist
 * requirement (records/schemas.ts allows exactly one). Which files a screen shows, and whether a
 * file in a backup or kept after a Replace still has its owner, are decided here, once.
 */
import { PATHWAYS } from './pathways/catalog';
import type { EvidenceFileInfo } from './types';

/** The field of a file that names its owner, one per kind of owner. */
export type EvidenceOwnerField = 'certificationId' | 'clearanceId' | 'requirementKey';

/** Every built-in requirement's key, in every pathway: a requirement that always exists. */
export const BUILT_IN_REQUIREMENT_KEYS: ReadonlySet<string> = new Set(
  PATHWAYS.flatMap((pathway) => pathway.requirements.map((requirement) => requirement.key)),
);

/** The records a set of files may belong to: the cards, the clearances, the requirements of one's own. */
export interface EvidenceOwners {
  certificationIds: ReadonlySet<string>;
  clearanceIds: ReadonlySet<string>;
  customRequirementIds: ReadonlySet<string>;
}

/** Whether a file's owner is among `owners` (a built-in requirement always is). */
export function hasOwner(
  file: Pick<EvidenceFileInfo, EvidenceOwnerField>,
  owners: EvidenceOwners,
): boolean {
  if (file.certificationId !== undefined) return owners.certificationIds.has(file.certificationId);
  if (file.clearanceId !== undefined) return owners.clearanceIds.has(file.clearanceId);
  if (file.requirementKey !== undefined)
    return (
      BUILT_IN_REQUIREMENT_KEYS.has(file.requirementKey) ||
      owners.customRequirementIds.has(file.requirementKey)
    );
  return false;
}

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
