import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { readinessFigure, renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

/** The checklist's item `id`, once the checklist shows it (a screen's change is a transition). */
function checklistItem(id: string): Promise<HTMLElement> {
  return waitFor(() => {
    const item = document.getElementById(id);
    if (!item) throw new Error(`The checklist shows no ${id} yet`);
    return item;
  });
}

async function open(name: string) {
  const view = await renderApp();
  await view.user.click(within(wideNav()).getByRole('link', { name }));
  await screen.findByRole('heading', { level: 2, name });
  return view;
}

describe('clinical hours', () => {
  it('logs hours, refuses bad input beside the field, and shows progress against the target', async () => {
    const { user } = await open('Clinical hours');
    await user.type(screen.getByLabelText('Total clinical hours required'), '100');
    await user.click(screen.getByRole('button', { name: 'Save required hours' }));
    await screen.findByText('Required hours saved.');
    // Nothing logged yet: the forecast asks for hours rather than judging the pace.
    expect(await screen.findByText(/Log a few weeks of hours to see a forecast\./)).toBeVisible();
    expect(screen.queryByText(/Not met at the current pace/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await user.type(screen.getByLabelText('Hours (quarter hours)'), '-3');
    await user.type(screen.getByLabelText('Site'), 'City Hospital');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    expect(screen.getByLabelText('Hours (quarter hours)')).toHaveAccessibleDescription(
      'Enter the hours as a number, such as 7.5.',
    );
    expect(await db.clinicalEntries.count()).toBe(0);

    await user.clear(screen.getByLabelText('Hours (quarter hours)'));
    await user.type(screen.getByLabelText('Hours (quarter hours)'), '7.5');
    await user.type(screen.getByLabelText(/Signed off on/), '2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    expect(await screen.findByText('Log (1 entry)')).toBeInTheDocument();
    // The bar is on screen before the entry's echo: wait for its value, never read it once.
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Clinical hours counted' })).toHaveAttribute(
        'aria-valuetext',
        '7.5 of 100 hours',
      ),
    );
    expect(await screen.findByText(/Pace: 1.9 hours a week/)).toBeInTheDocument();
  });

  it('deletes an entry and undoes the delete', async () => {
    await db.clinicalEntries.put({
      id: 'entry-1',
      date: '2026-11-20',
      site: 'City Hospital',
      area: 'chemistry',
      hours: 8,
      createdAt: '2026-11-20T00:00:00Z',
      updatedAt: '2026-11-20T00:00:00Z',
    });
    const { user } = await open('Clinical hours');
    await user.click(screen.getByRole('button', { name: /Delete entry of Nov 20, 2026/ }));
    await waitFor(async () => expect(await db.clinicalEntries.count()).toBe(0));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect(await db.clinicalEntries.get('entry-1')).toMatchObject({ hours: 8 }),
    );
    expect(await screen.findByText('Log (1 entry)')).toBeInTheDocument();
  });

  it('pages a long log, 25 entries at a time', async () => {
    await db.clinicalEntries.bulkPut(
      Array.from({ length: 60 }, (_, index) => ({
        id: `entry-${index}`,
        date: `2026-${String((index % 10) + 1).padStart(2, '0')}-0${(index % 9) + 1}`,
        site: 'Lab',
        area: 'chemistry',
        hours: 1,
        createdAt: `2026-01-01T00:00:${String(index).padStart(2, '0')}Z`,
        updatedAt: 'x',
      })),
    );
    const { user } = await open('Clinical hours');
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: /Log/ })).getAllByRole('listitem')).toHaveLength(
      25,
    );
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
  });
});

describe('phlebotomy counts', () => {
  it('logs venipunctures and capillary sticks and shows progress against the NHA figures', async () => {
    await db.settings.put({ key: 'pathwayId', value: 'cpt' });
    const { user } = await open('Clinical hours');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await user.type(screen.getByLabelText('Hours (quarter hours)'), '4');
    await user.type(screen.getByLabelText('Site'), 'Draw station');
    await user.type(screen.getByLabelText('Successful venipunctures (optional)'), '2.5');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    expect(
      screen.getByLabelText('Successful venipunctures (optional)'),
    ).toHaveAccessibleDescription('Enter a whole number, such as 12.');
    await user.clear(screen.getByLabelText('Successful venipunctures (optional)'));
    await user.type(screen.getByLabelText('Successful venipunctures (optional)'), '12');
    await user.type(screen.getByLabelText('Successful skin (capillary) punctures (optional)'), '4');
    await user.type(screen.getByLabelText(/Signed off on/), '2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    // The bars show "0 of 30" until the entry's echo arrives: wait for the values themselves.
    await waitFor(() => {
      expect(screen.getByRole('progressbar', { name: 'Successful venipunctures' })).toHaveAttribute(
        'aria-valuetext',
        '12 of 30 successful venipunctures',
      );
      expect(
        screen.getByRole('progressbar', { name: 'Successful capillary sticks' }),
      ).toHaveAttribute('aria-valuetext', '4 of 10 successful capillary sticks');
    });

    await user.click(within(wideNav()).getByRole('link', { name: 'Checklist' }));
    const item = await checklistItem('requirement-cpt-collections');
    await waitFor(() =>
      expect(item).toHaveTextContent(
        '12 of 30 successful venipunctures; 4 of 10 successful capillary sticks.',
      ),
    );
  });
});

describe('clinical entry form', () => {
  it('focuses the first refused field and clears an error as soon as its own field is edited', async () => {
    await db.settings.put({ key: 'pathwayId', value: 'cpt' });
    const { user } = await open('Clinical hours');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    const venipunctures = screen.getByLabelText('Successful venipunctures (optional)');
    const sticks = screen.getByLabelText('Successful skin (capillary) punctures (optional)');
    await user.type(venipunctures, '2.5');
    await user.type(sticks, 'x');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));

    const hours = screen.getByLabelText('Hours (quarter hours)');
    await waitFor(() => expect(hours).toHaveFocus());
    expect(hours).toHaveAccessibleDescription('Enter the hours as a number, such as 7.5.');
    expect(venipunctures).toHaveAccessibleDescription('Enter a whole number, such as 12.');
    expect(sticks).toHaveAccessibleDescription('Enter a whole number, such as 12.');

    // Each count's problem is keyed count-<kind>: editing one clears it, and only it.
    await user.type(venipunctures, '{Backspace}');
    expect(venipunctures).not.toHaveAttribute('aria-invalid');
    expect(venipunctures).not.toHaveAccessibleDescription();
    expect(sticks).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAttribute('aria-invalid', 'true');

    await user.type(hours, '4');
    expect(hours).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter the hours as a number, such as 7.5.')).not.toBeInTheDocument();
    expect(await db.clinicalEntries.count()).toBe(0);
  });
});

describe('clinical targets form', () => {
  it('clears one area’s error when that area is edited, and says saved only until the next change', async () => {
    const { user } = await open('Clinical hours');
    const total = screen.getByLabelText('Total clinical hours required');
    const chemistry = screen.getByLabelText('Chemistry');
    const hematology = screen.getByLabelText('Hematology');
    await user.type(total, 'x');
    await user.type(chemistry, '-1');
    await user.type(hematology, 'lots');
    await user.click(screen.getByRole('button', { name: 'Save required hours' }));

    await waitFor(() => expect(total).toHaveFocus());
    expect(chemistry).toHaveAttribute('aria-invalid', 'true');
    expect(hematology).toHaveAttribute('aria-invalid', 'true');
    await user.clear(chemistry);
    expect(chemistry).not.toHaveAttribute('aria-invalid');
    expect(hematology).toHaveAttribute('aria-invalid', 'true');
    expect(total).toHaveAttribute('aria-invalid', 'true');

    await user.clear(total);
    await user.type(total, '100');
    await user.clear(hematology);
    await user.click(screen.getByRole('button', { name: 'Save required hours' }));
    await screen.findByText('Required hours saved.');
    await user.type(chemistry, '5');
    expect(screen.queryByText('Required hours saved.')).not.toBeInTheDocument();
  });
});

describe('degree', () => {
  it('reads on track on the checklist when graduation comes before the application date', async () => {
    await db.settings.put({ key: 'applicationDate', value: '2027-06-01' });
    const { user } = await open('Degree');
    await user.type(screen.getByLabelText('Program'), 'Medical Laboratory Technology AAS');
    await user.type(screen.getByLabelText('Expected graduation'), '2027-05-15');
    await user.type(screen.getByLabelText('Credits earned (optional)'), '-4');
    await user.click(screen.getByRole('button', { name: 'Save degree' }));
    expect(screen.getByLabelText('Credits earned (optional)')).toHaveAccessibleDescription(
      'Credits earned cannot be negative.',
    );
    expect(await db.degreeRecords.count()).toBe(0);
    await user.clear(screen.getByLabelText('Credits earned (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save degree' }));
    await screen.findByText('Degree saved.');

    await user.click(within(wideNav()).getByRole('link', { name: 'Checklist' }));
    const item = await checklistItem('requirement-mlt-degree');
    expect(await within(item).findByText('On track')).toBeInTheDocument();
    expect(
      within(item).getByText(
        'On track: you expect to graduate May 15, 2027, before your application date Jun 1, 2027.',
      ),
    ).toBeInTheDocument();
  });
});

describe('degree form', () => {
  it('focuses the first refused field and clears each error as soon as its field is edited', async () => {
    const { user } = await open('Degree');
    const program = screen.getByLabelText('Program');
    const conferred = screen.getByLabelText('Conferred on (once you have it)');
    await user.type(conferred, '2027-01-10');
    await user.click(screen.getByRole('button', { name: 'Save degree' }));

    await waitFor(() => expect(program).toHaveFocus());
    expect(program).toHaveAccessibleDescription(
      'Enter the program, such as "Medical Laboratory Technology AAS".',
    );
    expect(conferred).toHaveAccessibleDescription(
      'A degree cannot be conferred in the future: use the expected graduation date.',
    );
    await user.type(program, 'M');
    expect(program).not.toHaveAttribute('aria-invalid');
    expect(conferred).toHaveAttribute('aria-invalid', 'true');
    await user.clear(conferred);
    expect(conferred).not.toHaveAttribute('aria-invalid');
    expect(await db.degreeRecords.count()).toBe(0);
  });
});

describe('exam', () => {
  it('records a pass, meets the checklist requirement and offers the credential', async () => {
    const { user } = await open('Exam');
    await user.click(screen.getByRole('button', { name: 'Add an exam' }));
    expect(screen.getByRole('combobox', { name: 'Exam' })).toHaveValue('ascp-mlt');
    await user.type(screen.getByLabelText('Application submitted on (optional)'), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Save exam' }));
    await user.click(await screen.findByRole('button', { name: /Record an attempt/ }));
    await user.clear(screen.getByLabelText('Taken on'));
    await user.type(screen.getByLabelText('Taken on'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save attempt' }));
    await user.click(await screen.findByRole('button', { name: 'Add MLT(ASCP)' }));
    expect(await screen.findByText('MLT(ASCP) added to your certifications.')).toBeInTheDocument();
    expect(await db.certifications.toArray()).toMatchObject([
      {
        type: 'exam-credential',
        provider: 'ascp-boc',
        name: 'MLT(ASCP)',
        issuedOn: '2026-11-20',
        expiresOn: '2029-11-20',
      },
    ]);

    await user.click(within(wideNav()).getByRole('link', { name: 'Checklist' }));
    const pass = await checklistItem('requirement-mlt-exam-pass');
    expect(
      await within(pass).findByText('Passed Nov 20, 2026: MLT(ASCP) certification exam.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(readinessFigure()).toBe('2 of 8 complete'));
  });
});

describe('a failed write', () => {
  it('is said once, in the banner, with no field marked, and the form keeps what was typed', async () => {
    const { user } = await open('Exam');
    await user.click(screen.getByRole('button', { name: 'Add an exam' }));
    vi.spyOn(db.examPlans, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.type(screen.getByLabelText('Application submitted on (optional)'), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Save exam' }));
    expect(
      await screen.findByText(/could not be saved, and nothing was changed/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Exam' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Application submitted on (optional)')).toHaveValue('2026-09-01');
    expect(await db.examPlans.count()).toBe(0);
  });
});
