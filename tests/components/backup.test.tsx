import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

afterEach(() => {
  vi.unstubAllGlobals();
});

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
    expect(await screen.findByText('Used: 3.0 MB of 1024.0 MB available.')).toBeInTheDocument();
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

  it('reminds on the checklist until a backup is made', async () => {
    await renderApp();
    expect(screen.getByText(/You have not exported a backup yet/)).toBeInTheDocument();
  });
});
