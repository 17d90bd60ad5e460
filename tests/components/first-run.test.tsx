/**
 * The welcome on first open: it asks what the student is working towards, keeps the choice and the
 * application date, can be skipped, refuses a bad date beside the field, and never comes back
 * once anything is stored.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/database';
import { readSettings } from '../../src/domain/settings';
import { startSync } from '../../src/store/sync';
import { readinessFigure, setUpAppTests } from './render-app';

setUpAppTests();

let stopSync: (() => void) | undefined;

beforeEach(async () => {
  // A first open: nothing stored, not even the welcome's own row.
  await db.settings.clear();
});

afterEach(() => {
  stopSync?.();
  stopSync = undefined;
});

async function openFresh() {
  stopSync = startSync(db);
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { name: 'Welcome to MedTech Ready' });
  return user;
}

async function storedSettings() {
  return readSettings(await db.settings.toArray());
}

describe('the welcome', () => {
  it('offers every pathway in plain words and says the data stays on this device', async () => {
    await openFresh();
    expect(screen.getByText(/stays in this browser, on this device/)).toBeInTheDocument();
    const choices = within(screen.getByRole('group', { name: 'What are you working towards?' }));
    expect(choices.getAllByRole('radio')).toHaveLength(6);
    expect(
      choices.getByRole('radio', { name: /Phlebotomy Technician \(ASCP\)/ }),
    ).toHaveAccessibleName(expect.stringMatching(/Draws blood/));
  });

  it('keeps the chosen pathway and date, and shows that checklist (two taps)', async () => {
    const user = await openFresh();
    await user.click(
      screen.getByRole('radio', { name: /Certified Phlebotomy Technician \(NHA\)/ }),
    );
    await user.type(screen.getByLabelText('When do you plan to apply? (optional)'), '2027-06-01');
    await user.click(screen.getByRole('button', { name: 'Show my checklist' }));
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.getByLabelText('Pathway')).toHaveValue('cpt');
    expect(readinessFigure()).toMatch(/of \d+ complete/);
    const settings = await storedSettings();
    expect(settings).toMatchObject({
      pathwayId: 'cpt',
      applicationDate: '2027-06-01',
      welcomedOn: '2026-11-25',
    });
  });

  it('asks for a choice, and refuses a date outside the kept range beside its field', async () => {
    const user = await openFresh();
    await user.click(screen.getByRole('button', { name: 'Show my checklist' }));
    expect(await screen.findByText('Choose what you are working towards.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /Medical Laboratory Scientist/ }));
    expect(screen.queryByText('Choose what you are working towards.')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('When do you plan to apply? (optional)'), '2300-01-01');
    await user.click(screen.getByRole('button', { name: 'Show my checklist' }));
    expect(await screen.findByText(/Enter a date between 1900 and 2199/)).toBeVisible();
    expect(screen.getByLabelText('When do you plan to apply? (optional)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('moves focus to the choices when none was made', async () => {
    const user = await openFresh();
    await user.click(screen.getByRole('button', { name: 'Show my checklist' }));
    expect(await screen.findByText('Choose what you are working towards.')).toBeVisible();
    const first = screen.getAllByRole('radio')[0];
    // Focus moves once the refusal has rendered (an effect): waited for, not assumed.
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes on to the certifications when the CPR card is asked for next', async () => {
    const user = await openFresh();
    await user.click(screen.getByRole('radio', { name: /Medical Laboratory Technician/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Add my CPR card next' }));
    await user.click(screen.getByRole('button', { name: 'Show my checklist' }));
    expect(await screen.findByRole('heading', { name: 'Certifications', level: 2 })).toBeVisible();
    expect(await storedSettings()).toMatchObject({ pathwayId: 'mlt' });
  });

  it('can be skipped, keeping the defaults, and does not come back', async () => {
    const user = await openFresh();
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(await storedSettings()).toMatchObject({ pathwayId: 'mlt', welcomedOn: '2026-11-25' });
    expect(
      screen.queryByRole('heading', { name: 'Welcome to MedTech Ready' }),
    ).not.toBeInTheDocument();
  });

  it('is never shown to a student who already has records', async () => {
    await db.requirementStates.put({ key: 'cpr-bls', completedOn: '2026-11-01', updatedAt: 'x' });
    stopSync = startSync(db);
    render(<App />);
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Welcome to MedTech Ready' }),
    ).not.toBeInTheDocument();
  });
});
