/**
 * The store's selectors are keyed on the slices they read (store/useChecklist.ts, useRecords.ts,
 * verdict-cache.ts): a tick on the checklist must not go over the clinical log again, and a new
 * clinical entry must not judge the cards again, and counts that one entry, not the whole log
 * again (store/clinical-figures.ts). Spies wrap the real domain functions.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { dailyHoursOf, tallyDay, tallyEntry, tallyOf } from '../../src/domain/hours';
import { countOf } from '../../src/domain/plural';
import { assess } from '../../src/domain/expiry';
import { certificationVerdict } from '../../src/domain/certifications';
import { requirementDomId } from '../../src/ui/dom-ids';
import { useRecordForm } from '../../src/ui/useRecordForm';
import { niceTicks } from '../../src/ui/nice-ticks';
import { readinessFigure, renderApp, setUpAppTests, wideNav } from './render-app';

vi.mock('../../src/domain/hours', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/hours')>();
  return {
    ...actual,
    tallyOf: vi.fn(actual.tallyOf),
    tallyEntry: vi.fn(actual.tallyEntry),
    dailyHoursOf: vi.fn(actual.dailyHoursOf),
    tallyDay: vi.fn(actual.tallyDay),
  };
});
vi.mock('../../src/ui/nice-ticks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/nice-ticks')>();
  return { ...actual, niceTicks: vi.fn(actual.niceTicks) };
});
vi.mock('../../src/domain/plural', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/plural')>();
  return { ...actual, countOf: vi.fn(actual.countOf) };
});
vi.mock('../../src/domain/expiry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/expiry')>();
  return { ...actual, assess: vi.fn(actual.assess) };
});
vi.mock('../../src/ui/useRecordForm', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/useRecordForm')>();
  return { ...actual, useRecordForm: vi.fn(actual.useRecordForm) };
});
vi.mock('../../src/ui/dom-ids', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/dom-ids')>();
  return { ...actual, requirementDomId: vi.fn(actual.requirementDomId) };
});
vi.mock('../../src/domain/certifications', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/certifications')>();
  return { ...actual, certificationVerdict: vi.fn(actual.certificationVerdict) };
});

setUpAppTests();

const PASS = 'Pass the MLT(ASCP) certification exam';

async function seed() {
  await db.settings.put({ key: 'clinicalTargets', value: { totalHours: 100, byArea: {} } });
  await db.clinicalEntries.bulkPut(
    Array.from({ length: 40 }, (_, index) => ({
      id: `entry-${index}`,
      date: '2026-11-01',
      site: 'City Hospital',
      area: 'chemistry',
      hours: 1,
      verifiedOn: '2026-11-02',
      createdAt: `2026-11-01T00:00:${String(index).padStart(2, '0')}Z`,
      updatedAt: 'x',
    })),
  );
  await db.certifications.put({
    id: 'cert-1',
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2025-06-10',
    expiresOn: '2027-06-30',
    createdAt: 'x',
    updatedAt: 'x',
  });
}

function clinicalItem(): HTMLElement {
  return document.getElementById('requirement-mlt-clinical-practicum') as HTMLElement;
}

describe('selectors keyed on their slices', () => {
  it('a tick does not go over the clinical log again', async () => {
    await seed();
    const { user } = await renderApp();
    await waitFor(() => expect(clinicalItem()).toHaveTextContent('40 of 100 hours'));
    vi.mocked(tallyOf).mockClear();
    vi.mocked(tallyEntry).mockClear();
    vi.mocked(certificationVerdict).mockClear();

    await user.click(screen.getByRole('checkbox', { name: PASS }));
    await waitFor(() => expect(readinessFigure()).toBe('2 of 8 complete'));
    expect(tallyOf).not.toHaveBeenCalled();
    expect(tallyEntry).not.toHaveBeenCalled();
    expect(certificationVerdict).not.toHaveBeenCalled();
  });

  it('a new clinical entry counts that entry alone, and does not judge the cards again', async () => {
    await seed();
    await renderApp();
    await waitFor(() => expect(clinicalItem()).toHaveTextContent('40 of 100 hours'));
    vi.mocked(tallyOf).mockClear();
    vi.mocked(tallyEntry).mockClear();
    vi.mocked(certificationVerdict).mockClear();
    vi.mocked(assess).mockClear();

    // Logged in another tab: the mirror re-reads the clinical log alone.
    await db.clinicalEntries.put({
      id: 'entry-new',
      date: '2026-11-20',
      site: 'City Hospital',
      area: 'chemistry',
      hours: 2,
      verifiedOn: '2026-11-21',
      createdAt: '2026-11-20T00:00:00Z',
      updatedAt: 'x',
    });
    await waitFor(() => expect(clinicalItem()).toHaveTextContent('42 of 100 hours'));
    expect(tallyOf).not.toHaveBeenCalled();
    expect(tallyEntry).toHaveBeenCalled();
    expect(new Set(vi.mocked(tallyEntry).mock.calls.map(([, entry]) => entry.id))).toEqual(
      new Set(['entry-new']),
    );
    expect(certificationVerdict).not.toHaveBeenCalled();
    expect(assess).not.toHaveBeenCalled();
  });
});

describe('a tick re-renders what it changed', () => {
  it('leaves the other rows of "What remains" and the add forms alone', async () => {
    await seed();
    const { user } = await renderApp();
    await waitFor(() => expect(clinicalItem()).toHaveTextContent('40 of 100 hours'));
    const remaining = within(screen.getByRole('heading', { name: 'What remains' }).parentElement!);
    expect(remaining.getAllByRole('listitem').length).toBeGreaterThan(3);
    // The add forms are the only forms on the checklist: each renders through useRecordForm.
    expect(useRecordForm).toHaveBeenCalled();
    vi.mocked(useRecordForm).mockClear();
    vi.mocked(requirementDomId).mockClear();

    await user.click(screen.getByRole('checkbox', { name: PASS }));
    await waitFor(() => expect(readinessFigure()).toBe('2 of 8 complete'));
    // Only the ticked requirement renders (its row, and its link in "What remains" as it goes).
    const rendered = vi.mocked(requirementDomId).mock.calls.map(([key]) => key);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.filter((key) => key !== 'mlt-exam-pass')).toEqual([]);
    expect(useRecordForm).not.toHaveBeenCalled();
  });
});

describe('the clinical hours screen draws again what changed', () => {
  it('opening and closing the form to log hours leaves the chart and the log alone', async () => {
    await seed();
    const { user } = await renderApp();
    await user.click(within(wideNav()).getByRole('link', { name: 'Clinical hours' }));
    await screen.findByRole('img', { name: 'Cumulative clinical hours over time' });
    await screen.findByRole('heading', { name: 'Log (40 entries)' });
    // Each draws when it renders: the chart its axis, the log counts its entries.
    const logCounts = () => vi.mocked(countOf).mock.calls.filter((call) => call[1] === 'entry');
    const line = () =>
      screen
        .getByRole('img', { name: 'Cumulative clinical hours over time' })
        .querySelector('polyline')
        ?.getAttribute('points');
    const lineBefore = line();
    vi.mocked(niceTicks).mockClear();
    vi.mocked(countOf).mockClear();
    vi.mocked(dailyHoursOf).mockClear();
    vi.mocked(tallyDay).mockClear();

    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Log hours' });
    expect(niceTicks).not.toHaveBeenCalled();
    expect(logCounts()).toEqual([]);

    expect(tallyDay).not.toHaveBeenCalled();

    // A new entry does draw both again: the line's running total patched with that entry alone.
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await user.type(screen.getByLabelText('Hours (quarter hours)'), '2');
    await user.type(screen.getByLabelText('Site'), 'City Hospital');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    await screen.findByRole('heading', { name: 'Log (41 entries)' });
    expect(niceTicks).toHaveBeenCalled();
    expect(line()).not.toBe(lineBefore);
    expect(logCounts().length).toBeGreaterThan(0);
    expect(dailyHoursOf).not.toHaveBeenCalled();
    expect(vi.mocked(tallyDay).mock.calls.map(([, entry, sign]) => [entry.site, sign])).toEqual([
      ['City Hospital', 1],
    ]);
  });
});
