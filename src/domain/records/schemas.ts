/**
 * One schema per stored record: the shape, the enums, the limits and the date range a row obeys,
 * written once. The record types in ../types.ts are inferred from these (never written beside
 * them); the backup gate (../backup.ts) builds its file format from them; and the db layer refuses
 * to write a row they refuse (db/row-guard.ts), so a form, a merge or a bug can never store what
 * an import would turn away. The forms' own checks (../*-validation.ts) word the same limits for a
 * student, from the same constants (./limits.ts); tests/db/form-roundtrip.test.ts proves they agree.
 *
 * zod/mini (about 5 kB gzip against 24 kB for full zod), loaded on demand: the first screen never
 * waits for it, and the store loads it before its first write (store/app-store.ts `runWrite`).
 */
import * as z from 'zod/mini';
import { EARLIEST_DATE, LATEST_DATE, isAfter, isIsoDate } from '../dates';
import { PATHWAYS } from '../pathways/catalog';
import { fieldProblem, nameRecord } from './record-names';
import {
  AREA_IDS,
  CERTIFICATION_TYPES,
  COUNT_KINDS,
  EVIDENCE_TYPES,
  EXAM_IDS,
  EXAM_RESULTS,
  PATHWAY_IDS,
  PROVIDER_IDS,
  TARGET_KINDS,
} from '../types';
import { COURSE_STATUSES, COURSE_SUBJECTS, DEGREE_LEVELS } from '../degree-kinds';
import {
  EVIDENCE_MAX_BYTES,
  MAX_ATTEMPTS,
  MAX_COUNT_PER_ENTRY,
  MAX_CREDITS,
  MAX_DOSES,
  MAX_HOURS_PER_ENTRY,
  MAX_REQUIRED_HOURS,
  MAX_WITHIN_MONTHS,
  TEXT_MAX,
} from './limits';
import {
  CLEARANCE_KINDS,
  CLEARANCE_RESULTS,
  TB_TEST_TYPES,
  isImmunization,
  resultsFor,
} from '../clearance-kinds';

// English messages for the checks that name none (zod/mini ships without a locale).
z.config(z.locales.en());

/** A calendar date, 'yyyy-MM-dd', inside the kept range (dates.ts: EARLIEST_DATE … LATEST_DATE). */
export const isoDate = z
  .string()
  .check(
    z.refine(
      isIsoDate,
      `is not a real calendar date (yyyy-MM-dd) from ${EARLIEST_DATE} to ${LATEST_DATE}`,
    ),
  );
/** When a row was created or changed: an ISO timestamp written by the app. */
const stamp = z.string().check(z.minLength(1), z.maxLength(40));
const id = z.string().check(z.minLength(1), z.maxLength(200));
const text = (max: number) => z.string().check(z.maxLength(max));
const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Every rotation area of every built-in pathway: an entry's area is one of these, never free text. */
export const CLINICAL_AREA_IDS: ReadonlySet<string> = new Set(
  PATHWAYS.flatMap((pathway) => pathway.clinical.areas.map((area) => area.id)),
);

export const requirementStateSchema = z.strictObject({
  key: id,
  completedOn: z.optional(isoDate),
  note: z.optional(text(TEXT_MAX.note)),
  /** The student's own wording of a built-in requirement's title. */
  title: z.optional(text(TEXT_MAX.title)),
  hidden: z.optional(z.boolean()),
  position: z.optional(z.number()),
  updatedAt: stamp,
});

export const customRequirementSchema = z.strictObject({
  id,
  area: z.enum(AREA_IDS),
  title: requiredText(TEXT_MAX.title),
  createdAt: stamp,
});

export const settingSchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  value: z.unknown(),
  updatedAt: z.optional(stamp),
});

export const certificationSchema = z
  .strictObject({
    id,
    type: z.enum(CERTIFICATION_TYPES),
    provider: z.enum(PROVIDER_IDS),
    /** What the card says, e.g. "BLS Provider" or "MLT(ASCP)". */
    name: requiredText(TEXT_MAX.shortName),
    issuedOn: isoDate,
    /** The last day the card is valid. Absent for a record that does not expire. */
    expiresOn: z.optional(isoDate),
    cardNumber: z.optional(text(TEXT_MAX.cardNumber)),
    notes: z.optional(text(TEXT_MAX.note)),
    createdAt: stamp,
    updatedAt: stamp,
  })
  .check(
    z.superRefine((card, ctx) => {
      if (card.expiresOn && isAfter(card.issuedOn, card.expiresOn))
        ctx.addIssue({
          code: 'custom',
          message: 'is before the issue date',
          path: ['expiresOn'],
          input: card.expiresOn,
        });
    }),
  );

/**
 * What an evidence file belongs to: a certification card, a clearance, or a checklist requirement
 * (by its key). Exactly one: a file is shown, backed up and deleted with its owner.
 */
interface EvidenceOwner {
  certificationId?: string | undefined;
  clearanceId?: string | undefined;
  requirementKey?: string | undefined;
}

function ownerCount(file: EvidenceOwner): number {
  return [file.certificationId, file.clearanceId, file.requirementKey].filter(
    (owner) => owner !== undefined,
  ).length;
}

const oneOwner = z.refine<EvidenceOwner>(
  (file) => ownerCount(file) === 1,
  'must belong to exactly one card, clearance or requirement',
);

/** An evidence file's fields but its bytes, before the one-owner check (backup.ts extends it). */
export const evidenceFileInfoFields = z.strictObject({
  id,
  certificationId: z.optional(id),
  clearanceId: z.optional(id),
  requirementKey: z.optional(id),
  name: requiredText(TEXT_MAX.fileName),
  mimeType: z.enum(EVIDENCE_TYPES),
  size: z.number().check(z.int(), z.gte(0), z.lte(EVIDENCE_MAX_BYTES)),
  addedAt: stamp,
});

/** What the screens hold of an evidence file: everything but its bytes. */
export const evidenceFileInfoSchema = evidenceFileInfoFields.check(oneOwner);

/** An evidence file in a backup, or any other form of it: `fields` added, one owner checked. */
export function evidenceFileWith<Shape extends z.core.$ZodLooseShape>(fields: Shape) {
  return z.extend(evidenceFileInfoFields, fields).check(oneOwner);
}

function isBlob(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).size === 'number' &&
    typeof (value as Blob).type === 'string' &&
    typeof (value as Blob).slice === 'function'
  );
}

/** A photo or PDF as stored: its bytes are a Blob of at most EVIDENCE_MAX_BYTES. */
export const evidenceFileSchema = evidenceFileWith({
  blob: z.custom<Blob>(
    (value) => isBlob(value) && value.size <= EVIDENCE_MAX_BYTES,
    'is not a file of at most 10 MB',
  ),
});

export const clinicalEntrySchema = z.strictObject({
  id,
  date: isoDate,
  site: requiredText(TEXT_MAX.shortName),
  area: z.string().check(z.refine((area) => CLINICAL_AREA_IDS.has(area), 'is not a rotation area')),
  /** Quarter hours, more than 0, at most a day. */
  hours: z.number().check(
    z.gt(0, 'must be more than 0'),
    z.lte(MAX_HOURS_PER_ENTRY, `cannot be more than ${MAX_HOURS_PER_ENTRY} hours`),
    z.refine((value) => Number.isInteger(value * 4), 'must be in quarter hours'),
  ),
  supervisor: z.optional(text(TEXT_MAX.shortName)),
  /** The date a supervisor signed the hours off; absent while unverified. */
  verifiedOn: z.optional(isoDate),
  /** Procedures performed, for pathways that count them (venipunctures …). */
  counts: z.optional(
    z.partialRecord(
      z.enum(COUNT_KINDS),
      z.number().check(z.int(), z.gte(0), z.lte(MAX_COUNT_PER_ENTRY)),
    ),
  ),
  notes: z.optional(text(TEXT_MAX.note)),
  createdAt: stamp,
  updatedAt: stamp,
});

const credits = z.number().check(z.gte(0, 'cannot be negative'), z.lte(MAX_CREDITS));

/** The student's degree program: one record. */
export const degreeRecordSchema = z.strictObject({
  id: z.literal('degree'),
  program: requiredText(TEXT_MAX.name),
  institution: text(TEXT_MAX.name),
  level: z.enum(DEGREE_LEVELS),
  expectedGraduation: z.optional(isoDate),
  /** Set once the degree is conferred. */
  conferredOn: z.optional(isoDate),
  creditsEarned: z.optional(credits),
  creditsRequired: z.optional(credits),
  updatedAt: stamp,
});

/** A prerequisite course, in semester hours. */
export const courseSchema = z.strictObject({
  id,
  name: requiredText(TEXT_MAX.name),
  subject: z.enum(COURSE_SUBJECTS),
  credits: z.number().check(z.gt(0, 'must be more than 0'), z.lte(MAX_CREDITS)),
  status: z.enum(COURSE_STATUSES),
  createdAt: stamp,
  updatedAt: stamp,
});

export const examAttemptSchema = z.strictObject({
  takenOn: isoDate,
  result: z.enum(EXAM_RESULTS),
  score: z.optional(text(TEXT_MAX.score)),
});

/** The student's plan for one certification exam. */
export const examPlanSchema = z.strictObject({
  id,
  exam: z.enum(EXAM_IDS),
  appliedOn: z.optional(isoDate),
  /** The last day of the eligibility or authorisation-to-test window. */
  windowEndsOn: z.optional(isoDate),
  scheduledOn: z.optional(isoDate),
  attempts: z.array(examAttemptSchema).check(z.maxLength(MAX_ATTEMPTS)),
  notes: z.optional(text(TEXT_MAX.note)),
  createdAt: stamp,
  updatedAt: stamp,
});

/**
 * A program's rule for one clearance, stated on a target: the clearance is needed, and where
 * `withinMonths` is set, its test or latest dose must be dated within that many months before the
 * target's date (for example "TB test within 12 months of the start date").
 */
export const clearanceRuleSchema = z.strictObject({
  kind: z.enum(CLEARANCE_KINDS),
  withinMonths: z.optional(
    z.number().check(z.int('must be whole months'), z.gte(1), z.lte(MAX_WITHIN_MONTHS)),
  ),
});

/** A program, job or exam application the student aims at, with its date and its own thresholds. */
export const targetSchema = z.strictObject({
  id,
  name: requiredText(TEXT_MAX.name),
  kind: z.enum(TARGET_KINDS),
  /** The deadline or start date everything is judged on. */
  date: isoDate,
  pathwayId: z.enum(PATHWAY_IDS),
  /** Hours this target asks for, where it differs from the pathway. */
  clinicalHours: z.optional(
    z.number().check(z.gte(0, 'cannot be negative'), z.lte(MAX_REQUIRED_HOURS)),
  ),
  /** The target asks for AHA BLS Provider, not just any CPR card. */
  requiresAhaBls: z.optional(z.boolean()),
  /** Cards must still be valid on this date (for example the start date); the target's date if absent. */
  validThrough: z.optional(isoDate),
  /** The clearances it asks for, each at most once, with the program's recency rule. */
  clearances: z.optional(
    z.array(clearanceRuleSchema).check(
      z.maxLength(CLEARANCE_KINDS.length),
      z.refine(
        (rules) => new Set(rules.map((rule) => rule.kind)).size === rules.length,
        'names a clearance twice',
      ),
    ),
  ),
  notes: z.optional(text(TEXT_MAX.note)),
  archived: z.optional(z.boolean()),
  createdAt: stamp,
  updatedAt: stamp,
});

/**
 * One clearance for clinical placements. An immunization holds its doses with their dates, a titer
 * (`testedOn` and `result`), or both; a TB screening its test type, date and result; a background
 * check or a drug screen its date and result. `expiresOn` is a date printed on the document, where
 * it has one: no expiry is ever assumed (a program's recency rule lives on its target).
 */
export const clearanceSchema = z
  .strictObject({
    id,
    kind: z.enum(CLEARANCE_KINDS),
    doses: z.optional(z.array(isoDate).check(z.maxLength(MAX_DOSES))),
    /** Doses in the student's series where it differs from the guidance (2 for Heplisav-B). */
    seriesDoses: z.optional(
      z.number().check(z.int('must be a whole number'), z.gte(1), z.lte(MAX_DOSES)),
    ),
    testType: z.optional(z.enum(TB_TEST_TYPES)),
    /** The titer, TB test, background check or drug screen's date. */
    testedOn: z.optional(isoDate),
    result: z.optional(z.enum(CLEARANCE_RESULTS)),
    expiresOn: z.optional(isoDate),
    notes: z.optional(text(TEXT_MAX.note)),
    createdAt: stamp,
    updatedAt: stamp,
  })
  .check(
    z.superRefine((clearance, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', message, path: [path], input: clearance });
      const immunization = isImmunization(clearance.kind);
      if (immunization) {
        if (clearance.testType !== undefined) issue('testType', 'is only for a TB screening');
        if ((clearance.doses?.length ?? 0) === 0 && clearance.testedOn === undefined)
          issue('doses', 'needs a dose or a titer');
      } else {
        if (clearance.doses !== undefined) issue('doses', 'are only for an immunization');
        if (clearance.seriesDoses !== undefined)
          issue('seriesDoses', 'is only for an immunization');
        if (clearance.testedOn === undefined) issue('testedOn', 'is missing');
        if (clearance.result === undefined) issue('result', 'is missing');
        if ((clearance.kind === 'tb-screening') !== (clearance.testType !== undefined))
          issue(
            'testType',
            clearance.kind === 'tb-screening' ? 'is missing' : 'is only for a TB screening',
          );
      }
      if ((clearance.testedOn === undefined) !== (clearance.result === undefined))
        issue('result', 'goes with the date of the test');
      if (clearance.result !== undefined && !resultsFor(clearance.kind).includes(clearance.result))
        issue('result', 'is not a result of this kind of clearance');
      const latest = [...(clearance.doses ?? []), clearance.testedOn ?? EARLIEST_DATE].reduce(
        (a, b) => (isAfter(b, a) ? b : a),
      );
      if (clearance.expiresOn && isAfter(latest, clearance.expiresOn))
        issue('expiresOn', 'is before the date it was given or tested');
    }),
  );

/** The stored tables and the schema every row of each obeys. */
export const ROW_SCHEMAS = {
  requirementStates: requirementStateSchema,
  customRequirements: customRequirementSchema,
  settings: settingSchema,
  certifications: certificationSchema,
  evidenceFiles: evidenceFileSchema,
  clinicalEntries: clinicalEntrySchema,
  degreeRecords: degreeRecordSchema,
  courses: courseSchema,
  examPlans: examPlanSchema,
  targets: targetSchema,
  clearances: clearanceSchema,
} as const;
export type RecordTable = keyof typeof ROW_SCHEMAS;

/**
 * Why a row may not be stored in `table`, in words naming the field ("hours cannot be more than 24
 * hours"; "expiry date is before the issue date"), or null.
 */
export function rowProblem(table: RecordTable, row: unknown): string | null {
  const result = ROW_SCHEMAS[table].safeParse(row);
  if (result.success) return null;
  return result.error.issues
    .slice(0, 3)
    .map((issue) => fieldProblem(issue.path, issue.message))
    .join('; ');
}

/**
 * Why the database will not keep a row of `table`, as a sentence naming the record ("Clinical log
 * entry on Nov 3, 2026 at City Hospital cannot be kept: hours cannot be more than 24 hours."), or
 * null. Tables without a record schema pass.
 */
export function rowRefusal(table: string, row: unknown): string | null {
  if (!Object.hasOwn(ROW_SCHEMAS, table)) return null;
  const problem = rowProblem(table as RecordTable, row);
  return problem ? `${nameRecord(table as RecordTable, row)} cannot be kept: ${problem}.` : null;
}

export type RequirementState = z.infer<typeof requirementStateSchema>;
export type CustomRequirement = z.infer<typeof customRequirementSchema>;
export type SettingRow = z.infer<typeof settingSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type EvidenceFileInfo = z.infer<typeof evidenceFileInfoSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type ClinicalEntry = z.infer<typeof clinicalEntrySchema>;
export type DegreeRecord = z.infer<typeof degreeRecordSchema>;
export type Course = z.infer<typeof courseSchema>;
export type ExamAttempt = z.infer<typeof examAttemptSchema>;
export type ExamPlan = z.infer<typeof examPlanSchema>;
export type Target = z.infer<typeof targetSchema>;
export type ClearanceRule = z.infer<typeof clearanceRuleSchema>;
export type Clearance = z.infer<typeof clearanceSchema>;
