/**
 * The welcome on first open: shown in place of the checklist until the student chooses a pathway
 * or skips it, and only while there is nothing stored to lose (a student who already has records
 * is never sent back to it). The choices stay changeable: the pathway on the checklist, the
 * application date in Settings.
 */
import { useAppStore } from './app-store';
import type { AppState } from './app-store';
import { applicationDateProblem } from '../domain/settings';
import { isPathwayId } from '../domain/pathways/summaries';
import { db } from '../db/database';
import { saveSettings } from '../db/settings-repo';
import { runWrite, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

/** Undefined until it can be told: a student who was welcomed before is known from settings alone. */
function needsWelcome({ snapshot, loaded, status }: AppState): boolean | undefined {
  if (!loaded.settings) return undefined;
  if (snapshot.settings.welcomedOn !== undefined) return false;
  if (status !== 'ready') return undefined;
  return (
    snapshot.requirementStates.length === 0 &&
    snapshot.customRequirements.length === 0 &&
    snapshot.certifications.length === 0 &&
    snapshot.clinicalEntries.length === 0 &&
    snapshot.degree === undefined &&
    snapshot.courses.length === 0 &&
    snapshot.examPlans.length === 0 &&
    snapshot.targets.length === 0
  );
}

export function useNeedsWelcome(): boolean | undefined {
  return useAppStore(needsWelcome);
}

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
