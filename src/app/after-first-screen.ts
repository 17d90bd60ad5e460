/**
 * Work the app starts with but the first screen does not need (the service worker, the sync code
 * on a device that is not paired, the record checks a first write needs): held back until the
 * first screen has shown its content and that frame is painted, so that none of its requests or
 * script competes with the screen a student opened. The shell says when (FirstScreenShown.tsx).
 */
const waiting: (() => void)[] = [];
let shown = false;

/** Run `task` once the first screen is shown: later, or at once when it already is. */
export function afterFirstScreen(task: () => void): void {
  if (shown) task();
  else waiting.push(task);
}

/** The first screen has committed its content: run what waited, once that frame is painted. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  const run = () => {
    for (const task of waiting.splice(0)) task();
  };
  // A tab in the background paints no frames (nor calls requestAnimationFrame) until shown.
  if (document.visibilityState === 'hidden') setTimeout(run);
  // Two frames on: the screen's own frame has left the main thread before any of this starts.
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run)));
}
