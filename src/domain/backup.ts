/**
 * The backup file: its format, its versions, and the one gate everything read from a file goes
 * through: size → JSON → dangerous keys → format and version → migrate old versions → validate
 * (zod) → cross-checks. Errors come back as data, one message per problem, in the student's
 * words. Nothing here touches storage; the db layer writes a parsed backup in one transaction.
 * Loaded on demand (with zod) by the backup screen only.
 */
import { formatNumber } from './format';
import * as z from 'zod/mini';
import { hasOwner } from './evidence-owners';
import {
  certificationSchema,
  clearanceSchema,
  clinicalEntrySchema,
  courseSchema,
  customRequirementSchema,
  degreeRecordSchema,
  evidenceFileWith,
  examPlanSchema,
  requirementStateSchema,
  settingSchema,
  targetSchema,
} from './records/schemas';
import { MAX_BACKUP_BYTES, MAX_ROWS, TEXT_MAX } from './records/limits';
import { RECORD_WORDS, fieldProblem, nameRecord, recordProblem } from './records/record-names';
import { countOf } from './plural';

export const BACKUP_FORMAT = 'medtech-ready-backup';
/**
 * The format version this app writes. Older versions are migrated on import.
 * 2: clearances, and evidence files of a clearance or a requirement as well as of a card.
 */
export const BACKUP_VERSION = 2;
export { MAX_BACKUP_BYTES };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An evidence file in a backup: its stored fields (records/schemas.ts), its bytes as base64. */
const evidenceFile = evidenceFileWith({
  data: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')),
});

const rows = <T extends z.core.SomeType>(row: T, max: number) =>
  z.array(row).check(z.maxLength(max));

/** Every table, each row obeying the same schema as the database (records/schemas.ts). */
export const backupDataSchema = z.strictObject({
  requirementStates: rows(requirementStateSchema, MAX_ROWS.requirementStates),
  customRequirements: rows(customRequirementSchema, MAX_ROWS.customRequirements),
  settings: rows(settingSchema, MAX_ROWS.settings),
  certifications: rows(certificationSchema, MAX_ROWS.certifications),
  evidenceFiles: rows(evidenceFile, MAX_ROWS.evidenceFiles),
  clinicalEntries: rows(clinicalEntrySchema, MAX_ROWS.clinicalEntries),
  degreeRecords: rows(degreeRecordSchema, MAX_ROWS.degreeRecords),
  courses: rows(courseSchema, MAX_ROWS.courses),
  examPlans: rows(examPlanSchema, MAX_ROWS.examPlans),
  targets: rows(targetSchema, MAX_ROWS.targets),
  clearances: rows(clearanceSchema, MAX_ROWS.clearances),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  appVersion: z.string().check(z.maxLength(TEXT_MAX.score)),
  exportedAt: z.iso.datetime({ offset: true, error: 'is not a date and time' }),
  evidenceIncluded: z.boolean(),
  data: backupDataSchema,
});

export type BackupData = z.infer<typeof backupDataSchema>;
export type Backup = z.infer<typeof backupSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES = Object.keys(backupDataSchema.shape) as BackupTable[];

/** "1 course", "20,000 clinical log entries". */
export function countOfRows(table: BackupTable, count: number): string {
  const [one, many] = RECORD_WORDS[table];
  return countOf(count, one, many);
}

/** One refusal per table with more records than MAX_ROWS allows, saying the limit. */
function rowLimitProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  return BACKUP_TABLES.flatMap((table) => {
    const rows = (data as Record<string, unknown>)[table];
    if (!Array.isArray(rows) || rows.length <= MAX_ROWS[table]) return [];
    return [
      `This file holds ${countOfRows(table, rows.length)}; MedTech Ready keeps at most ${countOfRows(table, MAX_ROWS[table])}.`,
    ];
  });
}

/**
 * Migrations of older format versions, each a pure function from version N to N + 1, at index
 * N - 1. Never edit a shipped one.
 */
export const BACKUP_MIGRATIONS: ReadonlyArray<
  (old: Record<string, unknown>) => Record<string, unknown>
> = [
  // 1 → 2: a version-1 file has no clearances (its evidence files all belong to cards, as before).
  (old) =>
    typeof old.data === 'object' && old.data !== null && !Array.isArray(old.data)
      ? { ...old, data: { clearances: [], ...(old.data as Record<string, unknown>) } }
      : old,
];

export type ParseResult =
  | { ok: true; backup: Backup; counts: Record<BackupTable, number> }
  | { ok: false; problems: string[] };

function refuse(...problems: string[]): ParseResult {
  return { ok: false, problems };
}

/** The first key that could reach an object's prototype, with where it was found. */
function forbiddenKey(value: unknown, path: string): string | undefined {
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [current, where] = pending.pop() as [unknown, string];
    if (typeof current !== 'object' || current === null) continue;
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return `${where}.${key}`;
      pending.push([(current as Record<string, unknown>)[key], `${where}.${key}`]);
    }
  }
  return undefined;
}

/**
 * One problem the schema found, in the student's words: a record's by its kind and most telling
 * field ("Clinical log entry on Nov 3, 2026 at City Hospital: hours must be more than 0"), others
 * by the part of the file ("The file's targets is wrong: …").
 */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const [top, table, index, ...rest] = issue.path;
  if (top === 'data' && typeof index === 'number' && BACKUP_TABLES.includes(table as BackupTable)) {
    const rows = (data as Record<string, unknown[]>)[table as BackupTable];
    return recordProblem(table as BackupTable, rows?.[index], rest, issue.message, index);
  }
  const where = top === 'data' && table !== undefined ? [table, index, ...rest] : issue.path;
  const problem = fieldProblem(
    where.filter((part) => part !== undefined),
    issue.message,
  );
  return where.length > 0 ? `The file's ${problem}` : `The file: ${issue.message}`;
}

/** The stages of reading a file, for a progress display. `records`: how many are being checked. */
export type ParseStage = { stage: 'parsing' } | { stage: 'checking'; records: number };

/** The refusal of a file over MAX_BACKUP_BYTES (or undefined), before anything is read. */
export function sizeProblem(sizeInBytes: number): ParseResult | undefined {
  return sizeInBytes > MAX_BACKUP_BYTES
    ? refuse(
        `This file is ${formatNumber(sizeInBytes / 1024 / 1024, 1)} MB; a backup can be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
      )
    : undefined;
}

/**
 * Read a backup file's text. Never throws: every problem comes back as a message. Slow on a
 * large file (seconds at 50 MB): the app runs it in a worker (workers/backup-reader.worker.ts).
 */
export function parseBackup(
  text: string,
  sizeInBytes: number = text.length,
  onStage: (stage: ParseStage) => void = () => {},
): ParseResult {
  const tooBig = sizeProblem(sizeInBytes);
  if (tooBig) return tooBig;
  onStage({ stage: 'parsing' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('This file is not a MedTech Ready backup: it is not JSON.');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return refuse('This file is not a MedTech Ready backup.');
  const file = raw as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT)
    return refuse(
      'This file is not a MedTech Ready backup (its format name is missing or different).',
    );
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('This backup has no valid format version.');
  if (version > BACKUP_VERSION)
    return refuse(
      `This backup was made by a newer version of MedTech Ready (format ${version}; this app reads up to ${BACKUP_VERSION}). Update the app, then import it.`,
    );
  let migrated: Record<string, unknown> = file;
  for (let from = version; from < BACKUP_VERSION; from += 1) {
    const migrate = BACKUP_MIGRATIONS[from - 1];
    if (!migrate) return refuse(`Backups of format ${from} cannot be read by this version.`);
    migrated = { ...migrate(migrated), version: from + 1 };
  }
  // Counted before anything walks the records: a file of a million is refused at once, not
  // checked. (Only the tables' lengths are read; a key such as "__proto__" is an own property of
  // what JSON.parse made, and is refused just below.)
  const tooMany = rowLimitProblems(migrated.data);
  if (tooMany.length > 0) return refuse(...tooMany);
  const dangerous = forbiddenKey(raw, 'backup');
  if (dangerous)
    return refuse(
      `This file contains a key that is not allowed (${dangerous}), so it was not read.`,
    );
  onStage({
    stage: 'checking',
    records: BACKUP_TABLES.reduce((sum, table) => {
      const rows = (migrated.data as Record<string, unknown> | undefined)?.[table];
      return sum + (Array.isArray(rows) ? rows.length : 0);
    }, 0),
  });
  const parsed = backupSchema.safeParse(migrated);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((issue) => describeIssue(issue, migrated.data));
    const more = parsed.error.issues.length - problems.length;
    return refuse(...problems, ...(more > 0 ? [`…and ${more} more problems.`] : []));
  }
  const backup = parsed.data;
  const duplicates = BACKUP_TABLES.flatMap((table) => {
    const rows = backup.data[table] as ReadonlyArray<Record<string, unknown>>;
    const keys = rows.map((row) => String(row.id ?? row.key));
    return new Set(keys).size === keys.length
      ? []
      : [`This file holds the same ${RECORD_WORDS[table][0]} twice.`];
  });
  const owners = {
    certificationIds: new Set(backup.data.certifications.map((card) => card.id)),
    clearanceIds: new Set(backup.data.clearances.map((clearance) => clearance.id)),
    customRequirementIds: new Set(backup.data.customRequirements.map((custom) => custom.id)),
  };
  const orphans = backup.data.evidenceFiles
    .filter((file) => !hasOwner(file, owners))
    .map(
      (file) =>
        `${nameRecord('evidenceFiles', file)} belongs to no ${file.clearanceId !== undefined ? 'clearance' : file.requirementKey !== undefined ? 'requirement' : 'certification'} in the file.`,
    );
  if (duplicates.length > 0 || orphans.length > 0) return refuse(...duplicates, ...orphans);
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, backup.data[table].length]),
  ) as Record<BackupTable, number>;
  return { ok: true, backup, counts };
}

/** The backup of some data, ready to be written as JSON. */
export function buildBackup(
  data: BackupData,
  meta: { appVersion: string; exportedAt: string; evidenceIncluded: boolean },
): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...meta, data };
}

/** The backup file's name for a day. */
export function backupFileName(date: string): string {
  return `medtech-ready-backup-${date}.json`;
}

/** The name of the records from before an import made on `date`, downloaded as a backup. */
export function preImportFileName(date: string): string {
  return `medtech-ready-backup-before-import-${date}.json`;
}
