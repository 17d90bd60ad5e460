/**
 * The welcome on first open: shown in place of the checklist until the student chooses a pathway
 * or skips it, and only while there is nothing stored to lose (a student who already has records
 * is never sent back to it). The choices stay changeable: the pathway on the checklist, the
 * application date in Settings. What the welcome's buttons do is in welcome-actions.ts, loaded
 * with the welcome.
 */
import { useAppStore } from './app-store';
import type { AppState } from './app-store';

/** Undefined until it can be told: a student who was welcomed before is known from settings alone. */
function needsWelcome({ snapshot, loaded, status, readOnly }: AppState): boolean | undefined {
  // An advisor's device shows the student's records as they arrive, never a welcome to answer.
  if (readOnly === true) return false;
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
