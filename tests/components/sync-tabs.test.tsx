/**
 * One sync session per browser (store/sync-tabs.ts): the tab holding the sync lock runs it, another
 * tab says so and takes over once that tab lets the lock go, and a waiting tab's "Stop syncing" is
 * carried out by the tab that runs it. jsdom has neither Web Locks nor a BroadcastChannel between
 * tabs: both are small fakes here, shared by this tab (the app) and "the other tab" (the test).
 * The same in Chromium, with real tabs: tests/e2e/sync.spec.ts.
 */
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/database';
import { DATABASE_NAME } from '../../src/db/schema';
import { deletePairing, readPairing, savePairing } from '../../src/db/sync-pairing-repo';
import { startSync } from '../../src/store/sync';
import {
  joinFromLink,
  resumeSync,
  stopSyncing,
  turnOnSync,
  useSyncState,
} from '../../src/store/sync-state';
import { buildPairingLink } from '../../src/sync/pairing';
import { aPairing } from '../sync/a-pairing';
import { setUpAppTests } from './render-app';

const tabs = vi.hoisted(() => {
  /** Web Locks, exclusive mode: held while the callback's promise is pending, then the next. */
  const held = new Set<string>();
  const queues = new Map<string, (() => void)[]>();
  function grant(name: string, callback: (lock: unknown) => unknown): Promise<unknown> {
    held.add(name);
    return Promise.resolve()
      .then(() => callback({ name, mode: 'exclusive' }))
      .finally(() => {
        const next = queues.get(name)?.shift();
        if (next) next();
        else held.delete(name);
      });
  }
  const locks = {
    request(
      name: string,
      options: { ifAvailable?: boolean; signal?: AbortSignal },
      callback: (lock: unknown) => unknown,
    ): Promise<unknown> {
      if (!held.has(name)) return grant(name, callback);
      if (options.ifAvailable) return Promise.resolve().then(() => callback(null));
      return new Promise((resolve, reject) => {
        const waiter = () => void grant(name, callback).then(resolve, reject);
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        queue.push(waiter);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiter);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      });
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });

  /** A BroadcastChannel: a message reaches every other channel of its name, in a later task. */
  const channels = new Set<FakeChannel>();
  class FakeChannel extends EventTarget {
    constructor(readonly name: string) {
      super();
      channels.add(this);
    }
    postMessage(data: unknown) {
      for (const other of channels)
        if (other !== this && other.name === this.name)
          setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })));
    }
    close() {
      channels.delete(this);
    }
  }
  vi.stubGlobal('BroadcastChannel', FakeChannel);
  return { locks, held, FakeChannel };
});

const fake = vi.hoisted(() => ({
  startSession: vi.fn(),
  forgetSync: vi.fn(async () => undefined),
  stop: vi.fn(async () => undefined),
}));

vi.mock('../../src/sync/session', () => ({
  startSession: fake.startSession,
  forgetSync: fake.forgetSync,
}));

const LOCK = `${DATABASE_NAME}:sync`;
const OTHER_TAB =
  'Sync runs in another tab of this browser. This tab takes over when that one is closed.';

setUpAppTests();

/** The other tab's hold on the lock, let go by `close` (the tab closed, or its sync stopped). */
let otherHold: { close: () => void } | undefined;
let otherChannel: InstanceType<typeof tabs.FakeChannel> | undefined;
let stopMirror: (() => void) | undefined;

beforeEach(() => {
  fake.startSession.mockReset();
  fake.startSession.mockImplementation(async () => ({
    status: () => ({ state: 'synced', at: new Date().toISOString() }),
    onStatus: () => () => undefined,
    watchReadTokenHash: () => () => undefined,
    stop: fake.stop,
  }));
  fake.forgetSync.mockClear();
  fake.stop.mockClear();
});

afterEach(async () => {
  otherHold?.close();
  otherHold = undefined;
  otherChannel?.close();
  otherChannel = undefined;
  if (useSyncState.getState().syncStatus !== undefined) await stopSyncing();
  stopMirror?.();
  stopMirror = undefined;
});

/** Another tab asks for the lock: `granted` once it holds it, held until `close`. */
function aTabAsksForTheLock(): { granted: Promise<void>; close: () => void } {
  let close = () => {};
  const held = new Promise<void>((closed) => (close = closed));
  const granted = new Promise<void>((resolve) => {
    void tabs.locks.request(LOCK, {}, () => {
      resolve();
      return held;
    });
  });
  return { granted, close: () => close() };
}

/** The other tab takes the lock (as its running session does); resolves once it holds it. */
async function otherTabSyncs(): Promise<void> {
  const tab = aTabAsksForTheLock();
  otherHold = tab;
  await tab.granted;
}

/** What the other tab hears from this one. */
function otherTabHears(): unknown[] {
  const heard: unknown[] = [];
  otherChannel = new tabs.FakeChannel(LOCK);
  otherChannel.addEventListener('message', (event) => heard.push((event as MessageEvent).data));
  return heard;
}

/** This tab, started as main.tsx starts it, on Settings. */
async function openSettings() {
  stopMirror = startSync(db);
  const resumed = resumeSync();
  const user = userEvent.setup();
  render(<App />);
  await resumed;
  window.location.hash = '#/settings';
  const heading = await screen.findByRole('heading', { name: 'Use on another device' });
  return { user, section: within(heading.closest('section') as HTMLElement) };
}

describe('two tabs of one browser', () => {
  it('waits while another tab syncs, then takes over once that tab is closed', async () => {
    await savePairing(db, await aPairing());
    await otherTabSyncs();
    const { section } = await openSettings();

    expect(await section.findByText(OTHER_TAB)).toBeInTheDocument();
    expect(section.getByRole('textbox', { name: 'Pairing link' })).toBeInTheDocument();
    expect(section.queryByRole('heading', { name: 'Advisor link' })).not.toBeInTheDocument();
    expect(fake.startSession).not.toHaveBeenCalled();

    otherHold?.close();
    expect(await section.findByText('Synced just now')).toBeInTheDocument();
    expect(fake.startSession).toHaveBeenCalledOnce();
    expect(section.getByRole('heading', { name: 'Advisor link' })).toBeInTheDocument();
    expect(tabs.held.has(LOCK)).toBe(true);
  });

  it('shows sync as off once the tab it waited for has stopped syncing', async () => {
    await savePairing(db, await aPairing());
    await otherTabSyncs();
    const { section } = await openSettings();
    expect(await section.findByText(OTHER_TAB)).toBeInTheDocument();

    // The other tab forgets the pairing, then lets the lock go.
    await deletePairing(db);
    otherHold?.close();
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();
    expect(section.getByRole('status')).toHaveTextContent(
      'Sync was stopped in another tab of this browser.',
    );
    expect(fake.startSession).not.toHaveBeenCalled();
    await waitFor(() => expect(tabs.held.has(LOCK)).toBe(false));
  });

  it('waits for a tab that starts syncing after this one showed sync as off', async () => {
    const { section } = await openSettings();
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();

    // The other tab turns sync on: its pairing is stored, it holds the lock, and it says so.
    await savePairing(db, await aPairing());
    await otherTabSyncs();
    otherTabHears();
    otherChannel?.postMessage({ type: 'started' });
    expect(await section.findByText(OTHER_TAB)).toBeInTheDocument();
    expect(fake.startSession).not.toHaveBeenCalled();
  });

  it("stops the other tab's session from a waiting tab, and forgets sync once it has stopped", async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    await otherTabSyncs();
    const events: string[] = [];
    const heard = otherTabHears();
    // The other tab, asked to stop, forgets the pairing and then lets the lock go.
    otherChannel?.addEventListener('message', () => {
      events.push('other tab stopped');
      void deletePairing(db).then(() => otherHold?.close());
    });
    fake.forgetSync.mockImplementation(async () => void events.push('this tab forgot sync'));
    const { user, section } = await openSettings();
    expect(await section.findByText(OTHER_TAB)).toBeInTheDocument();

    await user.click(section.getByRole('button', { name: 'Stop syncing on this device' }));
    expect(
      section.getByText(/Sync stops in the other tab of this browser too\.$/),
    ).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Stop syncing' }));
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();
    expect(heard).toEqual([{ type: 'stop' }]);
    expect(events).toEqual(['other tab stopped', 'this tab forgot sync']);
    expect(await readPairing(db)).toBeUndefined();
    expect(fake.startSession).not.toHaveBeenCalled();
    await waitFor(() => expect(tabs.held.has(LOCK)).toBe(false));
  });

  it('runs the session in the tab that has the lock, says so, and stops it when a waiting tab asks', async () => {
    await savePairing(db, await aPairing());
    const heard = otherTabHears();
    const { section } = await openSettings();
    expect(await section.findByText('Synced just now')).toBeInTheDocument();
    expect(tabs.held.has(LOCK)).toBe(true);
    await waitFor(() => expect(heard).toEqual([{ type: 'started' }]));

    // Focus was in the controls that go with sync.
    section.getByRole('button', { name: 'Stop syncing on this device' }).focus();
    otherChannel?.postMessage({ type: 'stop' });
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();
    expect(section.getByRole('status')).toHaveTextContent(
      'Sync was stopped in another tab of this browser.',
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Use on another device' })).toHaveFocus(),
    );
    expect(fake.stop).toHaveBeenCalledOnce();
    expect(await readPairing(db)).toBeUndefined();
    await waitFor(() => expect(tabs.held.has(LOCK)).toBe(false));
  });

  it('asks again when the tab that took over had not started when it was first asked to stop', async () => {
    await savePairing(db, await aPairing());
    await otherTabSyncs();
    // A third tab waits before this one: it takes over when the second closes.
    const third = aTabAsksForTheLock();
    const heard = otherTabHears();
    const { user, section } = await openSettings();
    expect(await section.findByText(OTHER_TAB)).toBeInTheDocument();

    await user.click(section.getByRole('button', { name: 'Stop syncing on this device' }));
    await user.click(section.getByRole('button', { name: 'Stop syncing' }));
    await waitFor(() => expect(heard).toEqual([{ type: 'stop' }]));
    // The tab asked closes before it heard; the third, not yet syncing when asked, starts.
    otherHold?.close();
    await third.granted;
    otherChannel?.postMessage({ type: 'started' });
    await waitFor(() => expect(heard).toEqual([{ type: 'stop' }, { type: 'stop' }]));
    expect(section.queryByRole('button', { name: 'Turn on sync' })).not.toBeInTheDocument();

    // Asked again, it stops: this tab then forgets sync.
    await deletePairing(db);
    third.close();
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();
    expect(await readPairing(db)).toBeUndefined();
    expect(fake.startSession).not.toHaveBeenCalled();
  });

  it('writes no pairing of its own while another tab is turning sync on or off', async () => {
    await otherTabSyncs();
    stopMirror = startSync(db);
    const pairing = await aPairing();
    const busy =
      'Sync is being turned on or off in another tab of this browser. Try again once it is done.';
    expect(await joinFromLink(buildPairingLink('https://medtech-ready.example/', pairing))).toEqual(
      { ok: false, problems: [busy] },
    );
    expect(await turnOnSync('wss://sync.example.org', 'write-token-0123456789')).toEqual({
      ok: false,
      problems: { sync: busy },
    });
    expect(await readPairing(db)).toBeUndefined();
    expect(fake.startSession).not.toHaveBeenCalled();
  });

  it('says why when sync turned on in another tab cannot start here', async () => {
    // Turned on in another tab that has closed since, before this one heard of it.
    await savePairing(db, await aPairing());
    stopMirror = startSync(db);
    fake.startSession.mockRejectedValueOnce(new Error('no connection'));
    expect(await turnOnSync('wss://sync.example.org', 'write-token-0123456789')).toEqual({
      ok: false,
      problems: { sync: 'Sync could not start on this device. (no connection)' },
    });
    // Its pairing stays, shown as sync's status, with Stop to forget it.
    expect(useSyncState.getState().syncStatus).toEqual({
      state: 'refused',
      reason: 'Sync could not start on this device. (no connection)',
    });
    expect(await readPairing(db)).toBeDefined();
    expect(tabs.held.has(LOCK)).toBe(false);
  });

  it('stops a session that fails while it is being set up, and lets the lock go', async () => {
    await savePairing(db, await aPairing());
    fake.startSession.mockImplementationOnce(async () => ({
      status: () => ({ state: 'connecting' }),
      onStatus: () => {
        throw new Error('no status');
      },
      watchReadTokenHash: () => () => undefined,
      stop: fake.stop,
    }));
    stopMirror = startSync(db);
    await resumeSync();
    expect(useSyncState.getState().syncStatus).toEqual({
      state: 'refused',
      reason: 'Sync could not start on this device. (no status)',
    });
    expect(fake.stop).toHaveBeenCalledOnce();
    expect(tabs.held.has(LOCK)).toBe(false);
  });
});
