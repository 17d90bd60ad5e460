/**
 * Whatever a form accepts, an export carries and an import takes back: inputs generated near and
 * past every limit, kept when the form's validator accepts them, written through the real db layer,
 * exported, and read back through the backup gate equal to what is stored.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupData } from '../../src/db/backup-repo';
import { saveCertification } from '../../src/db/certifications-repo';
import { MedTechDatabase } from '../../src/db/database';
import { saveClinicalEntry, saveCourse, saveDegree, saveTarget } from '../../src/db/records-repo';
import { buildBackup, parseBackup } from '../../src/domain/backup';
import {
  certificationFields,
  certificationProblems,
} from '../../src/domain/certification-validation';
import type { CertificationInput } from '../../src/domain/certification-validation';
import { clinicalEntryFields, clinicalEntryProblems } from '../../src/domain/clinical-validation';
import type { ClinicalEntryInput } from '../../src/domain/clinical-validation';
import { PATHWAYS } from '../../src/domain/pathways/catalog';
import {
  courseFields,
  courseProblems,
  degreeFields,
  degreeProblems,
  targetFields,
  targetProblems,
} from '../../src/domain/record-validation';
import type { CourseInput, DegreeInput, TargetInput } from '../../src/domain/record-validation';
import { COURSE_STATUSES, COURSE_SUBJECTS, DEGREE_LEVELS } from '../../src/domain/degree-kinds';
import { CERTIFICATION_TYPES, PROVIDER_IDS } from '../../src/domain/types';

const TODAY = '2026-11-25';
const AREAS = [...new Set(PATHWAYS.flatMap((pathway) => pathway.clinical.areas.map((a) => a.id)))];

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`roundtrip-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** Dates a student might type: real ones across (and just past) the kept range, and junk. */
const typedDate = fc.oneof(
  fc.constantFrom('1900-01-01', '2199-12-31', '1899-12-31', '2200-01-01', '2026-02-29', ''),
  fc
    .date({ min: new Date(1890, 0, 1), max: new Date(2210, 11, 31), noInvalidDate: true })
    .map(
      (date) =>
        `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
    ),
);
/** Text near a limit: short, or padded to just under or over it. */
const typedText = (limit: number) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ minLength: 1, maxLength: 3 }).map((seed) => seed.repeat(limit).slice(0, limit)),
    fc
      .string({ minLength: 1, maxLength: 3 })
      .map((seed) => ` ${seed.repeat(limit)}`.slice(0, limit + 1)),
  );
const typedNumber = fc.oneof(
  fc.integer({ min: -5, max: 12_000 }).map(String),
  fc.constantFrom('0.25', '7.5', '24', '24.25', '1000', '1001', '10000', '10000.5', '1e3', ''),
);

/** Real dates up to today, the kept range's first day included. */
const pastDate = fc.constantFrom('1900-01-01', '1999-12-31', '2024-02-29', '2026-11-25');
const quarterHours = fc.integer({ min: 1, max: 96 }).map((quarters) => String(quarters / 4));
const typedCount = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 1_100 }).map(String),
  fc.constantFrom('1000', '1001', '100001', '2.5'),
);

/** Export what is stored, read it back through the gate, and compare with the stored rows. */
async function expectRoundTrip() {
  const data = await readBackupData(db, true);
  const text = JSON.stringify(
    buildBackup(data, {
      appVersion: '0.1.0',
      exportedAt: '2026-11-25T10:00:00.000Z',
      evidenceIncluded: true,
    }),
  );
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`The app refused its own backup: ${result.problems.join('; ')}`);
  expect(result.backup.data).toEqual(data);
}

describe('what a form accepts, a backup carries back', () => {
  it('clinical entries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          date: fc.oneof({ arbitrary: pastDate, weight: 4 }, { arbitrary: typedDate, weight: 1 }),
          site: typedText(120),
          area: fc.constantFrom(...AREAS),
          hours: fc.oneof(
            { arbitrary: quarterHours, weight: 4 },
            { arbitrary: typedNumber, weight: 1 },
          ),
          supervisor: typedText(120),
          verifiedOn: fc.constantFrom('', '1900-01-01', '2026-11-25'),
          notes: typedText(2000),
          counts: fc.record({ venipuncture: typedCount, 'skin-puncture': typedCount }),
        }),
        async (input: ClinicalEntryInput) => {
          const problems = clinicalEntryProblems(input, {
            today: TODAY,
            areas: AREAS,
            entries: [],
          });
          fc.pre(Object.keys(problems).length === 0);
          await db.clinicalEntries.clear();
          await saveClinicalEntry(db, clinicalEntryFields(input), undefined);
          await expectRoundTrip();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('certifications', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          type: fc.constantFrom(...CERTIFICATION_TYPES),
          provider: fc.constantFrom(...PROVIDER_IDS),
          name: typedText(120),
          issuedOn: typedDate,
          expiresOn: fc.oneof(fc.constant(''), typedDate),
          cardNumber: typedText(80),
          notes: typedText(2000),
        }),
        async (input: CertificationInput) => {
          fc.pre(Object.keys(certificationProblems(input, TODAY)).length === 0);
          await db.certifications.clear();
          await saveCertification(db, certificationFields(input), undefined, undefined);
          await expectRoundTrip();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('targets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: typedText(160),
          kind: fc.constantFrom('program', 'job', 'exam-application'),
          date: typedDate,
          pathwayId: fc.constantFrom(...PATHWAYS.map((pathway) => pathway.id)),
          clinicalHours: fc.oneof(fc.constant(''), typedNumber),
          requiresAhaBls: fc.boolean(),
          validThrough: fc.oneof(fc.constant(''), typedDate),
          clearances: fc.record(
            {
              'tb-screening': fc.oneof(fc.constant(''), typedNumber),
              influenza: fc.oneof(fc.constant(''), typedNumber),
              'drug-screen': fc.constant(''),
            },
            { requiredKeys: [] },
          ),
          notes: typedText(2000),
        }),
        fc.boolean(),
        async (input: TargetInput, archived) => {
          fc.pre(Object.keys(targetProblems(input)).length === 0);
          await db.targets.clear();
          await saveTarget(db, targetFields(input, archived), undefined);
          await expectRoundTrip();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the degree', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          program: typedText(160),
          institution: typedText(160),
          level: fc.oneof(fc.constantFrom(...DEGREE_LEVELS), fc.constant('doctorate')),
          expectedGraduation: fc.oneof(fc.constant(''), typedDate),
          conferredOn: fc.oneof(fc.constant(''), typedDate),
          creditsEarned: typedNumber,
          creditsRequired: typedNumber,
        }),
        async (input: DegreeInput) => {
          fc.pre(Object.keys(degreeProblems(input, TODAY)).length === 0);
          await db.degreeRecords.clear();
          await saveDegree(db, degreeFields(input));
          await expectRoundTrip();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('courses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: typedText(160),
          subject: fc.oneof(fc.constantFrom(...COURSE_SUBJECTS), fc.constant('physics')),
          credits: typedNumber,
          status: fc.oneof(fc.constantFrom(...COURSE_STATUSES), fc.constant('dropped')),
        }),
        async (input: CourseInput) => {
          fc.pre(Object.keys(courseProblems(input)).length === 0);
          await db.courses.clear();
          await saveCourse(db, courseFields(input), undefined);
          await expectRoundTrip();
        },
      ),
      { numRuns: 150 },
    );
  });
});
