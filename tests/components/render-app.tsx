/**
 * Renders the whole app against fake-indexeddb with a fixed "today", the way main.tsx starts it.
 * Each test starts from an empty database.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/database';
import { EMPTY_SNAPSHOT } from '../../src/db/snapshot';
import { refreshToday, useAppStore } from '../../src/store/app-store';
import { startSync } from '../../src/store/sync';

export const TODAY = '2026-11-25';

let stopSync: (() => void) | undefined;

export function setUpAppTests(): void {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0, 0));
    refreshToday();
    await Promise.all(db.tables.map((table) => table.clear()));
    // Past the welcome, as a returning student: tests of the welcome itself clear this row.
    await db.settings.put({ key: 'welcomedOn', value: '2026-11-01' });
  });
  afterEach(() => {
    window.location.hash = '';
    stopSync?.();
    stopSync = undefined;
    vi.useRealTimers();
    vi.restoreAllMocks();
    useAppStore.setState({
      snapshot: EMPTY_SNAPSHOT,
      loaded: {},
      writeError: undefined,
      status: 'loading',
      setAsideMoved: undefined,
      readOnly: undefined,
    });
  });
}

export async function renderApp() {
  stopSync = startSync(db);
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { name: /Degree/ });
  // The judging code loads beside the records (store/judging.ts); tests start once it has given
  // its verdicts. tests/components/judging.test.tsx looks at the moment before.
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  return { user, ...view };
}

/**
 * The wide screens' navigation. jsdom applies no media queries, so the phone's bottom bar (also
 * named "Main", shown instead of this one at phone widths) is in the page too.
 */
export function wideNav(): HTMLElement {
  const nav = document.querySelector<HTMLElement>('nav.app-nav');
  if (!nav) throw new Error('No main navigation');
  return nav;
}

/** The readiness figure, e.g. "3 of 8 complete". */
export function readinessFigure(): string | null {
  return document.querySelector('.readiness__count strong')?.textContent ?? null;
}
