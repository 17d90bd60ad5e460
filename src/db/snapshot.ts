/**
 * What the screens read, table by table. store/sync.ts keeps one liveQuery per slice, so a write
 * to one table re-reads only that table (ticking a box does not re-read 10,000 clinical entries).
 * `readSnapshot` reads every slice in one transaction, for tests and exports.
 */
import { DEFAULT_SETTINGS, readSettings } from '../domain/settings';
import type { Settings } from '../domain/settings';
import type {
  Certification,
  Clearance,
  ClinicalEntry,
  Course,
  CustomRequirement,
  DegreeRecord,
  EvidenceFileInfo,
  ExamPlan,
  RequirementState,
  Target,
} from '../domain/types';
import type { MedTechDatabase } from './database';

export interface Snapshot {
  requirementStates: RequirementState[];
  customRequirements: CustomRequirement[];
  certifications: Certification[];
  /** Metadata only: the bytes stay in IndexedDB until a screen shows or exports them. */
  evidenceFiles: EvidenceFileInfo[];
  clinicalEntries: ClinicalEntry[];
  degree: DegreeRecord | undefined;
  courses: Course[];
  examPlans: ExamPlan[];
  targets: Target[];
  clearances: Clearance[];
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
  clearances: [],
  settings: DEFAULT_SETTINGS,
};

/** A part of the snapshot, with the tables it reads (whole tables, so any write to them re-reads it). */
export interface SliceReader {
  tables: readonly string[];
  read: (db: MedTechDatabase) => Promise<Partial<Snapshot>>;
}

/** One reader per slice: each returns the part of the snapshot it owns. */
export const SLICE_READERS: readonly SliceReader[] = [
  {
    tables: ['requirementStates'],
    read: async (db) => ({ requirementStates: await db.requirementStates.toArray() }),
  },
  {
    tables: ['customRequirements'],
    read: async (db) => ({ customRequirements: await db.customRequirements.toArray() }),
  },
  {
    tables: ['certifications'],
    read: async (db) => ({ certifications: await db.certifications.toArray() }),
  },
  {
    tables: ['evidenceFiles'],
    read: async (db) => ({
      evidenceFiles: (await db.evidenceFiles.toArray()).map(({ blob, ...info }) => info),
    }),
  },
  {
    tables: ['clinicalEntries'],
    read: async (db) => ({ clinicalEntries: await db.clinicalEntries.toArray() }),
  },
  {
    // The whole (one-row) table rather than get('degree'): a query on one key would not be
    // re-run by a write to another, and a write waiting for its echo would wait for ever.
    tables: ['degreeRecords'],
    read: async (db) => ({
      degree: (await db.degreeRecords.toArray()).find((row) => row.id === 'degree'),
    }),
  },
  { tables: ['courses'], read: async (db) => ({ courses: await db.courses.toArray() }) },
  { tables: ['examPlans'], read: async (db) => ({ examPlans: await db.examPlans.toArray() }) },
  { tables: ['targets'], read: async (db) => ({ targets: await db.targets.toArray() }) },
  {
    tables: ['clearances'],
    read: async (db) => ({ clearances: await db.clearances.toArray() }),
  },
  {
    tables: ['settings'],
    read: async (db) => ({ settings: readSettings(await db.settings.toArray()) }),
  },
];

export async function readSnapshot(db: MedTechDatabase): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => {
    const slices = await Promise.all(SLICE_READERS.map((slice) => slice.read(db)));
    return Object.assign({ ...EMPTY_SNAPSHOT }, ...slices) as Snapshot;
  });
}
