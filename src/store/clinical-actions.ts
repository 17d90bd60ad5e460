/** Logging clinical experience and setting required hours: validate, write through db/, await the echo. */
import {
  clinicalEntryFields,
  clinicalEntryProblems,
  targetHoursProblem,
} from '../domain/clinical-validation';
import type { ClinicalEntryInput, ClinicalProblems } from '../domain/clinical-validation';
import type { ClinicalEntry } from '../domain/types';
import { db } from '../db/database';
import { deleteClinicalEntry, restoreClinicalEntry, saveClinicalEntry } from '../db/records-repo';
import { saveSettings } from '../db/settings-repo';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function saveEntry(
  input: ClinicalEntryInput,
  areas: readonly string[],
  id: string | undefined,
): Promise<ActionResult<keyof ClinicalProblems>> {
  const { today, snapshot } = useAppStore.getState();
  const problems = clinicalEntryProblems(input, {
    today,
    areas,
    entries: snapshot.clinicalEntries,
    ...(id ? { editingId: id } : {}),
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const saved = await runWrite(() => saveClinicalEntry(db, clinicalEntryFields(input), id));
  return saved ? { ok: true } : writeFailed();
}

/** Delete an entry; returns it so the screen can offer Undo. */
export async function deleteEntry(id: string): Promise<ClinicalEntry | undefined> {
  let deleted: ClinicalEntry | undefined;
  await runWrite(async () => {
    deleted = await deleteClinicalEntry(db, id);
  });
  return deleted;
}

export async function undoDelete(entry: ClinicalEntry): Promise<void> {
  await runWrite(() => restoreClinicalEntry(db, entry));
}

export interface TargetsInput {
  totalHours: string;
  byArea: Record<string, string>;
}

/** A problem with the total, or with one area's hours (keyed by the area's id). */
export type TargetsField = 'totalHours' | `area-${string}`;

/**
 * Save the student's required hours (stored as `clinicalTargets`). Where the pathway itself sets the total, the stored total is left
 * as it is; required hours per area are merged, so another pathway's areas keep theirs.
 */
export async function saveTargets(
  input: TargetsInput,
  pathwaySetsTotal: boolean,
): Promise<ActionResult<TargetsField>> {
  const problems: Partial<Record<TargetsField, string>> = {};
  const totalIssue = targetHoursProblem(input.totalHours);
  if (totalIssue) problems.totalHours = totalIssue;
  for (const [area, value] of Object.entries(input.byArea)) {
    const issue = targetHoursProblem(value);
    if (issue) problems[`area-${area}`] = issue;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const stored = useAppStore.getState().snapshot.settings.clinicalTargets;
  const byArea = { ...stored.byArea };
  for (const [area, value] of Object.entries(input.byArea)) {
    if (value.trim() !== '' && Number(value) > 0) byArea[area] = Number(value);
    else delete byArea[area];
  }
  const total = input.totalHours.trim();
  const totalHours = pathwaySetsTotal
    ? stored.totalHours
    : total !== '' && Number(total) > 0
      ? Number(total)
      : undefined;
  const saved = await runWrite(() =>
    saveSettings(db, {
      clinicalTargets: { ...(totalHours !== undefined ? { totalHours } : {}), byArea },
    }),
  );
  return saved ? { ok: true } : writeFailed();
}
