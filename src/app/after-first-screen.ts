/**
 * Work the app starts with but the first screen does not need (the service worker, the sync code
 * on a device that is not paired, the record checks a first write needs): held back until the
 * first screen has shown its content and that frame is painted, so that none of its requests or
 * script competes with the screen a student opened. The shell says when (FirstScreenShown.tsx).
 */
const waiting: (() => void)[] = [];
let shown = false;
let ran = false;

/**
 * A tab hidden before the screen's frames (a background tab paints none until shown) runs the
 * work after this long instead.
 */
const HIDDEN_TAB_MS = 1000;
/**
 * A first screen that never shows (its code failed to load, say) must not keep the service
 * worker, which is how a fixed version arrives, from ever registering: after this long, the work
 * runs all the same.
 */
const NEVER_SHOWN_MS = 10_000;

function runWaiting(): void {
  if (ran) return;
  ran = true;
  for (const task of waiting.splice(0)) task();
}

/** Run `task` once the first screen is shown: later, or at once when it already is. */
export function afterFirstScreen(task: () => void): void {
  if (ran) task();
  else waiting.push(task);
}

/** The first screen has committed its content: run what waited, once that frame is painted. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  // Two frames on: the screen's own frame has left the main thread before any of this starts.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(runWaiting)));
  setTimeout(runWaiting, HIDDEN_TAB_MS);
}

setTimeout(runWaiting, NEVER_SHOWN_MS);
