/**
 * The first screen does not wait for the judging code (store/judging.ts): the checklist shows its
 * requirements and working boxes at once, record-backed requirements say they are being checked
 * (no box to tick that the records will decide), and readiness is not counted until they are.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/database';
import { startSync } from '../../src/store/sync';
import { readinessFigure, setUpAppTests } from './render-app';

const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open() };
});

vi.mock('../../src/store/judges', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

setUpAppTests();

describe('the checklist before its verdicts', () => {
  it('works at once, says what it is still checking, and judges when the code arrives', async () => {
    const stop = startSync(db);
    const user = userEvent.setup();
    render(<App />);
    const degree = await screen.findByRole('region', { name: /Degree/ });

    // Record-backed: no box yet, a note instead; readiness not counted.
    expect(within(degree).getAllByText('Checking your records…').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Readiness' })).toHaveAttribute('aria-busy', 'true');
    expect(readinessFigure()).toBe('Checking your records…');

    // A requirement the student ticks by hand works already, and is stored.
    const exam = screen.getByRole('region', { name: /Certification exam/ });
    const [box] = within(exam).getAllByRole('checkbox');
    await user.click(box!);
    await waitFor(async () => expect((await db.requirementStates.toArray()).length).toBe(1));

    gate.open();
    await waitFor(() => expect(readinessFigure()).toMatch(/^1 of \d+ complete$/));
    await waitFor(() => expect(screen.queryAllByText('Checking your records…')).toEqual([]));
    stop();
  });
});
