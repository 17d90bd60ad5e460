/**
 * "Hidden requirements" (features/checklist/HiddenRequirements.tsx) is split off the first
 * screen's script but loaded beside it, so that the first requirement hidden moves into the list
 * in one commit: the list never waits on its code, and React never holds it back behind a
 * Suspense fallback. Its own file: a module, once loaded, stays loaded for the rest of a file's
 * tests.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, setUpAppTests } from './render-app';

// Whether the list's module has been asked for (its original, unchanged).
const module = vi.hoisted(() => ({ asked: false }));
vi.mock('../../src/features/checklist/HiddenRequirements', async (importOriginal) => {
  module.asked = true;
  return importOriginal();
});

setUpAppTests();

const TITLE = 'Pass the MLT(ASCP) certification exam';

describe('the hidden requirements of an area', () => {
  it('load with the checklist, and the first one hidden moves into the list in one commit', async () => {
    const { user } = await renderApp();
    // Asked for before anything is hidden.
    await waitFor(() => expect(module.asked).toBe(true));
    const item = screen.getByRole('checkbox', { name: TITLE }).closest('li') as HTMLElement;
    const area = item.closest('section') as HTMLElement;
    // Every state the area passes through: the item gone with no list of hidden ones is a wait.
    const states: string[] = [];
    const observer = new MutationObserver(() => {
      const itemShown = within(area).queryByRole('checkbox', { name: TITLE }) !== null;
      const listShown = area.querySelector('.hidden-requirements') !== null;
      states.push(`${itemShown ? 'item' : 'no item'}, ${listShown ? 'list' : 'no list'}`);
    });
    observer.observe(area, { subtree: true, childList: true });

    await user.click(within(item).getByRole('button', { name: `Hide ${TITLE}` }));
    expect(await within(area).findByText('1 hidden requirement')).toBeVisible();
    observer.disconnect();
    expect(states).not.toContain('no item, no list');
    expect(within(area).queryByRole('checkbox', { name: TITLE })).not.toBeInTheDocument();
  });
});
