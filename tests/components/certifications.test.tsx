import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { renderApp, setUpAppTests, wideNav } from './render-app';
import { isolate } from '../../src/domain/isolate';

setUpAppTests();

async function openCertifications() {
  const view = await renderApp();
  await view.user.click(within(wideNav()).getByRole('link', { name: 'Certifications' }));
  const heading = await screen.findByRole('heading', { level: 2, name: 'Certifications' });
  return { ...view, heading };
}

describe('certifications', () => {
  it('opens from the navigation, with focus on its heading', async () => {
    const { heading } = await openCertifications();
    // Focus moves once the lazily loaded screen's heading is in place: wait for it.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(wideNav()).getByRole('link', { name: 'Certifications' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText(/No cards yet/)).toBeInTheDocument();
  });

  it("fills in the expiry from the provider's rule, and shows the card expiring soon", async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    expect(screen.getByLabelText('Type')).toHaveValue('cpr-bls');
    expect(screen.getByLabelText('Provider')).toHaveValue('aha');
    expect(screen.getByLabelText('Name on the card')).toHaveValue('BLS Provider');
    await user.type(screen.getByLabelText('Issued on'), '2024-12-25');
    expect(screen.getByLabelText('Expires on (last valid day)')).toHaveValue('2026-12-31');
    expect(screen.getByText(/Filled in from American Heart Association/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    const card = await screen.findByRole('listitem', { name: /BLS Provider/ });
    expect(await within(card).findByText('Expiring soon')).toBeInTheDocument();
    expect(
      within(card).getByText('Expires Dec 31, 2026, in 36 days. Renew by Dec 31, 2026.'),
    ).toBeInTheDocument();
    expect(await db.certifications.toArray()).toMatchObject([
      { type: 'cpr-bls', provider: 'aha', issuedOn: '2024-12-25', expiresOn: '2026-12-31' },
    ]);
  });

  it('keeps an expiry the student typed, and offers the rule’s date again', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    await user.selectOptions(screen.getByLabelText('Provider'), 'red-cross');
    const expires = screen.getByLabelText('Expires on (last valid day)');
    await user.type(screen.getByLabelText('Issued on'), '2026-03-10');
    expect(expires).toHaveValue('2028-03-10');
    await user.clear(expires);
    await user.type(expires, '2028-03-31');
    await user.clear(screen.getByLabelText('Issued on'));
    await user.type(screen.getByLabelText('Issued on'), '2026-03-11');
    expect(expires).toHaveValue('2028-03-31');
    await user.click(screen.getByRole('button', { name: 'Use Mar 11, 2028' }));
    expect(expires).toHaveValue('2028-03-11');
  });

  it('refuses bad dates beside their fields and stores nothing', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    await user.type(screen.getByLabelText('Issued on'), '2026-06-10');
    const expires = screen.getByLabelText('Expires on (last valid day)');
    await user.clear(expires);
    await user.type(expires, '2026-06-01');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    expect(expires).toHaveAccessibleDescription('The expiry date cannot be before the issue date.');

    await user.clear(screen.getByLabelText('Issued on'));
    await user.type(screen.getByLabelText('Issued on'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    expect(screen.getByLabelText('Issued on')).toHaveAccessibleDescription(
      'The issue date cannot be in the future.',
    );
    expect(await db.certifications.count()).toBe(0);
  });

  it('asks for the printed expiry when no rule is known for the provider', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    await user.selectOptions(screen.getByLabelText('Provider'), 'other');
    await user.type(screen.getByLabelText('Issued on'), '2026-06-10');
    expect(screen.getByLabelText('Expires on (last valid day)')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    expect(screen.getByLabelText('Expires on (last valid day)')).toHaveAccessibleDescription(
      'No validity rule is known for Other provider CPR / BLS cards: enter the expiry date printed on the card.',
    );
    expect(await db.certifications.count()).toBe(0);
  });

  it('refuses an oversized or wrong-type evidence file with a clear message', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    const input = screen.getByLabelText(/Photo or PDF of the card/);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', {
      type: 'application/pdf',
    });
    await user.upload(input, big);
    expect(input).toHaveAccessibleDescription(
      `"${isolate('scan.pdf')}" is 10.0 MB; files up to 10 MB can be kept.`,
    );
    const word = new File(['hello'], 'card.docx', { type: 'application/msword' });
    // A file picker's "All files" option gets past the accept attribute.
    fireEvent.change(screen.getByLabelText(/Photo or PDF of the card/), {
      target: { files: [word] },
    });
    expect(screen.getByLabelText(/Photo or PDF of the card/)).toHaveAccessibleDescription(
      `"${isolate('card.docx')}" is not a photo or PDF. Choose a JPEG, PNG, WebP or GIF image, or a PDF.`,
    );
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('focuses the first refused field, clears each error as its field is edited, a good file included', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    const name = screen.getByLabelText('Name on the card');
    const issued = screen.getByLabelText('Issued on');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Enter the name on the card, such as "BLS Provider".');
    expect(issued).toHaveAccessibleDescription('Enter the date it was issued.');

    await user.type(name, 'BLS Provider');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(issued).toHaveAttribute('aria-invalid', 'true');

    const evidence = screen.getByLabelText(/Photo or PDF of the card/);
    await user.upload(evidence, new File([], 'empty.png', { type: 'image/png' }));
    expect(evidence).toHaveAccessibleDescription(`"${isolate('empty.png')}" is empty.`);
    await user.upload(evidence, new File(['png'], 'card.png', { type: 'image/png' }));
    expect(evidence).not.toHaveAttribute('aria-invalid');
    expect(issued).toHaveAttribute('aria-invalid', 'true');

    await user.type(issued, '2025-06-10');
    expect(issued).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await db.certifications.count()).toBe(0);
  });

  it('keeps the old card as history when a renewal is added; the newest decides', async () => {
    await db.certifications.put({
      id: 'cert-old',
      type: 'cpr-bls',
      provider: 'aha',
      name: 'BLS Provider',
      issuedOn: '2024-10-02',
      expiresOn: '2026-10-31',
      createdAt: '2024-10-02T00:00:00Z',
      updatedAt: '2024-10-02T00:00:00Z',
    });
    const { user } = await openCertifications();
    const card = screen.getByRole('listitem', { name: /BLS Provider/ });
    expect(within(card).getByText('Expired')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Add renewal of BLS Provider' }));
    await user.type(screen.getByLabelText('Issued on'), '2026-11-20');
    expect(screen.getByLabelText('Expires on (last valid day)')).toHaveValue('2028-11-30');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await waitFor(() => expect(screen.getByText('Valid until Nov 30, 2028.')).toBeInTheDocument());
    expect(await screen.findByText('Earlier cards (1)')).toBeInTheDocument();
    expect(await db.certifications.count()).toBe(2);
  });

  it('judges cards on the application date, and the banner says what to do', async () => {
    await db.certifications.put({
      id: 'cert-1',
      type: 'first-aid',
      provider: 'aha',
      name: 'Heartsaver First Aid',
      issuedOn: '2025-03-03',
      expiresOn: '2027-03-31',
      createdAt: '2025-03-03T00:00:00Z',
      updatedAt: '2025-03-03T00:00:00Z',
    });
    const { user } = await renderApp();
    expect(screen.queryByRole('heading', { name: 'Needs your attention' })).not.toBeInTheDocument();

    await user.click(within(wideNav()).getByRole('link', { name: 'Settings' }));
    await user.type(await screen.findByLabelText('Application date'), '2027-04-15');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();

    await user.click(within(wideNav()).getByRole('link', { name: 'Checklist' }));
    const banner = await screen.findByRole('region', { name: 'Needs your attention' });
    expect(banner).toHaveTextContent(
      'Valid today, but expires Mar 31, 2027 — before your application date Apr 15, 2027. Renew by Mar 31, 2027.',
    );
  });

  it('refuses a bad warning window and keeps the stored one', async () => {
    const { user } = await renderApp();
    await user.click(within(wideNav()).getByRole('link', { name: 'Settings' }));
    const warning = await screen.findByLabelText('Warn me this many days before a card expires');
    await user.clear(warning);
    await user.type(warning, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(warning).toHaveAccessibleDescription('Choose between 1 and 365 days.');
    expect(await db.settings.get('warningDays')).toBeUndefined();
  });

  it('moves focus into the form when it opens and back to its button when it closes', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    await waitFor(() => expect(screen.getByLabelText('Type')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add a certification' })).toHaveFocus(),
    );
  });

  it('says there is nothing for the calendar yet', async () => {
    const { user } = await openCertifications();
    await user.click(screen.getByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(await screen.findByText(/nothing to remind you of yet/)).toBeInTheDocument();
  });
});
