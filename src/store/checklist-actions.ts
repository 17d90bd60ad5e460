/**
 * What the student does to the checklist. Each validates, writes through db/, and awaits the echo.
 * Editing and adding a requirement (the forms' actions) are in requirement-form-actions.ts, which
 * loads with those forms, off the first screen.
 */
import { moveWithinArea } from '../domain/checklist';
import type { ChecklistItem, PathwayId } from '../domain/types';
import { db } from '../db/database';
import { saveSettings } from '../db/settings-repo';
import { runWrite, useAppStore } from './app-store';

// The writes load beside the first screen, not in it: every write waits for the row guard's
// schemas anyway (runWrite), and this starts as the app does, well before the first tick.
export const repo = import('../db/checklist-repo');

export async function choosePathway(pathwayId: PathwayId): Promise<void> {
  await runWrite(() => saveSettings(db, { pathwayId }));
}

export async function setCompleted(key: string, completed: boolean): Promise<void> {
  const today = useAppStore.getState().today;
  await runWrite(async () => (await repo).setCompletion(db, key, completed ? today : undefined));
}

export async function removeRequirement(item: ChecklistItem): Promise<void> {
  await runWrite(async () => {
    const { removeCustomRequirement, setHidden } = await repo;
    return item.builtIn ? setHidden(db, item.key, true) : removeCustomRequirement(db, item.key);
  });
}

export async function restoreRequirement(key: string): Promise<void> {
  await runWrite(async () => (await repo).setHidden(db, key, false));
}

export async function moveRequirement(
  items: readonly ChecklistItem[],
  key: string,
  direction: 'up' | 'down',
): Promise<void> {
  const changes = moveWithinArea(items, key, direction);
  if (changes.length > 0) await runWrite(async () => (await repo).savePositions(db, changes));
}
