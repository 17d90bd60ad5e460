/**
 * What the app starts with but the first screen does not need (main.tsx: the service worker, the
 * sync code on a device that is not paired, the record checks) waits until the first screen has
 * shown its content: the welcome on a first visit, the checklist with the student's records, any
 * other screen, or what went wrong. Never while it still says "Opening…". Each test loads the
 * app's modules afresh, since the first screen is shown once a page, and opens its own database.
 */
import { render, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MedTechDatabase } from '../../src/db/database';

let stopSync: (() => void) | undefined;
const toDelete: MedTechDatabase[] = [];

afterEach(async () => {
  stopSync?.();
  stopSync = undefined;
  window.location.hash = '';
  await Promise.all(toDelete.splice(0).map((db) => db.delete()));
});

/**
 * The app started as main.tsx starts it, on a database `prepare` fills first, with one piece of
 * held-back work that notes what the page showed when it ran.
 */
async function startApp(options: {
  prepare?: (db: MedTechDatabase) => Promise<unknown>;
  noIndexedDb?: boolean;
}): Promise<{ shownWhenRun: () => string | undefined }> {
  vi.resetModules();
  const [{ App }, { MedTechDatabase }, { startSync }, { afterFirstScreen }] = await Promise.all([
    import('../../src/app/App'),
    import('../../src/db/database'),
    import('../../src/store/sync'),
    import('../../src/app/after-first-screen'),
  ]);
  const available = Dexie.dependencies.indexedDB;
  if (options.noIndexedDb) Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
  let db: MedTechDatabase;
  try {
    db = new MedTechDatabase(`first-screen-${crypto.randomUUID()}`);
  } finally {
    Dexie.dependencies.indexedDB = available;
  }
  if (!options.noIndexedDb) toDelete.push(db);
  if (options.prepare) {
    // The database refuses every write until its checks have loaded (db/row-guard.ts).
    await (await import('../../src/db/row-guard')).loadRowGuard();
    await options.prepare(db);
  }
  let shown: string | undefined;
  afterFirstScreen(() => {
    shown = document.querySelector('main')?.textContent ?? '';
  });
  stopSync = startSync(db);
  render(<App />);
  return { shownWhenRun: () => shown };
}

async function ranWith(shownWhenRun: () => string | undefined): Promise<string> {
  await waitFor(() => expect(shownWhenRun()).toBeDefined());
  return shownWhenRun() as string;
}

describe('work held back until the first screen is shown', () => {
  it('runs once the welcome is shown on a first visit, not while the records open', async () => {
    const { shownWhenRun } = await startApp({});
    const shown = await ranWith(shownWhenRun);
    expect(shown).toContain('Welcome to MedTech Ready');
    expect(shown).toContain('What are you working towards?');
    expect(shown).not.toContain('Opening');
  });

  it('runs once the checklist shows a returning student their requirements', async () => {
    const { shownWhenRun } = await startApp({
      prepare: (db) => db.settings.put({ key: 'welcomedOn', value: '2026-11-01' }),
    });
    const shown = await ranWith(shownWhenRun);
    expect(shown).toMatch(/Degree/);
    expect(shown).not.toContain('Opening');
    expect(screen.queryByText('Welcome to MedTech Ready')).not.toBeInTheDocument();
  });

  it('runs once another screen opened by its address is shown', async () => {
    window.location.hash = '#/settings';
    const { shownWhenRun } = await startApp({
      prepare: (db) => db.settings.put({ key: 'welcomedOn', value: '2026-11-01' }),
    });
    const shown = await ranWith(shownWhenRun);
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
    expect(shown).toContain('Settings');
    expect(shown).not.toContain('Opening');
  });

  it('runs once the page says the records cannot be opened', async () => {
    const { shownWhenRun } = await startApp({ noIndexedDb: true });
    const shown = await ranWith(shownWhenRun);
    expect(screen.getByRole('alert')).toBeVisible();
    expect(shown).not.toContain('Opening');
  });

  it('waits on a first visit while the welcome cannot yet be told (a record still being read)', async () => {
    let letDeliver: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (letDeliver = resolve));
    // The clinical log reaches the store only when the test says so: the checklist's own records
    // have arrived, but whether this is a first visit waits for every record.
    vi.doMock('../../src/store/table-mirror', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/store/table-mirror')>();
      return {
        ...original,
        mirrorTable: ((db, table, deliver, fail) =>
          original.mirrorTable(
            db,
            table,
            table === 'clinicalEntries'
              ? (rows, note) => void held.then(() => deliver(rows, note))
              : deliver,
            fail,
          )) as typeof original.mirrorTable,
      };
    });
    try {
      const { shownWhenRun } = await startApp({});
      expect(await screen.findByText('Opening your records…')).toBeVisible();
      // Frames and tasks go by; the welcome is not shown, and the work has not run.
      for (let frame = 0; frame < 5; frame += 1)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(screen.getByText('Opening your records…')).toBeVisible();
      expect(shownWhenRun()).toBeUndefined();
      letDeliver();
      const shown = await ranWith(shownWhenRun);
      expect(shown).toContain('Welcome to MedTech Ready');
    } finally {
      vi.doUnmock('../../src/store/table-mirror');
    }
  });
});

describe('work held back, when no frame or no screen comes', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function freshSchedule() {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    return import('../../src/app/after-first-screen');
  }

  it('runs a second after the screen is shown in a tab that paints no frames (hidden)', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const { afterFirstScreen, firstScreenShown } = await freshSchedule();
    const task = vi.fn();
    afterFirstScreen(task);
    firstScreenShown();
    expect(frames).toHaveBeenCalled();
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    // Once only, and at once for what comes after.
    vi.advanceTimersByTime(20_000);
    expect(task).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    afterFirstScreen(later);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('runs after ten seconds when no first screen ever shows (its code failed to load, say)', async () => {
    const { afterFirstScreen } = await freshSchedule();
    const task = vi.fn();
    afterFirstScreen(task);
    vi.advanceTimersByTime(9_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
