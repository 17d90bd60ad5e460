/**
 * The slices a screen needs before it shows, where they are fewer than all of them (app/App.tsx):
 * the checklist does not wait for a long clinical log, nor the clinical log for evidence files.
 * Each list names every slice its screen's selector reads (useChecklist.ts, useClinical.ts).
 */
import type { SliceKey } from '../db/snapshot';

/** The checklist: its requirements and what is ticked. */
export const CHECKLIST_SLICES: readonly SliceKey[] = [
  'settings',
  'requirementStates',
  'customRequirements',
];

/** The clinical hours screen: the log and the settings that hold the required hours. */
export const CLINICAL_SLICES: readonly SliceKey[] = ['settings', 'clinicalEntries'];
