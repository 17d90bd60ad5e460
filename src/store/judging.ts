/**
 * The judging code (judges.ts) loads on its own, started at launch in parallel with opening the
 * database, so the first screen's JavaScript stays small: the checklist shows its requirements,
 * boxes and picker at once, and each record-backed requirement says "Checking your records…"
 * until its verdict can be given (usually before the records have even been read).
 * A chunk that cannot load (the app was updated under an open tab, say) is thrown while
 * rendering, so the screen's error boundary offers a reload instead of a wait without end.
 */
import { useEffect, useSyncExternalStore } from 'react';

export type Judging = typeof import('./judges');

/** The load's state: replaced, never changed, so a render can compare it. */
let state: { judging?: Judging; failure?: unknown } = {};
let loading: Promise<Judging> | undefined;
const listeners = new Set<() => void>();

function settle(next: typeof state): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Start loading the judging code (once); resolves when it is ready. */
export function loadJudging(): Promise<Judging> {
  loading ??= import('./judges').then(
    (judging) => {
      settle({ judging });
      return judging;
    },
    (failure: unknown) => {
      loading = undefined;
      settle({ failure });
      throw failure;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The judging code once loaded; undefined until then. */
export function useJudging(): Judging | undefined {
  const { judging, failure } = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    void loadJudging().catch(() => undefined);
  }, []);
  if (failure !== undefined) throw failure;
  return judging;
}
