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

let judging: Judging | undefined;
let failure: unknown;
let loading: Promise<Judging> | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Start loading the judging code (once); resolves when it is ready. */
export function loadJudging(): Promise<Judging> {
  loading ??= import('./judges').then(
    (module) => {
      judging = module;
      notify();
      return module;
    },
    (error: unknown) => {
      failure = error;
      loading = undefined;
      notify();
      throw error;
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
  const loaded = useSyncExternalStore(subscribe, () => judging);
  const failed = useSyncExternalStore(subscribe, () => failure);
  useEffect(() => {
    void loadJudging().catch(() => undefined);
  }, []);
  if (failed !== undefined && !loaded) throw failed;
  return loaded;
}
