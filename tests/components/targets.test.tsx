import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { renderApp, setUpAppTests, wideNav } from './render-app';
import { isolate } from '../../src/domain/isolate';

setUpAppTests();

async function openTargets() {
  const view = await renderApp();
  await view.user.click(within(wideNav()).getByRole('link', { name: 'Targets' }));
  await screen.findByRole('heading', { level: 2, name: 'Targets' });
  return view;
}

describe('targets', () => {
  it('refuses a target with no date or a negative threshold, and stores nothing', async () => {
    const { user } = await openTargets();
    await user.click(screen.getByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('Name'), 'City Hospital MLT program');
    await user.type(screen.getByLabelText('Clinical hours it asks for (optional)'), '-20');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    expect(screen.getByLabelText('Deadline or start date')).toHaveAccessibleDescription(
      'Enter the deadline or start date: readiness is judged on it.',
    );
    expect(
      screen.getByLabelText('Clinical hours it asks for (optional)'),
    ).toHaveAccessibleDescription(/Only where it differs.*Clinical hours cannot be below zero\./);
    expect(await db.targets.count()).toBe(0);
  });

  it('flags a date already past, but keeps the target', async () => {
    const { user } = await openTargets();
    await user.click(screen.getByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('Name'), 'Spring job');
    await user.type(screen.getByLabelText('Deadline or start date'), '2026-10-01');
    expect(screen.getByLabelText('Deadline or start date')).toHaveAccessibleDescription(
      /This date has passed/,
    );
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    const card = await screen.findByRole('listitem', { name: 'Spring job' });
    expect(await within(card).findByText('Date passed')).toBeInTheDocument();
    expect(within(card).getByText(/55 days ago/)).toBeInTheDocument();
  });

  it('shows each target’s readiness as of its own date, with next actions', async () => {
    await db.certifications.put({
      id: 'cert-1',
      type: 'cpr-bls',
      provider: 'aha',
      name: 'BLS Provider',
      issuedOn: '2025-03-03',
      expiresOn: '2027-03-31',
      createdAt: 'x',
      updatedAt: 'x',
    });
    await db.targets.bulkPut([
      {
        id: 't1',
        name: 'Winter program',
        kind: 'program',
        date: '2027-02-01',
        pathwayId: 'mlt',
        createdAt: 'x',
        updatedAt: 'x',
      },
      {
        id: 't2',
        name: 'Fall job',
        kind: 'job',
        date: '2027-09-01',
        pathwayId: 'mlt',
        createdAt: 'x',
        updatedAt: 'x',
      },
    ]);
    const { user } = await openTargets();
    const winter = screen.getByRole('listitem', { name: 'Winter program' });
    const fall = screen.getByRole('listitem', { name: 'Fall job' });
    expect(within(winter).getByText('1 of 8 met')).toBeInTheDocument();
    expect(within(fall).getByText('0 of 8 met')).toBeInTheDocument();
    expect(
      within(fall).getByText(`Renew ${isolate('BLS Provider')} before Mar 31, 2027`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    await user.click(within(fall).getByText('All requirements'));
    expect(
      within(fall).getByText(`the date ${isolate('Fall job')} needs it`, { exact: false }),
    ).toBeInTheDocument();

    await user.click(within(fall).getByRole('button', { name: 'Archive Fall job' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Fall job' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByText('Archived targets (1)')).toBeInTheDocument();
  });

  it('opens a printable report for a target', async () => {
    await db.settings.put({ key: 'studentName', value: 'Ana Reyes' });
    await db.targets.put({
      id: 't1',
      name: 'Winter program',
      kind: 'program',
      date: '2027-02-01',
      pathwayId: 'mlt',
      createdAt: 'x',
      updatedAt: 'x',
    });
    const { user } = await openTargets();
    await user.click(screen.getByRole('link', { name: 'Report for Winter program' }));
    expect(
      await screen.findByRole('heading', { name: 'Readiness report: Winter program' }),
    ).toBeInTheDocument();
    // The student's name is their own text: isolated for bidi in the line that quotes it.
    const meta = screen.getByText(/· Program · Medical Laboratory Technician/);
    expect(meta).toHaveTextContent(/^Ana Reyes · Program · Medical Laboratory Technician/);
    expect(within(meta).getByText('Ana Reyes').tagName).toBe('BDI');
    expect(screen.getAllByRole('row')).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });
});

describe('settings', () => {
  it('applies the chosen theme to the page and keeps the report name', async () => {
    const view = await renderApp();
    await view.user.click(
      within(wideNav()).getByRole('link', {
        name: 'Settings',
      }),
    );
    await view.user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await view.user.type(
      screen.getByLabelText('Your name, for the readiness report (optional)'),
      'Ana Reyes',
    );
    await view.user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect((await db.settings.get('studentName'))?.value).toBe('Ana Reyes');
    await view.user.click(screen.getByRole('radio', { name: 'Follow my device' }));
    await view.user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });
});
