/**
 * Every schema version of the database, in order, kept forever as a record (the test fixtures of
 * older databases are built from them). Never edit a version that has shipped: add the next one,
 * with an upgrade in db/migrations/ when rows change shape, and a test that upgrades a fixture of
 * every earlier version.
 *
 * Only the latest version, and any version with an upgrade function, is declared to Dexie
 * (`declareSchema`): since Dexie 3.0 (PR #959) an upgrade diffs the schema the database has
 * against the one declared, so a version without an upgrade need not be declared, and declaring
 * all eight cost about 10 ms of every start before the database could open.
 */
import type Dexie from 'dexie';

export const DATABASE_NAME = 'medtech-ready';

/** Version 1: the readiness checklist. */
export const SCHEMA_V1 = {
  requirementStates: '&key, updatedAt',
  customRequirements: '&id, area, createdAt',
  settings: '&key',
} as const;

/** Version 2: certifications with their evidence files. No existing row changes shape. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  certifications: '&id, type, issuedOn, expiresOn',
  evidenceFiles: '&id, certificationId',
} as const;

/** Version 3: clinical experience log, degree and coursework, exam plans. No existing row changes. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  clinicalEntries: '&id, date, area',
  degreeRecords: '&id',
  courses: '&id, subject',
  examPlans: '&id, exam',
} as const;

/** Version 4: targets (programs, jobs, exam applications). No existing row changes. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  targets: '&id, date',
} as const;

/**
 * Version 5: the copy of the records from before the last import, kept until it is undone, let
 * go, or past its time (db/import-undo-repo.ts). No existing row changes.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  importUndo: '&id',
} as const;

/**
 * Version 6: rows stored under older rules that today's rules refuse, moved aside by
 * db/set-aside-repo.ts so no screen, export or import meets them; and facts about this database
 * itself (`meta`, never part of a backup), such as which rules its rows were last checked by.
 * No existing row changes.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  setAside: '&id, table',
  meta: '&key',
} as const;

/**
 * Version 7: clearances for
 * clinical placements, and evidence files that belong to a clearance or a checklist requirement as
 * well as to a card (indexed by their owner). No existing row changes shape.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  evidenceFiles: '&id, certificationId, clearanceId, requirementKey',
  clearances: '&id, kind',
} as const;

/**
 * Version 8: the sync outbox (db/outbox.ts): while sync is on, which record changed, written in
 * the same transaction as the change, until the sync code has sent it. A fact about this device,
 * like `meta`: never part of a backup. No existing row changes.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  outbox: '++seq',
} as const;

export const LATEST_VERSION = 8;

/** The versions Dexie needs (see above): today the latest alone, as no version has an upgrade. */
export function declareSchema(db: Dexie): void {
  db.version(LATEST_VERSION).stores(SCHEMA_V8);
}
