/**
 * A screen's code starts loading when a link to it is pointed at or focused (app/App.tsx), so a
 * click on it shows the screen at once, without the "Opening…" fallback and React's 300 ms hold
 * after it. An address typed (or a link followed) before its screen's code has arrived keeps the
 * screen before until it can show (app/useRoute.ts): no fallback either. Its own file: a module,
 * once loaded, stays loaded for the rest of a file's tests.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, setUpAppTests, wideNav } from './render-app';

// Notes when each screen's module has arrived (its original, unchanged).
const arrived = vi.hoisted(() => new Set<string>());
vi.mock('../../src/features/certifications/CertificationsScreen', async (importOriginal) => {
  const original = await importOriginal();
  arrived.add('certifications');
  return original;
});
vi.mock('../../src/features/exam/ExamScreen', async (importOriginal) => {
  const original = await importOriginal();
  arrived.add('exam');
  return original;
});
vi.mock('../../src/features/degree/DegreeScreen', async (importOriginal) => {
  const original = await importOriginal();
  arrived.add('degree');
  return original;
});

/** Whether "Opening…" (the fallback of a screen whose code has not arrived) is ever shown. */
function watchForFallback(): { seen: () => boolean; stop: () => void } {
  let seen = false;
  const check = () => {
    if (document.querySelector('main')?.textContent?.includes('Opening…')) seen = true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { seen: () => seen, stop: () => observer.disconnect() };
}

setUpAppTests();

describe('a link to a screen', () => {
  it('loads the screen when pointed at, so the click shows it without "Opening…"', async () => {
    const { user } = await renderApp();
    const link = within(wideNav()).getByRole('link', { name: 'Certifications' });
    expect(arrived.has('certifications')).toBe(false);

    await user.hover(link);
    await waitFor(() => expect(arrived.has('certifications')).toBe(true));
    // The import's own continuations, after the module itself.
    await act(async () => {});

    const fallback = watchForFallback();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: 'Certifications' })).toBeVisible();
    fallback.stop();
    expect(fallback.seen()).toBe(false);
  });

  it('loads the screen when the link is reached from the keyboard', async () => {
    const { user } = await renderApp();
    const link = within(wideNav()).getByRole('link', { name: 'Exam' });
    expect(arrived.has('exam')).toBe(false);

    link.focus();
    await waitFor(() => expect(arrived.has('exam')).toBe(true));
    await act(async () => {});

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /Exam/ })).toBeVisible();
  });

  it('shows a typed address once its code has arrived, keeping the screen before till then', async () => {
    await renderApp();
    expect(arrived.has('degree')).toBe(false);
    const fallback = watchForFallback();
    // What the page shows while it says it is busy changing screens.
    const whileBusy: string[] = [];
    const main = document.querySelector('main') as HTMLElement;
    const busy = new MutationObserver(() => {
      if (main.getAttribute('aria-busy') !== 'true') return;
      const checklist = main.querySelector('[data-screen-heading="checklist"]') !== null;
      whileBusy.push(checklist ? 'checklist' : 'no checklist');
    });
    busy.observe(main, { subtree: true, childList: true, attributes: true });
    window.location.hash = '#/degree';
    await waitFor(() =>
      expect(document.querySelector('[data-screen-heading="degree"]')).toBeInTheDocument(),
    );
    busy.disconnect();
    fallback.stop();
    expect(arrived.has('degree')).toBe(true);
    expect(fallback.seen()).toBe(false);
    expect(whileBusy.length).toBeGreaterThan(0);
    expect(whileBusy).not.toContain('no checklist');
    expect(document.querySelector('[data-screen-heading="checklist"]')).not.toBeInTheDocument();
    expect(main).not.toHaveAttribute('aria-busy');
  });
});
