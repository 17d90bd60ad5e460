/** What the student does to the checklist. Each validates, writes through db/, and awaits the echo. */
import { moveWithinArea, positionAtEndOf } from '../domain/checklist';
import type { AreaId, ChecklistItem, PathwayId } from '../domain/types';
import { completionDateProblem, noteProblem, titleProblem } from '../domain/validation';
import { db } from '../db/database';
import { saveSettings } from '../db/settings-repo';
import { runWrite, useAppStore } from './app-store';
import type { ActionResult } from './app-store';

// The writes load beside the first screen, not in it: every write waits for the row guard's
// schemas anyway (runWrite), and this starts as the app does, well before the first tick.
const repo = import('../db/checklist-repo');

export interface RequirementEditInput {
  title: string;
  note: string;
  /** Only for a completed requirement: the completion date as typed. */
  completedOn?: string;
}

/** A field of the editor, or 'form' for a write that failed after every field was accepted. */
export type RequirementEditField = 'title' | 'note' | 'completedOn' | 'form';

function writeFailed<Field extends string>(field: Field): ActionResult<Field> {
  const message = useAppStore.getState().writeError ?? 'Could not save.';
  return { ok: false, problems: { [field]: message } as Partial<Record<Field, string>> };
}

export async function choosePathway(pathwayId: PathwayId): Promise<void> {
  await runWrite(() => saveSettings(db, { pathwayId }));
}

export async function setCompleted(key: string, completed: boolean): Promise<void> {
  const today = useAppStore.getState().today;
  await runWrite(async () => (await repo).setCompletion(db, key, completed ? today : undefined));
}

export async function saveRequirement(
  item: ChecklistItem,
  input: RequirementEditInput,
): Promise<ActionResult<RequirementEditField>> {
  const problems: Partial<Record<RequirementEditField, string>> = {};
  const titleIssue = titleProblem(input.title);
  if (titleIssue) problems.title = titleIssue;
  const noteIssue = noteProblem(input.note);
  if (noteIssue) problems.note = noteIssue;
  if (input.completedOn !== undefined) {
    const dateIssue = completionDateProblem(input.completedOn, useAppStore.getState().today);
    if (dateIssue) problems.completedOn = dateIssue;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const title = input.title.trim();
  const note = input.note.trim();
  // A built-in title typed back to its original wording clears the student's override.
  const storedTitle =
    item.builtIn && title === (item.originalTitle ?? item.title) ? undefined : title;
  const saved = await runWrite(async () =>
    (await repo).saveRequirementEdit(
      db,
      item.key,
      {
        title: storedTitle,
        note: note === '' ? undefined : note,
        ...(input.completedOn !== undefined ? { completedOn: input.completedOn } : {}),
      },
      item.builtIn,
    ),
  );
  return saved ? { ok: true } : writeFailed('form');
}

export async function addRequirement(
  items: readonly ChecklistItem[],
  area: AreaId,
  title: string,
): Promise<ActionResult<'title'>> {
  const problem = titleProblem(title);
  if (problem) return { ok: false, problems: { title: problem } };
  const saved = await runWrite(async () =>
    (await repo).addCustomRequirement(db, area, title.trim(), positionAtEndOf(items, area)),
  );
  return saved ? { ok: true } : writeFailed('title');
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
