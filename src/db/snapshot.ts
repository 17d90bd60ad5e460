/**
 * What the screens read, table by table. store/sync.ts mirrors each slice's table row by row, so a
 * write re-reads only the rows it wrote (logging an hour does not re-read 10,000 clinical entries).
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
import type { Table } from 'dexie';
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

/** The tables the slices read, one each; the record tables under their own names. */
export type SliceTable =
  | 'requirementStates'
  | 'customRequirements'
  | 'certifications'
  | 'evidenceFiles'
  | 'clinicalEntries'
  | 'degreeRecords'
  | 'courses'
  | 'examPlans'
  | 'targets'
  | 'clearances'
  | 'settings';

type RowOf<T extends SliceTable> =
  MedTechDatabase[T] extends Table<infer Row, string> ? Row : never;

/**
 * A part of the snapshot: the one table it reads, whole (any write to it re-reads it: by row,
 * store/table-mirror.ts), and its part from that table's rows in key order.
 */
export interface SliceReader {
  key: SliceKey;
  table: SliceTable;
  select: (rows: readonly unknown[]) => Partial<Snapshot>;
}

function slice<T extends SliceTable>(
  key: SliceKey,
  table: T,
  select: (rows: readonly RowOf<T>[]) => Partial<Snapshot>,
): SliceReader {
  return { key, table, select: select as SliceReader['select'] };
}

/** A slice that is a whole table, rows as stored, under the table's own name. */
function rowsOf(table: SliceTable & SliceKey): SliceReader {
  return slice(table, table, (rows) => ({ [table]: rows }));
}

/** One reader per slice: each returns the part of the snapshot it owns. */
export const SLICE_READERS: readonly SliceReader[] = [
  rowsOf('requirementStates'),
  rowsOf('customRequirements'),
  rowsOf('certifications'),
  // Metadata only: the bytes stay in IndexedDB until a screen shows or exports them.
  slice('evidenceFiles', 'evidenceFiles', (rows) => ({
    evidenceFiles: rows.map(({ blob, ...info }) => info),
  })),
  rowsOf('clinicalEntries'),
  // The whole (one-row) table rather than one key: a write waiting for its echo waits on tables.
  slice('degree', 'degreeRecords', (rows) => ({
    degree: rows.find((row) => row.id === 'degree'),
  })),
  rowsOf('courses'),
  rowsOf('examPlans'),
  rowsOf('targets'),
  rowsOf('clearances'),
  slice('settings', 'settings', (rows) => ({ settings: readSettings(rows) })),
];

export async function readSnapshot(db: MedTechDatabase): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => {
    // The table's own property (db.targets), as every reader uses, not db.table(name).
    const slices = await Promise.all(
      SLICE_READERS.map(async (reader) => reader.select(await db[reader.table].toArray())),
    );
    return Object.assign({ ...EMPTY_SNAPSHOT }, ...slices) as Snapshot;
  });
}
