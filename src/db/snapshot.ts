/**
 * What the screens read, table by table. store/sync.ts keeps one liveQuery per slice, so a write
 * to one table re-reads only that table (ticking a box does not re-read 10,000 clinical entries).
 * `readSnapshot` reads every slice in one transaction, for tests and exports.
 */
import { DEFAULT_SETTINGS, readSettings } from '../domain/settings';
import type { Settings } from '../domain/settings';
import type {
  Certification,
  ClinicalEntry,
  Course,
  CustomRequirement,
  DegreeRecord,
  EvidenceFile,
  ExamPlan,
  RequirementState,
  Target,
} from '../domain/types';
import type { MedTechDatabase } from './database';

export interface Snapshot {
  requirementStates: RequirementState[];
  customRequirements: CustomRequirement[];
  certifications: Certification[];
  evidenceFiles: EvidenceFile[];
  clinicalEntries: ClinicalEntry[];
  degree: DegreeRecord | undefined;
  courses: Course[];
  examPlans: ExamPlan[];
  targets: Target[];
  settings: Settings;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  requirementStates: [],
  customRequirements: [],
  certifications: [],
  evidenceFiles: [],
  clinicalEntries: [],
  degree: undefined,
  courses: [],
  examPlans: [],
  targets: [],
  settings: DEFAULT_SETTINGS,
};

async function readSettingsSlice(db: MedTechDatabase): Promise<Pick<Snapshot, 'settings'>> {
  return { settings: readSettings(await db.settings.toArray()) };
}

/** One reader per slice: each returns the part of the snapshot it owns. */
export const SLICE_READERS: ReadonlyArray<(db: MedTechDatabase) => Promise<Partial<Snapshot>>> = [
  async (db) => ({ requirementStates: await db.requirementStates.toArray() }),
  async (db) => ({ customRequirements: await db.customRequirements.toArray() }),
  async (db) => ({ certifications: await db.certifications.toArray() }),
  async (db) => ({ evidenceFiles: await db.evidenceFiles.toArray() }),
  async (db) => ({ clinicalEntries: await db.clinicalEntries.toArray() }),
  async (db) => ({ degree: await db.degreeRecords.get('degree') }),
  async (db) => ({ courses: await db.courses.toArray() }),
  async (db) => ({ examPlans: await db.examPlans.toArray() }),
  async (db) => ({ targets: await db.targets.toArray() }),
  readSettingsSlice,
];

export async function readSnapshot(db: MedTechDatabase): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => {
    const slices = await Promise.all(SLICE_READERS.map((read) => read(db)));
    return Object.assign({ ...EMPTY_SNAPSHOT }, ...slices) as Snapshot;
  });
}
