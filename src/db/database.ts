/**
 * The Dexie database: the app's only source of truth. Tables are typed by the domain's records.
 * Screens never import this file; they go through the store, which calls the repository modules.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';
import type {
  Certification,
  Clearance,
  ClinicalEntry,
  Course,
  CustomRequirement,
  DegreeRecord,
  EvidenceFile,
  ExamPlan,
  RequirementState,
  SettingRow,
  Target,
} from '../domain/types';
import type { ImportUndoRow } from './import-undo-repo';
import type { SetAsideRow } from './set-aside-repo';
import { RULES_CHECKED_NOTE } from './meta-repo';
import { registerOutbox } from './outbox';
import type { OutboxRow } from './outbox';
import { rowGuardMiddleware } from './row-guard';
import { DATABASE_NAME, declareSchema } from './schema';

/** A fact about this database (see `meta` below). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A stored setting. Values are read back through domain/settings.ts's `readSettings`. */
export type { SettingRow };

export class MedTechDatabase extends Dexie {
  requirementStates!: Table<RequirementState, string>;
  customRequirements!: Table<CustomRequirement, string>;
  settings!: Table<SettingRow, string>;
  certifications!: Table<Certification, string>;
  evidenceFiles!: Table<EvidenceFile, string>;
  clinicalEntries!: Table<ClinicalEntry, string>;
  degreeRecords!: Table<DegreeRecord, string>;
  courses!: Table<Course, string>;
  examPlans!: Table<ExamPlan, string>;
  targets!: Table<Target, string>;
  clearances!: Table<Clearance, string>;
  /** The records from before the last import, for Undo import (never part of a backup). */
  importUndo!: Table<ImportUndoRow, string>;
  /** Rows today's rules refuse, moved out of the records (set-aside-repo.ts; never in a backup). */
  setAside!: Table<SetAsideRow, string>;
  /** Facts about this database itself, by key (never part of a backup). */
  meta!: Table<MetaRow, string>;
  /** While sync is on, which records changed and are not yet sent (outbox.ts; never in a backup). */
  outbox!: Table<OutboxRow, number, Omit<OutboxRow, 'seq'>>;

  private readonly newerVersionListeners = new Set<() => void>();

  constructor(name: string = DATABASE_NAME) {
    // No optimistic cache: live queries show committed rows only, re-read after each commit.
    // The store mirrors what is stored, never what is about to be (a write waits for its own
    // re-read, store/echo.ts), and Dexie applies optimistic results only to writes made outside
    // a transaction anyway, which would make two kinds of echo.
    super(name, { cache: 'disabled' });
    declareSchema(this);
    // Every row written obeys its record's schema, or the whole write is refused (row-guard.ts).
    this.use(rowGuardMiddleware);
    // While sync is on, each change to a record also notes its row in the outbox, in its own
    // transaction (outbox.ts).
    registerOutbox(this);
    // A database created just now holds no rows from older rules: nothing to set aside.
    this.on('populate', (transaction) => transaction.table('meta').add(RULES_CHECKED_NOTE));
    // A newer version of the app opened in another tab wants to upgrade the schema: close this
    // connection at once, so the upgrade never waits on us, and tell the screen to ask for a reload.
    this.on('versionchange', () => {
      this.close();
      for (const listener of this.newerVersionListeners) listener();
      return false;
    });
  }

  /** Be told when another tab upgrades the database; returns the function that stops it. */
  onNewerVersion(listener: () => void): () => void {
    this.newerVersionListeners.add(listener);
    return () => this.newerVersionListeners.delete(listener);
  }
}

/** The app's database. Tests of the db layer make their own with a fresh name. */
export const db = new MedTechDatabase();
