import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { readinessFigure, renderApp, setUpAppTests } from './render-app';
import { isolate } from '../../src/domain/isolate';

setUpAppTests();

const APPLY = 'Submit the MLT(ASCP) exam application and fee';
const DOCUMENTS = 'Send your official transcript and program completion verification to ASCP BOC';
const PASS = 'Pass the MLT(ASCP) certification exam';
const CPR = 'Current CPR card: BLS Provider (healthcare level)';

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
    await user.click(screen.getByRole('checkbox', { name: APPLY }));
    await waitFor(() => expect(readinessFigure()).toBe('1 of 8 complete'));
    expect(screen.getByRole('checkbox', { name: APPLY })).toBeChecked();
    expect(await screen.findByText('Completed Nov 25, 2026')).toBeInTheDocument();
    expect((await db.requirementStates.get('mlt-exam-application'))?.completedOn).toBe(
      '2026-11-25',
    );
    const remaining = screen.getByRole('heading', { name: 'What remains' })
      .parentElement as HTMLElement;
    expect(within(remaining).queryByRole('link', { name: APPLY })).not.toBeInTheDocument();
    expect(within(remaining).getByRole('link', { name: PASS })).toHaveAttribute(
      'href',
      '#requirement-mlt-exam-pass',
    );
  });

  it('unchecking asks nothing and keeps the note', async () => {
    await db.requirementStates.put({
      key: 'mlt-exam-pass',
      completedOn: '2026-10-01',
      note: 'Scored well',
      updatedAt: 'x',
    });
    const { user } = await renderApp();
    expect(readinessFigure()).toBe('1 of 8 complete');
    await user.click(screen.getByRole('checkbox', { name: PASS }));
    await waitFor(() => expect(readinessFigure()).toBe('0 of 8 complete'));
    expect(screen.getByText('Scored well')).toBeInTheDocument();
    expect(await db.requirementStates.get('mlt-exam-pass')).toMatchObject({ note: 'Scored well' });
  });

  it('edits the completion date and note, refusing a future date beside the field', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: APPLY }));
    await screen.findByText('Completed Nov 25, 2026');
    await user.click(screen.getByRole('button', { name: `Edit ${APPLY}` }));

    // The editor loads on first use: wait for it.
    const date = await screen.findByLabelText('Completed on');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(date).toHaveAccessibleDescription('The completion date cannot be in the future.');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect((await db.requirementStates.get('mlt-exam-application'))?.completedOn).toBe(
      '2026-11-25',
    );

    await user.clear(date);
    await user.type(date, '2026-06-10');
    await user.type(screen.getByLabelText('Note (optional)'), 'Paid by card');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Completed Jun 10, 2026');
    // The editor closes once the save has been echoed back.
    await waitFor(() => expect(screen.queryByLabelText('Note (optional)')).not.toBeInTheDocument());
    expect(screen.getByText('Paid by card')).toBeInTheDocument();
    expect(await db.requirementStates.get('mlt-exam-application')).toMatchObject({
      completedOn: '2026-06-10',
      note: 'Paid by card',
    });
  });

  it('returns focus to the Edit button when the editor closes', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Edit ${PASS}` }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Edit ${PASS}` })).toHaveFocus());
  });

  it('refuses an empty title and changes nothing stored', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Edit ${PASS}` }));
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(title).toHaveAccessibleDescription('Enter a title for this requirement.');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a title for this requirement.');
    expect(await db.requirementStates.count()).toBe(0);
  });

  it('renames a built-in requirement and shows the original wording', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Edit ${PASS}` }));
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Pass the MLT exam (booked for March)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Pass the MLT exam (booked for March)' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText('Title')).not.toBeInTheDocument());
    await user.click(
      screen.getByRole('button', { name: 'Edit Pass the MLT exam (booked for March)' }),
    );
    expect(await screen.findByText(`Original wording: ${PASS}`)).toBeInTheDocument();
  });

  it('adds, and after confirmation removes, a requirement of the student’s own', async () => {
    const { user } = await renderApp();
    const input = screen.getByLabelText('Add your own requirement to Clinical experience');
    await user.type(input, 'Hepatitis B vaccination{Enter}');
    expect(
      await screen.findByRole('checkbox', { name: 'Hepatitis B vaccination' }),
    ).toBeInTheDocument();
    // The field is emptied once the save has resolved, a moment after the echo shows the item.
    await waitFor(() => expect(input).toHaveValue(''));
    await waitFor(() => expect(readinessFigure()).toBe('0 of 9 complete'));

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

  it('adds after the last requirement of its area as the list stands when adding', async () => {
    const { user } = await renderApp();
    const degree = () => screen.getByRole('region', { name: /^Degree/ });
    const titles = () =>
      within(degree())
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    const input = screen.getByLabelText('Add your own requirement to Degree');
    await user.type(input, 'First of mine{Enter}');
    await screen.findByRole('checkbox', { name: 'First of mine' });
    // Added in another tab, then moved up here: the form, which does not render for either,
    // still reads the list as it is now.
    await db.customRequirements.put({
      id: 'from-another-tab',
      area: 'degree',
      title: 'From another tab',
      createdAt: '2026-11-25T10:00:00.000Z',
    });
    await user.click(await screen.findByRole('button', { name: 'Move up From another tab' }));
    await waitFor(() =>
      expect(titles().indexOf('From another tab')).toBeLessThan(titles().indexOf('First of mine')),
    );
    await user.type(input, 'Second of mine{Enter}');
    await screen.findByRole('checkbox', { name: 'Second of mine' });
    expect(titles().at(-1)).toBe('Second of mine');
  });

  it('refuses an empty new requirement beside its field', async () => {
    const { user } = await renderApp();
    const input = screen.getByLabelText('Add your own requirement to Degree');
    await user.type(input, '   {Enter}');
    expect(input).toHaveAccessibleDescription('Enter a title for this requirement.');
    expect(await db.customRequirements.count()).toBe(0);
    await user.type(input, 'x');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAccessibleDescription();
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
    await user.click(screen.getByRole('button', { name: `Hide ${PASS}` }));
    await waitFor(() => expect(readinessFigure()).toBe('0 of 7 complete'));
    expect(screen.queryByRole('checkbox', { name: PASS })).not.toBeInTheDocument();
    await user.click(await screen.findByText('1 hidden requirement'));
    await user.click(screen.getByRole('button', { name: `Restore ${PASS}` }));
    expect(await screen.findByRole('checkbox', { name: PASS })).toBeInTheDocument();
    await waitFor(() => expect(readinessFigure()).toBe('0 of 8 complete'));
  });

  it('reorders within an area', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: `Move down ${APPLY}` }));
    await waitFor(() => {
      const area = screen.getByRole('region', { name: /Certification exam/ });
      const labels = within(area)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
      expect(labels).toEqual([DOCUMENTS, APPLY, PASS]);
    });
    expect(screen.getByRole('button', { name: `Move up ${DOCUMENTS}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move up ${APPLY}` })).toBeEnabled();
  });

  it('switching pathway keeps what applies by key, and the student’s own requirements', async () => {
    await db.requirementStates.put({ key: 'first-aid', hidden: true, updatedAt: 'x' });
    await db.requirementStates.put({
      key: 'mlt-exam-pass',
      completedOn: '2026-06-10',
      updatedAt: 'x',
    });
    await db.customRequirements.put({
      id: 'custom-1',
      area: 'clinical',
      title: 'Flu shot',
      createdAt: 'x',
    });
    const { user } = await renderApp();
    expect(readinessFigure()).toBe('1 of 8 complete');
    await user.selectOptions(screen.getByLabelText('Pathway'), 'mls');
    expect(await screen.findByRole('checkbox', { name: /Bachelor's degree/ })).toBeInTheDocument();
    // First Aid stays hidden (same key); the MLT exam does not count towards MLS.
    expect(document.getElementById('requirement-first-aid')).toBeNull();
    expect(await screen.findByText('1 hidden requirement')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Flu shot' })).toBeInTheDocument();
    // MLS Route 1's 8 requirements (Route 2's coursework is on the Degree screen now), First Aid
    // hidden, and Flu shot.
    await waitFor(() => expect(readinessFigure()).toBe('0 of 8 complete'));
    await user.selectOptions(screen.getByLabelText('Pathway'), 'mlt');
    await waitFor(() => expect(readinessFigure()).toBe('1 of 8 complete'));
  });

  it('says so when a write fails, and the box falls back', async () => {
    const { user } = await renderApp();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.requirementStates, 'put').mockRejectedValue(quota);
    await user.click(screen.getByRole('checkbox', { name: APPLY }));
    expect(await screen.findByText(/could not be saved/)).toBeInTheDocument();
    expect(screen.getByText(/run out of storage space/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: APPLY })).not.toBeChecked());
    expect(await db.requirementStates.count()).toBe(0);
  });

  it('CPR is met by a current card instead of a checkbox, and says why', async () => {
    await db.certifications.put({
      id: 'cert-1',
      type: 'cpr-bls',
      provider: 'aha',
      name: 'BLS Provider',
      issuedOn: '2025-06-10',
      expiresOn: '2027-06-30',
      createdAt: '2025-06-10T00:00:00Z',
      updatedAt: '2025-06-10T00:00:00Z',
    });
    await renderApp();
    expect(screen.queryByRole('checkbox', { name: CPR })).not.toBeInTheDocument();
    const cprItem = document.getElementById('requirement-cpr-bls') as HTMLElement;
    expect(within(cprItem).getByText('Met')).toBeInTheDocument();
    expect(
      within(cprItem).getByText(
        `Met by your ${isolate('BLS Provider')} card, valid until Jun 30, 2027.`,
      ),
    ).toBeInTheDocument();
    const firstAidItem = document.getElementById('requirement-first-aid') as HTMLElement;
    expect(within(firstAidItem).getByText('Not met')).toBeInTheDocument();
    expect(within(firstAidItem).getByRole('link', { name: /Add your card/ })).toHaveAttribute(
      'href',
      '#/certifications',
    );
    expect(readinessFigure()).toBe('1 of 8 complete');
  });

  it('an expired card falls back to not met, with the reason', async () => {
    await db.certifications.put({
      id: 'cert-1',
      type: 'cpr-bls',
      provider: 'aha',
      name: 'BLS Provider',
      issuedOn: '2024-10-02',
      expiresOn: '2026-10-31',
      createdAt: '2024-10-02T00:00:00Z',
      updatedAt: '2024-10-02T00:00:00Z',
    });
    await renderApp();
    const cprItem = document.getElementById('requirement-cpr-bls') as HTMLElement;
    expect(within(cprItem).getByText('Not met')).toBeInTheDocument();
    expect(within(cprItem).getByText(/expired on Oct 31, 2026/)).toBeInTheDocument();
    expect(readinessFigure()).toBe('0 of 8 complete');
  });
});
