/**
 * The forms' checklist actions: editing a requirement and adding one of the student's own. Apart
 * from checklist-actions.ts (ticking, moving, hiding) because only the editor and the add form
 * call them, and those load off the first screen: so do these and the validation they use. Each
 * validates, writes through db/, and awaits the echo.
 */
import { positionAtEndOf } from '../domain/checklist';
import type { AreaId, ChecklistItem } from '../domain/types';
import { completionDateProblem, noteProblem, titleProblem } from '../domain/validation';
import { db } from '../db/database';
import { runWrite, useAppStore } from './app-store';
import type { ActionResult } from './app-store';
import { repo } from './checklist-actions';

export interface RequirementEditInput {
  title: string;
  note: string;
  /** Only for a completed requirement: the completion date as typed. */
  completedOn?: string;
}

/** A field of the editor, or 'form' for a write that failed after every field was accepted. */
export type RequirementEditField = 'title' | 'note' | 'completedOn' | 'form';

/**
 * A failed write, its reason (the banner's words) shown at `field` of these two forms. Not
 * app-store.ts writeFailed, which the other forms use: that marks no field.
 */
function writeFailedAt<Field extends string>(field: Field): ActionResult<Field> {
  const message = useAppStore.getState().writeError ?? 'Could not save.';
  return { ok: false, problems: { [field]: message } as Partial<Record<Field, string>> };
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
  return saved ? { ok: true } : writeFailedAt('form');
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
  return saved ? { ok: true } : writeFailedAt('title');
}
