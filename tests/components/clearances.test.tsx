/**
 * Clearances and evidence, as a student drives them: adding a TB test with its evidence file on
 * the Clearances screen, a target's rule judging it on the target's date, and a transcript
 * attached to a checklist requirement (and refused when it is too large).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

// Evidence lists make object URLs of the stored bytes; Node's URL takes only its own Blobs.
beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:evidence');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});

async function openClearances() {
  const view = await renderApp();
  await view.user.click(within(wideNav()).getByRole('link', { name: 'Clearances' }));
  await screen.findByRole('heading', { level: 2, name: 'Clearances' });
  return view;
}

describe('clearances', () => {
  it('adds a TB test with its evidence file, judged by a target’s 12-month rule on its date', async () => {
    const { user } = await openClearances();
    // Empty states teach: every kind is listed, with CDC's guidance cited where it applies.
    expect(screen.getAllByText('None recorded.')).toHaveLength(9);
    expect(
      screen.getByRole('link', { name: /Source: CDC and the National Tuberculosis Controllers/ }),
    ).toHaveAttribute('href', 'https://www.cdc.gov/mmwr/volumes/68/wr/mm6819a3.htm');

    await user.click(screen.getByRole('button', { name: 'Add a clearance' }));
    await user.selectOptions(screen.getByLabelText('Clearance'), 'tb-screening');
    await user.selectOptions(screen.getByLabelText('TB test'), 'igra');
    // Nothing is stored until the result is chosen: the refusal is beside its field.
    await user.type(screen.getByLabelText('Date done'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Save clearance' }));
    expect(await screen.findByLabelText('Result')).toHaveAccessibleDescription(
      'Choose the result.',
    );
    expect(await db.clearances.count()).toBe(0);
    await user.selectOptions(screen.getByLabelText('Result'), 'negative');
    await user.upload(
      screen.getByLabelText(/Photo or PDF of the record/),
      new File(['%PDF-1.4'], 'igra-result.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save clearance' }));

    const card = await screen.findByRole('listitem', { name: /TB screening of Mar 1, 2026/ });
    expect(within(card).getByText('Met')).toBeInTheDocument();
    expect(
      await within(card).findByRole('link', { name: /Open PDF igra-result\.pdf/ }),
    ).toBeInTheDocument();
    const [stored] = await db.clearances.toArray();
    expect(stored).toMatchObject({ kind: 'tb-screening', testType: 'igra', result: 'negative' });
    const [file] = await db.evidenceFiles.toArray();
    expect(file).toMatchObject({ clearanceId: stored?.id, name: 'igra-result.pdf' });
    expect(file?.certificationId).toBeUndefined();

    // A program starting Feb 1, 2027 asks for a TB test within 12 months of that date.
    await user.click(within(wideNav()).getByRole('link', { name: 'Targets' }));
    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('Name', { exact: true }), 'City MLT program');
    await user.type(screen.getByLabelText('Deadline or start date'), '2027-02-01');
    await user.click(screen.getByRole('checkbox', { name: 'TB screening' }));
    await user.type(
      screen.getByLabelText('TB screening: within how many months of the date (optional)'),
      '12',
    );
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    const target = await screen.findByRole('listitem', { name: 'City MLT program' });
    expect(
      within(target).getByText(/TB screening, within 12 months of the date/),
    ).toBeInTheDocument();
    expect(await db.targets.toArray()).toMatchObject([
      { clearances: [{ kind: 'tb-screening', withinMonths: 12 }] },
    ]);

    await user.click(within(wideNav()).getByRole('link', { name: 'Clearances' }));
    const forTargets = await screen.findByRole('region', { name: 'For your targets' });
    expect(within(forTargets).getByText('Met')).toBeInTheDocument();
    expect(forTargets).toHaveTextContent('within 12 months of Feb 1, 2027');

    // Deleting the clearance deletes its file with it.
    const again = screen.getByRole('listitem', { name: /TB screening of Mar 1, 2026/ });
    await user.click(within(again).getByRole('button', { name: /Delete TB screening/ }));
    await user.click(within(again).getByRole('button', { name: /Confirm delete TB screening/ }));
    await waitFor(async () => expect(await db.evidenceFiles.count()).toBe(0));
    expect(await db.clearances.count()).toBe(0);
  });

  it('records an immunization by its doses, counted against the series guidance names', async () => {
    const { user } = await openClearances();
    await user.click(screen.getByRole('button', { name: 'Add a clearance' }));
    await user.selectOptions(screen.getByLabelText('Clearance'), 'hepatitis-b');
    await user.type(screen.getByLabelText('Dose 1 date'), '2026-01-05');
    await user.click(screen.getByRole('button', { name: 'Add another dose' }));
    await user.type(screen.getByLabelText('Dose 2 date'), '2026-02-05');
    await user.click(screen.getByRole('button', { name: 'Save clearance' }));
    const card = await screen.findByRole('listitem', { name: /Hepatitis B of Feb 5, 2026/ });
    expect(within(card).getByText('Not met')).toBeInTheDocument();
    expect(card).toHaveTextContent('2 of 3 doses');
  });
});

describe('evidence on any requirement', () => {
  it('attaches a transcript to a checklist requirement from its editor; the report says so', async () => {
    const { user } = await renderApp();
    const title = "Complete your MLT program's clinical laboratory practicum";
    await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
    const field = await screen.findByLabelText(/Attach evidence/);
    // Refused at once when it will not do, with the same limits as a card's file.
    await user.upload(
      field,
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }),
    );
    expect(field).toHaveAccessibleDescription(/files up to 10 MB can be kept/);
    await user.upload(field, new File(['%PDF-1.4'], 'transcript.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.evidenceFiles.count()).toBe(1));
    const [file] = await db.evidenceFiles.toArray();
    expect(file).toMatchObject({ name: 'transcript.pdf', mimeType: 'application/pdf' });
    expect(file?.requirementKey).toMatch(/^mlt-/);

    // Opening the editor again lists it, with a way to remove it.
    await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
    expect(
      await screen.findByRole('button', { name: /Remove file transcript\.pdf/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    // The report of a target on this pathway says the requirement has evidence attached.
    await db.targets.put({
      id: 'target-1',
      name: 'City MLT program',
      kind: 'program',
      date: '2027-02-01',
      pathwayId: 'mlt',
      createdAt: 'x',
      updatedAt: 'x',
    });
    window.location.hash = '#/report/target-1';
    const row = (await screen.findAllByRole('row')).find((candidate) =>
      candidate.textContent?.includes('Evidence attached (1 file)'),
    );
    expect(row).toBeDefined();
  });
});
