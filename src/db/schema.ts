/**
 * Every schema version of the database, in order, forever (Dexie's own advice).
 * Never edit a version that has shipped: add the next one, with an upgrade in db/migrations/
 * and a test that upgrades a fixture of every earlier version.
 */
import type Dexie from 'dexie';

export const DATABASE_NAME = 'medtech-ready';

export function declareSchema(db: Dexie): void {
  // Version 1: the readiness checklist.
  db.version(1).stores({
    requirementStates: '&key, updatedAt',
    customRequirements: '&id, area, createdAt',
    settings: '&key',
  });
}
