/**
 * ui/lazy-component.ts: code split off the first screen renders without a Suspense fallback once
 * its module has arrived (React would otherwise show the fallback and hold the content back for
 * up to 300 ms), loads on first render when nobody preloaded it, and tries a failed load again.
 */
import { act, render, screen } from '@testing-library/react';
import { Component, Suspense } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../src/ui/lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A Suspense fallback that notes every time it is rendered. */
function fallbackSpy() {
  const shown = vi.fn();
  function Fallback() {
    shown();
    return <p>Loading…</p>;
  }
  return { shown, fallback: <Fallback /> };
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  it('renders a preloaded component in the first pass, never showing the fallback', async () => {
    const load = vi.fn(async () => Greeting);
    const Lazy = lazyComponent(load);
    Lazy.preload();
    Lazy.preload();
    // The module has arrived: its promise and React's own continuations have run.
    await act(async () => {});
    const { shown, fallback } = fallbackSpy();

    render(
      <Suspense fallback={fallback}>
        <Lazy name="Ada" />
      </Suspense>,
    );

    // No waiting: the content is there on the first commit, and the fallback never rendered.
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(shown).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads on its first render when nobody preloaded it, showing the fallback meanwhile', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const Lazy = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const { shown, fallback } = fallbackSpy();

    render(
      <Suspense fallback={fallback}>
        <Lazy name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(shown).toHaveBeenCalled();

    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello, Grace')).toBeInTheDocument();
  });

  it('tries a failed preload again on the first render', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('The chunk could not load.'))
      .mockResolvedValue(Greeting);
    const Lazy = lazyComponent(load);
    Lazy.preload();
    await act(async () => {});

    render(
      <Suspense fallback={null}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('hands a load that fails while rendering to the error boundary', async () => {
    const Lazy = lazyComponent<{ name: string }>(() =>
      Promise.reject(new Error('The chunk could not load.')),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    render(
      <Boundary>
        <Suspense fallback={null}>
          <Lazy name="Ada" />
        </Suspense>
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The chunk could not load.');
  });
});
