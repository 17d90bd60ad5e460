/**
 * A student whose browser holds rows from before the record limits: on the next start the app
 * moves them aside, says so, and the Backup screen lists them with the reason, to download or let
 * go. The rest of the records are untouched and every screen keeps working.
 */
import { screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { declareSchema } from '../../src/db/schema';
import { GOOD_ENTRY, LOOSE_ROWS } from '../fixtures/db-v5-loose';
import { renderApp, setUpAppTests, wideNav } from './render-app';
import { isolate } from '../../src/domain/isolate';

setUpAppTests();

/** Rows written as an older app wrote them: straight to IndexedDB, past no guard. */
async function storeLooseRows(): Promise<void> {
  const raw = new Dexie(db.name);
  declareSchema(raw);
  await raw.open();
  await raw.table('clinicalEntries').bulkPut(LOOSE_ROWS.clinicalEntries);
  await raw.table('meta').clear();
  raw.close();
}

describe('records today’s rules refuse', () => {
  it('are set aside on start, announced, listed on Backup with the reason, and let go when asked', async () => {
    await storeLooseRows();
    const { user } = await renderApp();

    const news = await screen.findByText(/1 record saved by an earlier version/);
    expect(news).toHaveTextContent('breaks today’s limits, so it was set aside');
    await waitFor(async () => expect(await db.clinicalEntries.toArray()).toEqual([GOOD_ENTRY]));

    await user.click(within(wideNav()).getByRole('link', { name: 'Backup' }));
    const panel = await screen.findByRole('group', { name: /Set aside/ });
    expect(
      within(panel).getByText(
        `Clinical log entry on Nov 2, 2026 at ${isolate('City Hospital')}, set aside on`,
        { exact: false },
      ),
    ).toHaveTextContent(/1000/);
    expect(
      within(panel).getByRole('button', { name: 'Download the set-aside records' }),
    ).toBeEnabled();

    await user.click(within(panel).getByRole('button', { name: /^Let go/ }));
    await user.click(screen.getByRole('button', { name: /^Confirm let go/ }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /Set aside/ })).toBeNull());
    expect(await db.setAside.count()).toBe(0);
    expect(await db.clinicalEntries.count()).toBe(1);
  });

  it('a start whose rows obey today’s rules moves nothing, says nothing and notes the check', async () => {
    await renderApp();
    await waitFor(async () => expect(await db.meta.count()).toBe(1));
    expect(screen.queryByText(/saved by an earlier version/)).toBeNull();
  });
});
