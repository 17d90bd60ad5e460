/**
 * Addresses the app does not know show a "not found" screen with a way back, so the page is
 * never left blank or on the wrong screen.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, setUpAppTests } from './render-app';

setUpAppTests();

describe('an unknown address', () => {
  it.each(['#/nope', '#/report/%', '#/report/%E0%A4%A'])(
    'shows "not found" for %s, with a link back to the checklist that works',
    async (hash) => {
      const { user } = await renderApp();
      window.location.hash = hash;
      expect(
        await screen.findByRole('heading', { level: 2, name: 'Page not found' }),
      ).toBeVisible();
      expect(screen.queryByRole('heading', { name: /Degree/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Back to the checklist' }));
      expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
      expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
    },
  );

  it('is not an anchor: an anchor shows the checklist', async () => {
    await renderApp();
    window.location.hash = '#/nope';
    await screen.findByRole('heading', { name: 'Page not found' });
    window.location.hash = '#requirement-cpr-bls';
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
  });
});
