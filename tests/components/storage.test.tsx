/**
 * When the records cannot be opened, the shell says what happened and what to do, instead of
 * "Opening your records…" forever: IndexedDB missing, refused, failing, or blocked by another tab
 * (which this page then outlasts). Each test opens its own database through store/sync.ts, as
 * main.tsx does.
 */
import { render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { StorageProblem } from '../../src/app/StorageProblem';
import { MedTechDatabase } from '../../src/db/database';
import type { StorageFailure } from '../../src/db/storage-failure';
import { EMPTY_SNAPSHOT } from '../../src/db/snapshot';
import { useAppStore } from '../../src/store/app-store';
import { startSync } from '../../src/store/sync';

let stopSync: (() => void) | undefined;
const toDelete: MedTechDatabase[] = [];

afterEach(async () => {
  stopSync?.();
  stopSync = undefined;
  vi.restoreAllMocks();
  useAppStore.setState({
    snapshot: EMPTY_SNAPSHOT,
    loaded: {},
    status: 'loading',
    loadError: undefined,
    writeError: undefined,
  });
  await Promise.all(toDelete.splice(0).map((db) => db.delete()));
});

function freshName(): string {
  return `storage-${crypto.randomUUID()}`;
}

function openApp(db: MedTechDatabase): void {
  stopSync = startSync(db);
  render(<App />);
}

async function expectProblem(heading: string, whatToDo: RegExp): Promise<void> {
  expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent(whatToDo);
  expect(screen.queryByText('Opening your records…')).not.toBeInTheDocument();
}

describe('records that cannot be opened', () => {
  it('says so, and to try another browser, when the browser has no IndexedDB', async () => {
    const available = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    let db: MedTechDatabase;
    try {
      db = new MedTechDatabase(freshName());
    } finally {
      Dexie.dependencies.indexedDB = available;
    }
    openApp(db);
    await expectProblem(
      'Your records cannot be opened in this browser',
      /What to do: Open MedTech Ready in another up-to-date browser/,
    );
  });

  it('says the browser refused, and to leave private mode, when open() throws', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const db = new MedTechDatabase(freshName());
    toDelete.push(db);
    openApp(db);
    await expectProblem(
      'This browser refused to store your records',
      /What to do: Leave private mode/,
    );
  });

  it('shows the browser’s own message for a failure it cannot name', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new Error('The backing store is corrupt');
    });
    const db = new MedTechDatabase(freshName());
    toDelete.push(db);
    openApp(db);
    await expectProblem('Your records could not be opened', /What to do: Reload the page/);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The browser said: The backing store is corrupt',
    );
  });

  it('asks to close the other tab while it blocks the upgrade, then opens by itself', async () => {
    const name = freshName();
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = new MedTechDatabase(name);
    toDelete.push(db);
    openApp(db);
    await expectProblem('Waiting for another tab', /What to do: Close the other MedTech Ready tab/);
    oldTab.close();
    // A new database: the app opens on its welcome.
    expect(await screen.findByRole('heading', { name: 'Welcome to MedTech Ready' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what may be holding it up when opening takes long', async () => {
    // A request that never answers: neither success, nor error, nor blocked.
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const db = new MedTechDatabase(freshName());
    openApp(db);
    expect(screen.getByText('Opening your records…')).toBeVisible();
    await expectProblem(
      'Still opening your records',
      /This is taking longer than usual\.What to do: If MedTech Ready is open in another tab/,
    );
    // Cancel the open that never ends (a delete would wait for it).
    db.close();
  });

  it.each<[StorageFailure, string]>([
    ['missing', 'Your records cannot be opened in this browser'],
    ['refused', 'This browser refused to store your records'],
    ['blocked', 'Waiting for another tab'],
    ['slow', 'Still opening your records'],
    ['version', 'This tab has an older version of MedTech Ready'],
    ['quota', 'Your records could not be opened'],
    ['other', 'Your records could not be opened'],
  ])('words the %s problem with a heading and what to do', (reason, heading) => {
    render(<StorageProblem problem={{ reason, detail: '' }} />);
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/What to do: \S/);
  });

  it('keeps the quota wording of a failed write', () => {
    render(<StorageProblem problem={{ reason: 'quota', detail: '' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The browser has run out of storage space for this site.',
    );
  });
});
