/**
 * Reading everything the screens need in one go. Called inside liveQuery, so Dexie re-runs it
 * whenever any of these tables changes, in this tab or another.
 */
import { DEFAULT_PATHWAY_ID, isPathwayId } from '../domain/pathways/catalog';
import type { CustomRequirement, PathwayId, RequirementState } from '../domain/types';
import type { MedTechDatabase } from './database';

export interface Settings {
  pathwayId: PathwayId;
}

export interface Snapshot {
  requirementStates: RequirementState[];
  customRequirements: CustomRequirement[];
  settings: Settings;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  requirementStates: [],
  customRequirements: [],
  settings: { pathwayId: DEFAULT_PATHWAY_ID },
};

export async function readSnapshot(db: MedTechDatabase): Promise<Snapshot> {
  return db.transaction('r', db.requirementStates, db.customRequirements, db.settings, async () => {
    const [requirementStates, customRequirements, pathwaySetting] = await Promise.all([
      db.requirementStates.toArray(),
      db.customRequirements.toArray(),
      db.settings.get('pathwayId'),
    ]);
    const pathwayId = isPathwayId(pathwaySetting?.value)
      ? pathwaySetting.value
      : DEFAULT_PATHWAY_ID;
    return { requirementStates, customRequirements, settings: { pathwayId } };
  });
}
