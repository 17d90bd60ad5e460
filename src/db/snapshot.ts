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

/** A part of the snapshot by its key: each slice fills exactly one. */
export type SliceKey = keyof Snapshot;

/** A part of the snapshot, with the tables it reads (whole tables, so any write to them re-reads it). */
export interface SliceReader {
  key: SliceKey;
  tables: readonly string[];
  read: (db: MedTechDatabase) => Promise<Partial<Snapshot>>;
  /** Set when the slice is one whole table, rows as stored: the mirror may re-read it by row. */
  wholeTable?: WholeTable;
}

/** The slices that are a whole table, under the table's own name. */
export type WholeTable =
  | 'requirementStates'
  | 'customRequirements'
  | 'certifications'
  | 'clinicalEntries'
  | 'courses'
  | 'examPlans'
  | 'targets'
  | 'clearances';

function wholeTable(table: WholeTable): SliceReader {
  // The table's own property (db.targets), as every other reader uses, not db.table(name).
  return {
    key: table,
    tables: [table],
    read: async (db) => ({ [table]: await db[table].toArray() }),
    wholeTable: table,
  };
}

/** One reader per slice: each returns the part of the snapshot it owns. */
export const SLICE_READERS: readonly SliceReader[] = [
  wholeTable('requirementStates'),
  wholeTable('customRequirements'),
  wholeTable('certifications'),
  {
    key: 'evidenceFiles',
    tables: ['evidenceFiles'],
    read: async (db) => ({
      evidenceFiles: (await db.evidenceFiles.toArray()).map(({ blob, ...info }) => info),
    }),
  },
  wholeTable('clinicalEntries'),
  {
    // The whole (one-row) table rather than get('degree'): a query on one key would not be
    // re-run by a write to another, and a write waiting for its echo would wait for ever.
    key: 'degree',
    tables: ['degreeRecords'],
    read: async (db) => ({
      degree: (await db.degreeRecords.toArray()).find((row) => row.id === 'degree'),
    }),
  },
  wholeTable('courses'),
  wholeTable('examPlans'),
  wholeTable('targets'),
  wholeTable('clearances'),
  {
    key: 'settings',
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
