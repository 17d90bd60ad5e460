/**
 * A screen's code starts loading when a link to it is pointed at or focused (app/App.tsx), so a
 * click on it shows the screen at once, without the "Opening…" fallback and React's 300 ms hold
 * after it. Its own file: a module, once loaded, stays loaded for the rest of a file's tests.
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

    await user.click(link);
    // At once: no fallback was shown first.
    expect(screen.getByRole('heading', { level: 2, name: 'Certifications' })).toBeVisible();
    expect(screen.queryByText('Opening…')).not.toBeInTheDocument();
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
});
