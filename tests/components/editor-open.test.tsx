/**
 * A requirement's editor loads on first use (features/checklist/RequirementItem.tsx), and opens
 * in a transition: while its code is on the way the item keeps its controls, Edit included, and
 * says it is opening the editor; no Suspense fallback is shown (after one, React would hold the
 * editor back for up to 300 ms). Its own file: a module, once loaded, stays loaded for the rest
 * of a file's tests.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, setUpAppTests } from './render-app';

// The editor's module arrives only when the test lets it (its original, unchanged).
const gate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { asked: false, opened, open: () => open() };
});
vi.mock('../../src/features/checklist/RequirementEditor', async (importOriginal) => {
  gate.asked = true;
  await gate.opened;
  return importOriginal();
});

setUpAppTests();

const PASS = 'Pass the MLT(ASCP) certification exam';

describe("a requirement's editor", () => {
  it('keeps the item and says so while its code loads, then opens with focus in it', async () => {
    const { user } = await renderApp();
    const item = screen.getByRole('checkbox', { name: PASS }).closest('li') as HTMLElement;
    // Anything the item shows while it waits: never a fallback in place of its controls.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (!within(item).queryByRole('button', { name: `Edit ${PASS}` }))
        seen.push(item.textContent ?? '');
    });
    observer.observe(item, { subtree: true, childList: true, characterData: true });

    await user.click(within(item).getByRole('button', { name: `Edit ${PASS}` }));
    await waitFor(() => expect(gate.asked).toBe(true));
    expect(within(item).getByRole('button', { name: `Edit ${PASS}` })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: PASS })).toBeVisible();
    // The item says what is happening; the screen is not swapped for the app's "Opening…".
    expect(within(item).getByText('Opening the editor…')).toBeVisible();
    expect(screen.queryByText('Opening…')).not.toBeInTheDocument();

    gate.open();
    const title = await within(item).findByLabelText('Title');
    expect(within(item).queryByText('Opening the editor…')).not.toBeInTheDocument();
    observer.disconnect();
    // The editor replaced the controls in one commit: nothing showed in between.
    expect(seen.filter((text) => !text.includes('Title'))).toEqual([]);
    await waitFor(() => expect(title).toHaveFocus());
  });
});
