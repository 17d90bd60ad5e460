/**
 * The offers to reload (app/ReloadBanners.tsx, loaded on demand): a new version of the app is
 * waiting, or a newer version opened in another tab has closed this tab's database.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { renderApp, setUpAppTests } from './render-app';

setUpAppTests();

describe('reload banners', () => {
  it('offer the waiting version of the app', async () => {
    await renderApp();
    expect(screen.queryByRole('button', { name: 'Reload now' })).not.toBeInTheDocument();
    useAppStore.setState({ updateReady: true });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'A new version of MedTech Ready is ready.',
    );
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeVisible();
    useAppStore.setState({ updateReady: false });
  });

  // Last in this file: the database is left closed, as it is in a real tab.
  it('ask for a reload when another tab opens a newer version of the database', async () => {
    await renderApp();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('medtech-ready', 1000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A newer version of MedTech Ready was opened in another tab. Reload this tab',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    newer.close();
    useAppStore.setState({ newerVersionOpened: false });
  });
});
