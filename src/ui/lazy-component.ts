/**
 * React.lazy for code split off the first screen, minus a wait React adds. A lazy component
 * suspends on its first render even when its module arrived long before: React learns that only
 * from a promise's callback. The Suspense fallback is then committed, and React holds the real
 * content back until 300 ms after that fallback appeared (its fallback throttle). Each screen
 * and each part started early (the chart, a requirement's verdict) lost up to 300 ms this way,
 * at 10,000 clinical entries a third of the time to the first screen.
 *
 * `lazyComponent` remembers the component once loaded and from then on hands React a thenable
 * that is already resolved, which React reads at once (its lazy initializer calls `then` and
 * checks the result before suspending), so a preloaded component renders in the same pass.
 * `preload()` starts the load ahead of the first render; a failed load is tried again by the
 * render, whose error boundary then offers a reload.
 */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

export type PreloadableComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Start loading the code now (once); the first render then needs no Suspense fallback. */
  preload: () => void;
};

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const component = lazy(() => (loaded ? resolvedThenable(loaded) : start()));
  return Object.assign(component, {
    preload: () => void start().catch(() => undefined),
  });
}

/** A thenable whose `then` answers synchronously: React takes its value without suspending. */
function resolvedThenable<T>(value: T): Promise<T> {
  const thenable = { then: (onFulfilled: (value: T) => unknown) => void onFulfilled(value) };
  // React.lazy's type asks for a Promise; it only ever calls `then` on what it is given.
  return thenable as unknown as Promise<T>;
}
