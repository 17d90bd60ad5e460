/**
 * The backup file: its format, its versions, and the one gate everything read from a file goes
 * through: size → JSON → dangerous keys → format and version → migrate old versions → validate
 * (zod) → cross-checks. Errors come back as data, one message per problem, in the student's
 * words. Nothing here touches storage; the db layer writes a parsed backup in one transaction.
 * Loaded on demand (with zod) by the backup screen only.
 */
import { z } from 'zod';
import { isAfter, isIsoDate } from './dates';
import { EVIDENCE_TYPES } from './certification-validation';
import { EXAM_IDS } from './exams';
import { PATHWAYS } from './pathways/catalog';
import { PATHWAY_SUMMARIES } from './pathways/summaries';
import {
  EVIDENCE_MAX_BYTES,
  MAX_ATTEMPTS,
  MAX_COUNT_PER_ENTRY,
  MAX_CREDITS,
  MAX_HOURS_PER_ENTRY,
  MAX_BACKUP_BYTES,
  MAX_REQUIRED_HOURS,
  MAX_ROWS,
  TEXT_MAX,
} from './records/limits';
import {
  AREA_IDS,
  CERTIFICATION_TYPES,
  COURSE_SUBJECTS,
  DEGREE_LEVELS,
  PROVIDER_IDS,
} from './types';

export const BACKUP_FORMAT = 'medtech-ready-backup';
/** The format version this app writes. Older versions are migrated on import. */
export const BACKUP_VERSION = 1;
export { MAX_BACKUP_BYTES };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isoDate = z.string().refine(isIsoDate, 'is not a real calendar date (yyyy-MM-dd)');
const stamp = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(200);
const quarterHours = z
  .number()
  .gt(0, 'must be more than 0 hours')
  .max(MAX_HOURS_PER_ENTRY, `cannot be more than ${MAX_HOURS_PER_ENTRY} hours`)
  .refine((value) => Number.isInteger(value * 4), 'must be in quarter hours');
const credits = z.number().min(0, 'cannot be negative').max(MAX_CREDITS);
const requiredHours = z.number().min(0, 'cannot be negative').max(MAX_REQUIRED_HOURS);
/** Every rotation area of every built-in pathway: an entry's area is one of these, never free text. */
const CLINICAL_AREA_IDS = new Set(
  PATHWAYS.flatMap((pathway) => pathway.clinical.areas.map((area) => area.id)),
);
const pathwayId = z.enum(PATHWAY_SUMMARIES.map((pathway) => pathway.id) as [string, ...string[]]);

const requirementState = z.strictObject({
  key: id,
  completedOn: isoDate.optional(),
  note: text(TEXT_MAX.note).optional(),
  title: text(TEXT_MAX.title).optional(),
  hidden: z.boolean().optional(),
  position: z.number().finite().optional(),
  updatedAt: stamp,
});

const customRequirement = z.strictObject({
  id,
  area: z.enum(AREA_IDS),
  title: text(TEXT_MAX.title).min(1),
  createdAt: stamp,
});

const setting = z.strictObject({
  key: z.string().min(1).max(40),
  value: z.unknown(),
  updatedAt: stamp.optional(),
});

const certification = z
  .strictObject({
    id,
    type: z.enum(CERTIFICATION_TYPES),
    provider: z.enum(PROVIDER_IDS),
    name: text(TEXT_MAX.shortName).min(1),
    issuedOn: isoDate,
    expiresOn: isoDate.optional(),
    cardNumber: text(TEXT_MAX.cardNumber).optional(),
    notes: text(TEXT_MAX.note).optional(),
    createdAt: stamp,
    updatedAt: stamp,
  })
  .refine((card) => !card.expiresOn || !isAfter(card.issuedOn, card.expiresOn), {
    message: 'expires before it was issued',
    path: ['expiresOn'],
  });

const evidenceFile = z.strictObject({
  id,
  certificationId: id,
  name: text(TEXT_MAX.fileName).min(1),
  mimeType: z.enum(EVIDENCE_TYPES as [string, ...string[]]),
  size: z.number().int().min(0).max(EVIDENCE_MAX_BYTES),
  /** The file's bytes, base64. */
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
  addedAt: stamp,
});

const clinicalEntry = z.strictObject({
  id,
  date: isoDate,
  site: text(TEXT_MAX.shortName).min(1),
  area: z.string().refine((area) => CLINICAL_AREA_IDS.has(area), 'is not a rotation area'),
  hours: quarterHours,
  supervisor: text(TEXT_MAX.shortName).optional(),
  verifiedOn: isoDate.optional(),
  counts: z
    .partialRecord(
      z.enum(['venipuncture', 'skin-puncture']),
      z.number().int().min(0).max(MAX_COUNT_PER_ENTRY),
    )
    .optional(),
  notes: text(TEXT_MAX.note).optional(),
  createdAt: stamp,
  updatedAt: stamp,
});

const degreeRecord = z.strictObject({
  id: z.literal('degree'),
  program: text(TEXT_MAX.name).min(1),
  institution: text(TEXT_MAX.name),
  level: z.enum(DEGREE_LEVELS as [string, ...string[]]),
  expectedGraduation: isoDate.optional(),
  conferredOn: isoDate.optional(),
  creditsEarned: credits.optional(),
  creditsRequired: credits.optional(),
  updatedAt: stamp,
});

const course = z.strictObject({
  id,
  name: text(TEXT_MAX.name).min(1),
  subject: z.enum(COURSE_SUBJECTS as [string, ...string[]]),
  credits: z.number().gt(0, 'must be more than 0').max(MAX_CREDITS),
  status: z.enum(['planned', 'in-progress', 'completed']),
  createdAt: stamp,
  updatedAt: stamp,
});

const examPlan = z.strictObject({
  id,
  exam: z.enum(EXAM_IDS as [string, ...string[]]),
  appliedOn: isoDate.optional(),
  windowEndsOn: isoDate.optional(),
  scheduledOn: isoDate.optional(),
  attempts: z
    .array(
      z.strictObject({
        takenOn: isoDate,
        result: z.enum(['passed', 'failed']),
        score: text(TEXT_MAX.score).optional(),
      }),
    )
    .max(MAX_ATTEMPTS),
  notes: text(TEXT_MAX.note).optional(),
  createdAt: stamp,
  updatedAt: stamp,
});

const target = z.strictObject({
  id,
  name: text(TEXT_MAX.name).min(1),
  kind: z.enum(['program', 'job', 'exam-application']),
  date: isoDate,
  pathwayId,
  clinicalHours: requiredHours.optional(),
  requiresAhaBls: z.boolean().optional(),
  validThrough: isoDate.optional(),
  notes: text(TEXT_MAX.note).optional(),
  archived: z.boolean().optional(),
  createdAt: stamp,
  updatedAt: stamp,
});

export const backupDataSchema = z.strictObject({
  requirementStates: z.array(requirementState).max(MAX_ROWS.requirementStates),
  customRequirements: z.array(customRequirement).max(MAX_ROWS.customRequirements),
  settings: z.array(setting).max(MAX_ROWS.settings),
  certifications: z.array(certification).max(MAX_ROWS.certifications),
  evidenceFiles: z.array(evidenceFile).max(MAX_ROWS.evidenceFiles),
  clinicalEntries: z.array(clinicalEntry).max(MAX_ROWS.clinicalEntries),
  degreeRecords: z.array(degreeRecord).max(MAX_ROWS.degreeRecords),
  courses: z.array(course).max(MAX_ROWS.courses),
  examPlans: z.array(examPlan).max(MAX_ROWS.examPlans),
  targets: z.array(target).max(MAX_ROWS.targets),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  appVersion: text(40),
  exportedAt: z.iso.datetime({ offset: true, message: 'is not a date and time' }),
  evidenceIncluded: z.boolean(),
  data: backupDataSchema,
});

export type BackupData = z.infer<typeof backupDataSchema>;
export type Backup = z.infer<typeof backupSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES = Object.keys(backupDataSchema.shape) as BackupTable[];

/** What a table's records are called, one and many: the import summary, refusals and undo say these. */
export const TABLE_WORDS: Record<BackupTable, readonly [one: string, many: string]> = {
  requirementStates: ['checklist record', 'checklist records'],
  customRequirements: ['requirement of your own', 'requirements of your own'],
  settings: ['setting', 'settings'],
  certifications: ['certification', 'certifications'],
  evidenceFiles: ['evidence file', 'evidence files'],
  clinicalEntries: ['clinical log entry', 'clinical log entries'],
  degreeRecords: ['degree record', 'degree records'],
  courses: ['course', 'courses'],
  examPlans: ['exam plan', 'exam plans'],
  targets: ['target', 'targets'],
};

/** "1 course", "20,000 clinical log entries". */
export function countOf(table: BackupTable, count: number): string {
  const [one, many] = TABLE_WORDS[table];
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** One refusal per table with more records than MAX_ROWS allows, saying the limit. */
function rowLimitProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  return BACKUP_TABLES.flatMap((table) => {
    const rows = (data as Record<string, unknown>)[table];
    if (!Array.isArray(rows) || rows.length <= MAX_ROWS[table]) return [];
    return [
      `This file holds ${countOf(table, rows.length)}; MedTech Ready keeps at most ${countOf(table, MAX_ROWS[table])}.`,
    ];
  });
}

/**
 * Migrations of older format versions, each a pure function from version N to N + 1.
 * Version 1 is the first: the list is empty until the format changes. Never edit a shipped one.
 */
export const BACKUP_MIGRATIONS: ReadonlyArray<
  (old: Record<string, unknown>) => Record<string, unknown>
> = [];

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
  return `${where} ${issue.message.startsWith('Invalid') || issue.message.startsWith('Unrecognized') || issue.message.startsWith('Too') ? `is wrong: ${issue.message}` : issue.message}`;
}

/** The stages of reading a file, for a progress display. `records`: how many are being checked. */
export type ParseStage = { stage: 'parsing' } | { stage: 'checking'; records: number };

/** The refusal of a file over MAX_BACKUP_BYTES (or undefined), before anything is read. */
export function sizeProblem(sizeInBytes: number): ParseResult | undefined {
  return sizeInBytes > MAX_BACKUP_BYTES
    ? refuse(
        `This file is ${(sizeInBytes / 1024 / 1024).toFixed(1)} MB; a backup can be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
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
  const dangerous = forbiddenKey(raw, 'backup');
  if (dangerous)
    return refuse(
      `This file contains a key that is not allowed (${dangerous}), so it was not read.`,
    );
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
  // Counted before validation: a file of a million records is refused at once, not checked.
  const tooMany = rowLimitProblems(migrated.data);
  if (tooMany.length > 0) return refuse(...tooMany);
  onStage({
    stage: 'checking',
    records: BACKUP_TABLES.reduce((sum, table) => {
      const rows = (migrated.data as Record<string, unknown> | undefined)?.[table];
      return sum + (Array.isArray(rows) ? rows.length : 0);
    }, 0),
  });
  const parsed = backupSchema.safeParse(migrated);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map(describeIssue);
    const more = parsed.error.issues.length - problems.length;
    return refuse(...problems, ...(more > 0 ? [`…and ${more} more problems.`] : []));
  }
  const backup = parsed.data;
  const duplicates = BACKUP_TABLES.flatMap((table) => {
    const rows = backup.data[table] as ReadonlyArray<Record<string, unknown>>;
    const keys = rows.map((row) => String(row.id ?? row.key));
    return new Set(keys).size === keys.length ? [] : [`${table} has the same record twice.`];
  });
  const cardIds = new Set(backup.data.certifications.map((card) => card.id));
  const orphans = backup.data.evidenceFiles
    .filter((file) => !cardIds.has(file.certificationId))
    .map((file) => `evidenceFiles: "${file.name}" belongs to no certification in the file.`);
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
