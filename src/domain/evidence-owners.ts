/**
 * Whether an evidence file's owner exists: in a backup (the gate refuses a file of no owner) and
 * after a Replace without files (the files kept here must still belong to a record). A built-in
 * requirement always exists; loaded with the backup screen, never on the first one.
 */
import type { EvidenceOwnerField } from './evidence';
import { PATHWAYS } from './pathways/catalog';
import type { EvidenceFileInfo } from './types';

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
