import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { useSyncState } from '../../src/store/sync-state';
import { EMPTY_DATA } from '../fixtures/backup-arbitraries';
import { renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

afterEach(() => {
  vi.unstubAllGlobals();
  useSyncState.setState({ syncStatus: undefined });
});

/** A backup file's contents: no records but `data`'s. */
function emptyBackup(data: Record<string, unknown[]> = {}) {
  return {
    format: 'medtech-ready-backup',
    version: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-01T00:00:00.000Z',
    evidenceIncluded: true,
    data: { ...EMPTY_DATA, ...data },
  };
}

async function openBackup() {
  const view = await renderApp();
  await view.user.click(within(wideNav()).getByRole('link', { name: 'Backup' }));
  await screen.findByRole('heading', { level: 2, name: 'Backup' });
  return view;
}

describe('backup screen', () => {
  it('shows whether storage is persistent and how much is used, and can ask again', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    const persisted = vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persisted,
        persist,
        estimate: vi.fn().mockResolvedValue({ usage: 3 * 1024 * 1024, quota: 1024 * 1024 * 1024 }),
      },
    });
    const { user } = await openBackup();
    expect(await screen.findByText(/may clear this site’s storage/)).toBeInTheDocument();
    expect(await screen.findByText('Used: 3.0 MB of 1,024.0 MB available.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask to keep storage' }));
    expect(persist).toHaveBeenCalled();
    expect(
      await screen.findByText(/keeps this site’s storage even when space runs low/),
    ).toBeInTheDocument();
  });

  it('refuses a file that is not a backup beside the file field, and writes nothing', async () => {
    const { user } = await openBackup();
    const settingsBefore = await db.settings.toArray();
    const input = screen.getByLabelText('Backup file (.json)');
    await user.upload(
      input,
      new File(['{"format":"other"}'], 'notes.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'format name is missing or different',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await db.settings.toArray()).toEqual(settingsBefore);
  });

  it('shows the check’s progress and keeps the file field disabled until it is done', async () => {
    const { user } = await openBackup();
    const text = JSON.stringify(emptyBackup());
    // A file whose bytes arrive only when the test lets them, as a large file's would.
    let deliver: () => void = () => {};
    const file = new File([text], 'slow.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 3 * 1024 * 1024 });
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            deliver = () => {
              controller.enqueue(new TextEncoder().encode(text));
              controller.close();
            };
          },
        }),
    });
    const input = screen.getByLabelText('Backup file (.json)');
    expect(input).toHaveAccessibleDescription(/At most 50 MB and 20,000 clinical log entries/);
    await user.upload(input, file);
    expect(await screen.findByRole('progressbar', { name: /Reading the file/ })).toBeVisible();
    expect(input).toBeDisabled();
    deliver();
    expect(await screen.findByText(/A backup exported Nov 1, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: /Reading the file/ })).toBeNull();
    expect(input).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Replace everything' })).toBeEnabled();
    // Checked, not written: only the row setUpAppTests keeps (past the welcome) is stored.
    expect((await db.settings.toArray()).map((row) => row.key)).toEqual(['welcomedOn']);
  });

  it('keeps the undo in the database: offered again when the screen opens, and tells what a change since would lose', async () => {
    const { user } = await openBackup();
    const backup = emptyBackup({
      courses: [
        {
          id: 'c1',
          name: 'Chemistry',
          subject: 'chemistry',
          credits: 4,
          status: 'completed',
          createdAt: 'x',
          updatedAt: 'x',
        },
      ],
    });
    await user.upload(
      screen.getByLabelText('Backup file (.json)'),
      new File([JSON.stringify(backup)], 'b.json', { type: 'application/json' }),
    );
    // Sync off: the import is this device's business only.
    await screen.findByRole('button', { name: 'Replace everything' });
    expect(screen.queryByText(/Sync is on/)).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByText(/Imported \(replaced everything\)/)).toBeInTheDocument();
    expect(await screen.findByText(/kept in this browser until Dec 2, 2026/)).toBeInTheDocument();

    // Away and back: the screen reads the offer from the database again (a reload: e2e).
    const nav = within(wideNav());
    await user.click(nav.getByRole('link', { name: 'Checklist' }));
    await screen.findByRole('heading', { name: /Degree/ });
    await user.click(nav.getByRole('link', { name: 'Backup' }));
    // A setting written since the import (in this tab or another).
    await db.settings.put({ key: 'studentName', value: 'Sam' });
    await user.click(await screen.findByRole('button', { name: 'Undo import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Since the import, 1 setting was added, changed or deleted',
    );
    await user.click(screen.getByRole('button', { name: 'Keep everything as it is' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await db.settings.get('studentName')).toMatchObject({ value: 'Sam' });
    expect(await db.courses.count()).toBe(1);
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeEnabled();
  });

  it('says, with sync on, that Replace everything and Undo import reach every device', async () => {
    useSyncState.setState({ syncStatus: { state: 'synced', at: '2026-11-25T10:00:00.000Z' } });
    const { user } = await openBackup();
    await user.upload(
      screen.getByLabelText('Backup file (.json)'),
      new File([JSON.stringify(emptyBackup())], 'b.json', { type: 'application/json' }),
    );
    await screen.findByRole('button', { name: 'Replace everything' });
    expect(
      screen.getByText(
        'Sync is on: Replace everything replaces the records on every device that syncs with this one, not only here.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));
    await screen.findByRole('button', { name: 'Undo import' });
    expect(
      screen.getByText(
        'Sync is on: undoing the import changes the records on every device that syncs with this one, not only here.',
      ),
    ).toBeVisible();
  });

  it('no longer offers an undo past its time, and lets the copy go', async () => {
    await db.importUndo.bulkAdd([
      {
        id: 'offer',
        offer: {
          importedAt: '2026-11-10T10:00:00.000Z',
          importedOn: '2026-11-10',
          keptUntil: '2026-11-17',
          mode: 'merge',
        },
      },
      { id: 'after', fingerprints: {} },
    ]);
    await openBackup();
    await waitFor(async () => expect(await db.importUndo.count()).toBe(0));
    expect(screen.queryByRole('button', { name: 'Undo import' })).toBeNull();
  });

  it('reminds on the checklist once there is something to lose, until a backup is made', async () => {
    const { user } = await renderApp();
    expect(screen.queryByText(/You have not exported a backup yet/)).not.toBeInTheDocument();
    await user.click(
      await screen.findByRole('checkbox', {
        name: 'Submit the MLT(ASCP) exam application and fee',
      }),
    );
    expect(await screen.findByText(/You have not exported a backup yet/)).toBeInTheDocument();
  });
});
