/**
 * Writes to the checklist's tables. Each function is one transaction: either all of it is stored
 * or none of it. Callers validate input first (domain/validation.ts); these functions trust it.
 */
import type { IsoDate } from '../domain/dates';
import type { PositionChange } from '../domain/checklist';
import type { AreaId, CustomRequirement, RequirementState } from '../domain/types';
import type { MedTechDatabase } from './database';

type StateChanges = Partial<Omit<RequirementState, 'key' | 'updatedAt'>>;

function now(): string {
  return new Date().toISOString();
}

/** Merge changes into a requirement's state; a change to `undefined` removes that field. */
async function patchState(db: MedTechDatabase, key: string, changes: StateChanges): Promise<void> {
  const existing = await db.requirementStates.get(key);
  const next: RequirementState = { ...existing, key, updatedAt: now() };
  for (const [field, value] of Object.entries(changes) as [keyof StateChanges, unknown][]) {
    if (value === undefined) delete next[field];
    else Object.assign(next, { [field]: value });
  }
  await db.requirementStates.put(next);
}

export function setCompletion(
  db: MedTechDatabase,
  key: string,
  completedOn: IsoDate | undefined,
): Promise<void> {
  return db.transaction('rw', db.requirementStates, () => patchState(db, key, { completedOn }));
}

/**
 * Save the editor's fields together. For a built-in requirement the title is stored as the
 * student's wording (undefined restores the original); a custom requirement's title lives on its row.
 */
export function saveRequirementEdit(
  db: MedTechDatabase,
  key: string,
  edit: { title: string | undefined; note: string | undefined; completedOn?: IsoDate | undefined },
  builtIn: boolean,
): Promise<void> {
  return db.transaction('rw', db.requirementStates, db.customRequirements, async () => {
    const changes: StateChanges = { note: edit.note };
    if ('completedOn' in edit) changes.completedOn = edit.completedOn;
    if (builtIn) changes.title = edit.title;
    else if (edit.title !== undefined) {
      const updated = await db.customRequirements.update(key, { title: edit.title });
      if (updated === 0) throw new Error(`No requirement of your own with key ${key}`);
    }
    await patchState(db, key, changes);
  });
}

export function setHidden(db: MedTechDatabase, key: string, hidden: boolean): Promise<void> {
  return db.transaction('rw', db.requirementStates, () =>
    patchState(db, key, { hidden: hidden ? true : undefined }),
  );
}

export function savePositions(
  db: MedTechDatabase,
  changes: readonly PositionChange[],
): Promise<void> {
  return db.transaction('rw', db.requirementStates, async () => {
    for (const change of changes) await patchState(db, change.key, { position: change.position });
  });
}

export async function addCustomRequirement(
  db: MedTechDatabase,
  area: AreaId,
  title: string,
  position: number,
): Promise<CustomRequirement> {
  const requirement: CustomRequirement = {
    id: `custom-${crypto.randomUUID()}`,
    area,
    title,
    createdAt: now(),
  };
  await db.transaction('rw', db.requirementStates, db.customRequirements, async () => {
    await db.customRequirements.add(requirement);
    await patchState(db, requirement.id, { position });
  });
  return requirement;
}

/** A requirement of the student's own goes with its state and its evidence files. */
export function removeCustomRequirement(db: MedTechDatabase, id: string): Promise<void> {
  const tables = [db.requirementStates, db.customRequirements, db.evidenceFiles];
  return db.transaction('rw', tables, async () => {
    await db.evidenceFiles.where('requirementKey').equals(id).delete();
    await db.customRequirements.delete(id);
    await db.requirementStates.delete(id);
  });
}
