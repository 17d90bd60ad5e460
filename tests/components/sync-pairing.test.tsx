/**
 * Sync as the student drives it: Settings → "Use on another device" (turning sync on, its status
 * in words, the pairing link with its QR code and Copy button, stopping it here) and the pairing
 * screen a link opens (#/pair?…). The session itself (src/sync/session.ts) is a fake here: these
 * tests check the screens and the store around it, not the replication.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import qrcode from 'qrcode-generator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { PairScreen } from '../../src/features/pairing/PairScreen';
import { readPairing, savePairing } from '../../src/db/sync-pairing-repo';
import { useAppStore } from '../../src/store/app-store';
import {
  joinFromLink,
  resumeSync,
  stopSyncing,
  unreachableServer,
  useSyncState,
} from '../../src/store/sync-state';
import type { Pairing } from '../../src/sync/pairing';
import { buildPairingLink, parsePairingLink } from '../../src/sync/pairing';
import { aPairing } from '../sync/a-pairing';
import type { SyncStatus } from '../../src/sync/session';
import { renderApp, setUpAppTests } from './render-app';

const fake = vi.hoisted(() => {
  const listeners = new Set<(status: SyncStatus) => void>();
  const state = { current: { state: 'connecting' } as SyncStatus };
  const stop = vi.fn(async () => undefined);
  return {
    listeners,
    state,
    stop,
    // Typed as the real ones are called: (db, pairing) and (db).
    startSession: vi.fn<(db: unknown, pairing: Pairing) => Promise<unknown>>(async () => ({
      status: () => state.current,
      onStatus(listener: (status: SyncStatus) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      // A document that holds no advisor link.
      watchReadTokenHash(listener: (hash?: string) => void) {
        listener(undefined);
        return () => undefined;
      },
      stop,
    })),
    forgetSync: vi.fn<(db: unknown) => Promise<void>>(async () => undefined),
  };
});

vi.mock('../../src/sync/session', () => ({
  startSession: fake.startSession,
  forgetSync: fake.forgetSync,
}));

/** The session reports a new status. */
function report(status: SyncStatus): void {
  fake.state.current = status;
  for (const listener of fake.listeners) listener(status);
}

setUpAppTests();

beforeEach(() => {
  fake.state.current = { state: 'connecting' };
  fake.listeners.clear();
  fake.startSession.mockClear();
  fake.forgetSync.mockClear();
  fake.stop.mockClear();
});

afterEach(async () => {
  if (useSyncState.getState().syncStatus !== undefined) await stopSyncing();
});

const APP = `${window.location.origin}${window.location.pathname}`;
const SERVER_PROBLEM =
  "Enter the sync server's address, starting wss:// (or ws:// for a server on this computer).";

async function openSyncSection() {
  const view = await renderApp();
  window.location.hash = '#/settings';
  const heading = await screen.findByRole('heading', { name: 'Use on another device' });
  // The new screen takes focus at its heading once shown (App.tsx): a test that places focus
  // itself waits for that first, or the move would take focus from under it.
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toHaveFocus(),
  );
  const section = heading.closest('section') as HTMLElement;
  return { ...view, section: within(section) };
}

async function turnOn(
  section: ReturnType<typeof within>,
  user: Awaited<ReturnType<typeof renderApp>>['user'],
) {
  await user.type(section.getByLabelText('Sync server address'), 'wss://sync.example.org');
  await user.type(section.getByLabelText('Access token'), 'write-token-0123456789');
  await user.click(section.getByRole('button', { name: 'Turn on sync' }));
  await section.findByRole('textbox', { name: 'Pairing link' });
  // Turned on, focus moves to the section's heading (the form it was in is gone).
  await waitFor(() =>
    expect(screen.getByRole('heading', { name: 'Use on another device' })).toHaveFocus(),
  );
}

describe('Settings: use on another device, while sync is off', () => {
  it('labels both fields and refuses empty ones beside each field, focusing the first', async () => {
    const { user, section } = await openSyncSection();
    const server = section.getByLabelText('Sync server address');
    const token = section.getByLabelText('Access token');
    await user.click(section.getByRole('button', { name: 'Turn on sync' }));
    await waitFor(() =>
      expect(server).toHaveAccessibleDescription(expect.stringContaining(SERVER_PROBLEM)),
    );
    expect(server).toHaveAttribute('aria-invalid', 'true');
    expect(token).toHaveAccessibleDescription(
      expect.stringContaining('Enter the access token your sync server was set up with.'),
    );
    // Focus moves once the refusal has rendered (useRecordForm's effect): waited for, not assumed.
    await waitFor(() => expect(server).toHaveFocus());
    expect(fake.startSession).not.toHaveBeenCalled();
    expect(await readPairing(db)).toBeUndefined();
  });

  it('refuses an address that is not a sync server, and keeps the good token', async () => {
    const { user, section } = await openSyncSection();
    await user.type(section.getByLabelText('Sync server address'), 'https://sync.example.org');
    await user.type(section.getByLabelText('Access token'), 'write-token-0123456789');
    await user.click(section.getByRole('button', { name: 'Turn on sync' }));
    const server = section.getByLabelText('Sync server address');
    await waitFor(() =>
      expect(server).toHaveAccessibleDescription(expect.stringContaining(SERVER_PROBLEM)),
    );
    expect(section.getByLabelText('Access token')).not.toHaveAttribute('aria-invalid');
    expect(fake.startSession).not.toHaveBeenCalled();
  });

  it('says so, and keeps no pairing, when sync cannot start', async () => {
    fake.startSession.mockRejectedValueOnce(new Error('no network'));
    const { user, section } = await openSyncSection();
    await user.type(section.getByLabelText('Sync server address'), 'wss://sync.example.org');
    await user.type(section.getByLabelText('Access token'), 'write-token-0123456789');
    await user.click(section.getByRole('button', { name: 'Turn on sync' }));
    expect(await section.findByRole('alert')).toHaveTextContent(
      'Sync could not start, and nothing was changed. (no network)',
    );
    expect(await readPairing(db)).toBeUndefined();
    expect(useSyncState.getState().syncStatus).toBeUndefined();
  });

  it('reaches every control from the keyboard, in order', async () => {
    const { user, section } = await openSyncSection();
    section.getByLabelText('Sync server address').focus();
    await user.tab();
    expect(section.getByLabelText('Access token')).toHaveFocus();
    await user.tab();
    expect(section.getByRole('button', { name: 'Turn on sync' })).toHaveFocus();
  });
});

describe('Settings: use on another device, while sync is on', () => {
  it('turns sync on with a new document and key, kept on this device, and starts the session', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    const stored = await readPairing(db);
    expect(stored).toMatchObject({
      server: 'wss://sync.example.org',
      token: 'write-token-0123456789',
      access: 'edit',
    });
    expect(fake.startSession).toHaveBeenCalledTimes(1);
    expect(fake.startSession).toHaveBeenCalledWith(db, stored);
  });

  it('says how sync is going, in words', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    const status = () => section.getAllByRole('status')[0];
    expect(status()).toHaveTextContent('Connecting to the sync server…');
    const twoMinutesAgo = new Date(2026, 10, 25, 9, 58, 0).toISOString();
    report({ state: 'synced', at: twoMinutesAgo });
    await waitFor(() => expect(status()).toHaveTextContent('Synced 2 min ago'));
    report({ state: 'offline', waiting: 3 });
    await waitFor(() => expect(status()).toHaveTextContent('Offline: 3 changes waiting'));
    report({ state: 'newer-version' });
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Another device runs a newer version: update to keep syncing',
      ),
    );
    report({ state: 'refused', reason: 'The sync server refused this device’s token.' });
    await waitFor(() =>
      expect(status()).toHaveTextContent('The sync server refused this device’s token.'),
    );
  });

  it('shows the pairing link, warns that it holds the key, and copies it', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    const field = section.getByRole('textbox', { name: 'Pairing link' });
    expect(field).toHaveAttribute('readonly');
    const link = (field as HTMLInputElement).value;
    const parsed = parsePairingLink(link);
    expect(parsed).toEqual({ ok: true, pairing: await readPairing(db) });
    expect(link.startsWith(`${APP}#/pair?`)).toBe(true);
    expect(section.getByText(/anyone who has it can read them/)).toBeVisible();
    await user.click(section.getByRole('button', { name: 'Copy link' }));
    expect(await section.findByText('Link copied.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(link);
  });

  it('draws the link as a QR code with an accessible name, module for module', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    const link = (section.getByRole('textbox', { name: 'Pairing link' }) as HTMLInputElement).value;
    const svg = section.getByRole('img', { name: 'QR code of the pairing link' });
    const expected = qrcode(0, 'M');
    expected.addData(link, 'Byte');
    expected.make();
    const size = expected.getModuleCount();
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size + 8} ${size + 8}`);
    const drawn = new Set<string>();
    for (const rect of svg.querySelectorAll('rect[fill="#000"]')) {
      const [x, y, width] = ['x', 'y', 'width'].map((name) => Number(rect.getAttribute(name)));
      for (let column = x!; column < x! + width!; column += 1) drawn.add(`${y! - 4},${column - 4}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < size; row += 1)
      for (let column = 0; column < size; column += 1)
        if (expected.isDark(row, column)) dark.add(`${row},${column}`);
    expect(dark.size).toBeGreaterThan(100);
    expect(drawn).toEqual(dark);
  });

  it('reaches the link, Copy link, the advisor link and Stop from the keyboard', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    await user.click(section.getByRole('textbox', { name: 'Pairing link' }));
    await user.tab();
    expect(section.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.tab();
    expect(section.getByRole('button', { name: 'Create advisor link' })).toHaveFocus();
    await user.tab();
    expect(section.getByRole('button', { name: 'Stop syncing on this device' })).toHaveFocus();
  });

  it('stops syncing on this device after asking, saying the records stay', async () => {
    const { user, section } = await openSyncSection();
    await turnOn(section, user);
    await user.click(section.getByRole('button', { name: 'Stop syncing on this device' }));
    const question = section.getByRole('group', { name: /Your records stay on this device/ });
    expect(within(question).getByRole('button', { name: 'Stop syncing' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep syncing' }));
    expect(fake.forgetSync).not.toHaveBeenCalled();
    expect(section.getByRole('button', { name: 'Stop syncing on this device' })).toHaveFocus();

    await user.click(section.getByRole('button', { name: 'Stop syncing on this device' }));
    await user.click(section.getByRole('button', { name: 'Stop syncing' }));
    expect(await section.findByRole('button', { name: 'Turn on sync' })).toBeVisible();
    expect(fake.stop).toHaveBeenCalledTimes(1);
    expect(fake.forgetSync).toHaveBeenCalledWith(db);
    expect(await readPairing(db)).toBeUndefined();
    expect(section.queryByRole('textbox', { name: 'Pairing link' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Use on another device' })).toHaveFocus(),
    );
  });
});

describe('the sync server a build may reach', () => {
  it('is the one it was built with, whatever the path; none without one, but while developing', () => {
    const built = 'wss://sync.example.org';
    expect(unreachableServer('wss://sync.example.org', built, false)).toBeUndefined();
    expect(unreachableServer('wss://sync.example.org/', built, false)).toBeUndefined();
    expect(unreachableServer('wss://sync.example.org:443/x', built, false)).toBeUndefined();
    expect(unreachableServer('wss://other.example.org', built, false)).toBe(
      'This copy of MedTech Ready can reach only the sync server at wss://sync.example.org.',
    );
    expect(unreachableServer('ws://sync.example.org', built, true)).toBeDefined();
    expect(unreachableServer('wss://any.example.org', '', false)).toMatch(
      /built without a sync server/,
    );
    expect(unreachableServer('wss://any.example.org', '', true)).toBeUndefined();
  });
});

describe('at start', () => {
  it('starts the session of a paired device once the records are open', async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    const resumed = resumeSync();
    useAppStore.setState({ status: 'ready' });
    await resumed;
    expect(fake.startSession).toHaveBeenCalledWith(db, pairing);
    expect(useSyncState.getState().syncStatus).toEqual({ state: 'connecting' });
    expect(useSyncState.getState().pairingLink).toBe(buildPairingLink(APP, pairing));
  });

  it('starts nothing on a device that is not paired', async () => {
    useAppStore.setState({ status: 'ready' });
    await resumeSync();
    expect(fake.startSession).not.toHaveBeenCalled();
    expect(useSyncState.getState().syncStatus).toBeUndefined();
  });
});

describe('the pairing screen', () => {
  async function openLink(link: string) {
    const view = await renderApp();
    window.location.hash = new URL(link).hash;
    await screen.findByRole('heading', { name: 'Use your records on this device' });
    return view;
  }

  it('reads a good link, clears it from the address, and joins when asked', async () => {
    const pairing = await aPairing();
    const replace = vi.spyOn(window.history, 'replaceState');
    const { user } = await openLink(buildPairingLink(APP, pairing));
    expect(
      await screen.findByText(/This device will hold the same records as your other devices/),
    ).toBeVisible();
    expect(screen.getByText(/Records already on this device are merged/)).toBeVisible();
    expect(screen.getByText(/sync\.example\.org/)).toBeVisible();
    expect(window.location.hash).toBe('#/pair');
    expect(window.location.href).not.toContain(pairing.key);
    expect(replace.mock.calls.map((call) => call.slice(1))).toEqual([['', '#/pair']]);
    expect(fake.startSession).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Join' }));
    // The checklist waits for the first sync, so that it opens with the records.
    await waitFor(() => expect(fake.startSession).toHaveBeenCalledWith(db, pairing));
    expect(screen.getByText('Joining…')).toBeVisible();
    expect(window.location.hash).toBe('#/pair');
    report({ state: 'synced', at: new Date().toISOString() });
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(await readPairing(db)).toEqual(pairing);
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
  });

  it('leaves an address alone once the student has moved on from the link', async () => {
    // The screen clears the link after it has shown: by then the address may be another screen's
    // (a quick tap, or a test visiting every screen), which must not be sent back to #/pair.
    const link = buildPairingLink(APP, await aPairing());
    window.location.hash = new URL(link).hash;
    const replace = vi.spyOn(window.history, 'replaceState');
    // Moved on after the screen's first render, before its effects ran (layout effects run first).
    function MoveOn() {
      useLayoutEffect(() => {
        window.location.hash = '#/clinical';
      }, []);
      return null;
    }
    render(
      <>
        <PairScreen />
        <MoveOn />
      </>,
    );
    await screen.findByRole('heading', { name: 'Use your records on this device' });
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/clinical');
  });

  it('joins on, without taking the student back, when they went elsewhere while it joined', async () => {
    const pairing = await aPairing();
    const link = buildPairingLink(APP, pairing);
    const { user } = await openLink(link);
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    await waitFor(() => expect(fake.startSession).toHaveBeenCalledWith(db, pairing));
    window.location.hash = '#/settings';
    expect(await screen.findByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
    report({ state: 'synced', at: new Date().toISOString() });
    // Joins run one at a time: a second one answers once the first, and what the screen did with
    // its answer, are over.
    expect(await joinFromLink(link)).toEqual({ ok: true });
    expect(await readPairing(db)).toEqual(pairing);
    expect(window.location.hash).toBe('#/settings');
  });

  it('a join the server refuses says why, and leaves this device unpaired', async () => {
    const { user } = await openLink(buildPairingLink(APP, await aPairing()));
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    await waitFor(() => expect(fake.startSession).toHaveBeenCalled());
    report({ state: 'refused', reason: 'The sync server refused this device: wrong token.' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Joining did not work:');
    expect(alert).toHaveTextContent('The sync server refused this device: wrong token.');
    expect(window.location.hash).toBe('#/pair');
    await waitFor(async () => expect(await readPairing(db)).toBeUndefined());
    expect(fake.forgetSync).toHaveBeenCalledWith(db);
  });

  it('a join refused after the student has left the screen says why on the screen they are on', async () => {
    const link = buildPairingLink(APP, await aPairing());
    const { user } = await openLink(link);
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    await waitFor(() => expect(fake.startSession).toHaveBeenCalled());
    await user.click(screen.getByRole('link', { name: 'Not now' }));
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    report({ state: 'refused', reason: 'The sync server refused this device: wrong token.' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Joining did not work: The sync server refused this device: wrong token.',
    );
    expect(window.location.hash).toBe('#/');
    await waitFor(async () => expect(await readPairing(db)).toBeUndefined());
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes back to the checklist on "Not now", joining nothing', async () => {
    const { user } = await openLink(buildPairingLink(APP, await aPairing()));
    await user.click(await screen.findByRole('link', { name: 'Not now' }));
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(fake.startSession).not.toHaveBeenCalled();
    expect(await readPairing(db)).toBeUndefined();
  });

  it('shows the problems of a bad link in words, offers no Join, and clears it too', async () => {
    const pairing = await aPairing();
    const link = buildPairingLink(APP, pairing).replace(`key=${pairing.key}`, 'key=short');
    await openLink(link);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This pairing link cannot be used:');
    expect(alert).toHaveTextContent("The link's encryption key is");
    expect(screen.queryByRole('button', { name: 'Join' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the checklist' })).toBeVisible();
    expect(window.location.hash).toBe('#/pair');
    expect(window.location.href).not.toContain('short');
  });

  it('takes the link of the records this device already syncs as joined', async () => {
    const pairing = await aPairing();
    await savePairing(db, pairing);
    useAppStore.setState({ status: 'ready' });
    await resumeSync();
    const { user } = await openLink(buildPairingLink(APP, pairing));
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(fake.startSession).toHaveBeenCalledTimes(1);
  });

  it('will not join a second set of records while this device syncs another', async () => {
    await savePairing(db, await aPairing());
    const { user } = await openLink(buildPairingLink(APP, await aPairing()));
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This device already syncs with another set of records.',
    );
    expect(fake.startSession).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/pair');
  });
});
