/**
 * Reading everything the screens need in one go. Called inside liveQuery, so Dexie re-runs it
 * whenever any of these tables changes, in this tab or another.
 */
import { DEFAULT_SETTINGS, readSettings } from '../domain/settings';
import type { Settings } from '../domain/settings';
import type {
  Certification,
  CustomRequirement,
  EvidenceFile,
  RequirementState,
} from '../domain/types';
import type { MedTechDatabase } from './database';

export interface Snapshot {
  requirementStates: RequirementState[];
  customRequirements: CustomRequirement[];
  certifications: Certification[];
  evidenceFiles: EvidenceFile[];
  settings: Settings;
  /** When the settings last changed: the calendar's application-date event is versioned by it. */
  settingsUpdatedAt?: string;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  requirementStates: [],
  customRequirements: [],
  certifications: [],
  evidenceFiles: [],
  settings: DEFAULT_SETTINGS,
};

export async function readSnapshot(db: MedTechDatabase): Promise<Snapshot> {
  return db.transaction(
    'r',
    [db.requirementStates, db.customRequirements, db.settings, db.certifications, db.evidenceFiles],
    async () => {
      const [requirementStates, customRequirements, settingRows, certifications, evidenceFiles] =
        await Promise.all([
          db.requirementStates.toArray(),
          db.customRequirements.toArray(),
          db.settings.toArray(),
          db.certifications.toArray(),
          db.evidenceFiles.toArray(),
        ]);
      const settingsUpdatedAt = settingRows
        .map((row) => row.updatedAt ?? '')
        .reduce((latest, stamp) => (stamp > latest ? stamp : latest), '');
      return {
        requirementStates,
        customRequirements,
        certifications,
        evidenceFiles,
        settings: readSettings(settingRows),
        ...(settingsUpdatedAt ? { settingsUpdatedAt } : {}),
      };
    },
  );
}
