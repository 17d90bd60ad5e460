/** What the welcome's buttons do (the welcome itself: features/first-run, shown by first-run.ts). */
import { applicationDateProblem } from '../domain/settings';
import { isPathwayId } from '../domain/pathways/summaries';
import { db } from '../db/database';
import { saveSettings } from '../db/settings-repo';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export interface WelcomeInput {
  pathwayId: string;
  applicationDate: string;
}

/** Keep the pathway (and the application date, if given) and leave the welcome for the checklist. */
export async function finishWelcome(
  input: WelcomeInput,
): Promise<ActionResult<keyof WelcomeInput>> {
  const problems: Partial<Record<keyof WelcomeInput, string>> = {};
  if (!isPathwayId(input.pathwayId)) problems.pathwayId = 'Choose what you are working towards.';
  const dateIssue = applicationDateProblem(input.applicationDate);
  if (dateIssue) problems.applicationDate = dateIssue;
  if (!isPathwayId(input.pathwayId) || dateIssue) return { ok: false, problems };
  const pathwayId = input.pathwayId;
  const saved = await runWrite(() =>
    saveSettings(db, {
      pathwayId,
      ...(input.applicationDate ? { applicationDate: input.applicationDate } : {}),
      welcomedOn: useAppStore.getState().today,
    }),
  );
  return saved ? { ok: true } : writeFailed();
}

/** Leave the welcome with the defaults; everything can be chosen later. */
export async function skipWelcome(): Promise<void> {
  await runWrite(() => saveSettings(db, { welcomedOn: useAppStore.getState().today }));
}
