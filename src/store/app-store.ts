/**
 * The Zustand store that drives the screens.
 * `snapshot` is a read-only mirror of IndexedDB written only by store/sync.ts; actions write to
 * Dexie and let the mirror echo the change (in every tab). Everything else is session state.
 * Actions validate first and return a problem message instead of writing bad input.
 */
import { create } from 'zustand';
import { moveWithinArea, positionAtEndOf } from '../domain/checklist';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/dates';
import type { AreaId, ChecklistItem, PathwayId } from '../domain/types';
import { completionDateProblem, noteProblem, titleProblem } from '../domain/validation';
import {
  addCustomRequirement,
  choosePathway,
  removeCustomRequirement,
  saveRequirementEdit,
  savePositions,
  setCompletion,
  setHidden,
} from '../db/checklist-repo';
import { db } from '../db/database';
import { EMPTY_SNAPSHOT } from '../db/snapshot';
import type { Snapshot } from '../db/snapshot';

/** The result of an action that validates: problems are keyed by the field they belong to. */
export type ActionResult = { ok: true } | { ok: false; problems: Partial<Record<string, string>> };

export interface RequirementEditInput {
  title: string;
  note: string;
  /** Only for a completed requirement: the completion date as typed. */
  completedOn?: string;
}

export interface AppState {
  snapshot: Snapshot;
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  /** The date the checklist is judged on. Refreshed when the app regains focus. */
  today: IsoDate;
  /** Set when a write fails, shown near the top of the screen. */
  writeError?: string;

  refreshToday: () => void;
  dismissWriteError: () => void;
  choosePathway: (pathwayId: PathwayId) => Promise<void>;
  setCompleted: (key: string, completed: boolean) => Promise<void>;
  saveEdit: (item: ChecklistItem, input: RequirementEditInput) => Promise<ActionResult>;
  addRequirement: (
    items: readonly ChecklistItem[],
    area: AreaId,
    title: string,
  ) => Promise<ActionResult>;
  removeRequirement: (item: ChecklistItem) => Promise<void>;
  setHidden: (key: string, hidden: boolean) => Promise<void>;
  move: (items: readonly ChecklistItem[], key: string, direction: 'up' | 'down') => Promise<void>;
}

function failed(field: string, message: string): ActionResult {
  return { ok: false, problems: { [field]: message } };
}

/** How long a write waits for its echo from the database before carrying on regardless. */
const ECHO_TIMEOUT_MS = 2000;

export const useAppStore = create<AppState>()((set, get, store) => {
  /** Resolves when sync.ts next mirrors the database (or after a timeout, so nothing hangs). */
  function nextSnapshot(): { arrived: Promise<void>; cancel: () => void } {
    let cancel = () => {};
    const arrived = new Promise<void>((resolve) => {
      const timer = setTimeout(done, ECHO_TIMEOUT_MS);
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.snapshot !== previous.snapshot) done();
      });
      function done() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
      cancel = done;
    });
    return { arrived, cancel };
  }

  /**
   * Run a write and wait for its echo, so the screen never shows the old state after an action
   * resolves. A failure (quota, closed database) becomes a message instead of an uncaught error.
   */
  async function write(run: () => Promise<unknown>): Promise<boolean> {
    const echo = nextSnapshot();
    try {
      await run();
      await echo.arrived;
      set({ writeError: undefined });
      return true;
    } catch (error) {
      echo.cancel();
      set({
        writeError: `Your change could not be saved, and nothing was changed. (${describe(error)})`,
      });
      return false;
    }
  }

  return {
    snapshot: EMPTY_SNAPSHOT,
    status: 'loading',
    today: toIsoDate(new Date()),

    refreshToday: () => {
      const today = toIsoDate(new Date());
      if (today !== get().today) set({ today });
    },
    dismissWriteError: () => set({ writeError: undefined }),

    choosePathway: async (pathwayId) => {
      await write(() => choosePathway(db, pathwayId));
    },

    setCompleted: async (key, completed) => {
      await write(() => setCompletion(db, key, completed ? get().today : undefined));
    },

    saveEdit: async (item, input) => {
      const problems: Partial<Record<string, string>> = {};
      const titleIssue = titleProblem(input.title);
      if (titleIssue) problems.title = titleIssue;
      const noteIssue = noteProblem(input.note);
      if (noteIssue) problems.note = noteIssue;
      if (input.completedOn !== undefined) {
        const dateIssue = completionDateProblem(input.completedOn, get().today);
        if (dateIssue) problems.completedOn = dateIssue;
      }
      if (Object.keys(problems).length > 0) return { ok: false, problems };

      const title = input.title.trim();
      const note = input.note.trim();
      // A built-in title typed back to its original wording clears the student's override.
      const storedTitle =
        item.builtIn && title === (item.originalTitle ?? item.title) ? undefined : title;
      const saved = await write(() =>
        saveRequirementEdit(
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
      return saved ? { ok: true } : failed('form', get().writeError ?? 'Could not save.');
    },

    addRequirement: async (items, area, title) => {
      const problem = titleProblem(title);
      if (problem) return failed('title', problem);
      const saved = await write(() =>
        addCustomRequirement(db, area, title.trim(), positionAtEndOf(items, area)),
      );
      return saved ? { ok: true } : failed('title', get().writeError ?? 'Could not save.');
    },

    removeRequirement: async (item) => {
      if (item.builtIn) await write(() => setHidden(db, item.key, true));
      else await write(() => removeCustomRequirement(db, item.key));
    },

    setHidden: async (key, hidden) => {
      await write(() => setHidden(db, key, hidden));
    },

    move: async (items, key, direction) => {
      const changes = moveWithinArea(items, key, direction);
      if (changes.length > 0) await write(() => savePositions(db, changes));
    },
  };
});

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError' || error.message.includes('Quota'))
      return 'the browser has run out of storage space for this site';
    return error.message;
  }
  return String(error);
}
