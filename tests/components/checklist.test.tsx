import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { readinessFigure, renderApp, setUpAppTests } from './render-app';

setUpAppTests();

const CPR = 'Current CPR card: BLS Provider (healthcare level)';
const FIRST_AID = 'Current First Aid certificate';

describe('checklist', () => {
  it('shows the default pathway with every area and an empty summary', async () => {
    await renderApp();
    expect(screen.getByLabelText('Pathway')).toHaveValue('mlt');
    for (const area of [
      'Degree',
      'Certification exam',
      'Clinical experience',
      'CPR and First Aid',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(area) })).toBeInTheDocument();
    }
    expect(readinessFigure()).toBe('0 of 8 complete');
    expect(screen.getByRole('progressbar', { name: 'Readiness for MLT(ASCP)' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
  });

  it('checking a requirement records today and updates the summary', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: CPR }));
    await waitFor(() => expect(readinessFigure()).toBe('1 of 8 complete'));
    expect(screen.getByRole('checkbox', { name: CPR })).toBeChecked();
    expect(screen.getByText('Completed 25 Nov 2026')).toBeInTheDocument();
    expect((await db.requirementStates.get('cpr-bls'))?.completedOn).toBe('2026-11-25');
    const remaining = screen.getByRole('heading', { name: 'What remains' })
      .parentElement as HTMLElement;
    expect(within(remaining).queryByRole('link', { name: CPR })).not.toBeInTheDocument();
    expect(within(remaining).getByRole('link', { name: FIRST_AID })).toHaveAttribute(
      'href',
      '#requirement-first-aid',
    );
  });

  it('unchecking asks nothing and keeps the note', async () => {
    await db.requirementStates.put({
      key: 'first-aid',
      completedOn: '2026-10-01',
      note: 'Red Cross',
      updatedAt: 'x',
    });
    const { user } = await renderApp();
    expect(readinessFigure()).toBe('1 of 8 complete');
    await user.click(screen.getByRole('checkbox', { name: FIRST_AID }));
    await waitFor(() => expect(readinessFigure()).toBe('0 of 8 complete'));
    expect(screen.getByText('Red Cross')).toBeInTheDocument();
    expect(await db.requirementStates.get('first-aid')).toMatchObject({ note: 'Red Cross' });
  });

  it('edits the completion date and note, refusing a future date beside the field', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: CPR }));
    await screen.findByText('Completed 25 Nov 2026');
    await user.click(screen.getByRole('button', { name: `Edit ${CPR}` }));

    const date = screen.getByLabelText('Completed on');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(date).toHaveAccessibleDescription('The completion date cannot be in the future.');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect((await db.requirementStates.get('cpr-bls'))?.completedOn).toBe('2026-11-25');

    await user.clear(date);
    await user.type(date, '2026-06-10');
    await user.type(screen.getByLabelText('Note (optional)'), 'AHA eCard');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Completed 10 Jun 2026');
    expect(screen.getByText('AHA eCard')).toBeInTheDocument();
    expect(await db.requirementStates.get('cpr-bls')).toMatchObject({
      completedOn: '2026-06-10',
      note: 'AHA eCard',
    });
  });

  it('refuses an empty title and changes nothing stored', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Edit ${FIRST_AID}` }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(title).toHaveAccessibleDescription('Enter a title for this requirement.');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a title for this requirement.');
    expect(await db.requirementStates.count()).toBe(0);
  });

  it('renames a built-in requirement and shows the original wording', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Edit ${FIRST_AID}` }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Heartsaver First Aid CPR AED');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Heartsaver First Aid CPR AED' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Heartsaver First Aid CPR AED' }));
    expect(screen.getByText(`Original wording: ${FIRST_AID}`)).toBeInTheDocument();
  });

  it('adds, and after confirmation removes, a requirement of the student’s own', async () => {
    const { user } = await renderApp();
    const input = screen.getByLabelText('Add your own requirement to Clinical experience');
    await user.type(input, 'Hepatitis B vaccination{Enter}');
    expect(
      await screen.findByRole('checkbox', { name: 'Hepatitis B vaccination' }),
    ).toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(readinessFigure()).toBe('0 of 9 complete');

    await user.click(screen.getByRole('button', { name: 'Remove Hepatitis B vaccination' }));
    expect(screen.getByRole('checkbox', { name: 'Hepatitis B vaccination' })).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Confirm remove Hepatitis B vaccination' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('checkbox', { name: 'Hepatitis B vaccination' }),
      ).not.toBeInTheDocument(),
    );
    expect(await db.customRequirements.count()).toBe(0);
  });

  it('refuses an empty new requirement beside its field', async () => {
    const { user } = await renderApp();
    const input = screen.getByLabelText('Add your own requirement to Degree');
    await user.type(input, '   {Enter}');
    expect(input).toHaveAccessibleDescription('Enter a title for this requirement.');
    expect(await db.customRequirements.count()).toBe(0);
  });

  it('shows pasted markup as text', async () => {
    const { user } = await renderApp();
    const markup = '<img src=x onerror=alert(1)>';
    await user.click(screen.getByLabelText('Add your own requirement to Degree'));
    await user.paste(markup);
    await user.click(screen.getAllByRole('button', { name: 'Add' })[0] as HTMLElement);
    expect(await screen.findByRole('checkbox', { name: markup })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('hides a built-in requirement and restores it', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Hide ${FIRST_AID}` }));
    await waitFor(() => expect(readinessFigure()).toBe('0 of 7 complete'));
    expect(screen.queryByRole('checkbox', { name: FIRST_AID })).not.toBeInTheDocument();
    await user.click(screen.getByText('1 hidden requirement'));
    await user.click(screen.getByRole('button', { name: `Restore ${FIRST_AID}` }));
    expect(await screen.findByRole('checkbox', { name: FIRST_AID })).toBeInTheDocument();
    expect(readinessFigure()).toBe('0 of 8 complete');
  });

  it('reorders within an area', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Move down ${CPR}` }));
    await waitFor(() => {
      const area = screen.getByRole('region', { name: /CPR and First Aid/ });
      const titles = within(area)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('id'));
      expect(titles).toEqual(['requirement-first-aid-done', 'requirement-cpr-bls-done']);
    });
    expect(screen.getByRole('button', { name: `Move down ${FIRST_AID}` })).toBeEnabled();
    expect(screen.getByRole('button', { name: `Move down ${CPR}` })).toBeDisabled();
  });

  it('switching pathway keeps shared completions and own requirements', async () => {
    await db.requirementStates.put({ key: 'cpr-bls', completedOn: '2026-06-10', updatedAt: 'x' });
    await db.customRequirements.put({
      id: 'custom-1',
      area: 'clinical',
      title: 'Flu shot',
      createdAt: 'x',
    });
    const { user } = await renderApp();
    await user.selectOptions(screen.getByLabelText('Pathway'), 'mls');
    expect(await screen.findByRole('checkbox', { name: /Bachelor's degree/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: CPR })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Flu shot' })).toBeInTheDocument();
    expect(readinessFigure()).toBe('1 of 10 complete');
  });

  it('says so when a write fails, and the box falls back', async () => {
    const { user } = await renderApp();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.requirementStates, 'put').mockRejectedValue(quota);
    await user.click(screen.getByRole('checkbox', { name: CPR }));
    expect(await screen.findByText(/could not be saved/)).toBeInTheDocument();
    expect(screen.getByText(/run out of storage space/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: CPR })).not.toBeChecked());
    expect(await db.requirementStates.count()).toBe(0);
  });
});
