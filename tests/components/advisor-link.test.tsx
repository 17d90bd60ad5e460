/**
 * The advisor's read-only link as the student and the advisor drive it: Settings → "Advisor link"
 * (made, copied, replaced) on the student's device, and an advisor's device (paired with
 * access=view), where the readiness summary, targets and reports show without their editing
 * controls and the store refuses every write. The session (src/sync/session.ts) is a fake here;
 * the server's part (the token let in read-only, revoked by a new one) is tests/sync/server.test.ts.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/database';
import { readAdvisorToken, savePairing } from '../../src/db/sync-pairing-repo';
import { useAppStore } from '../../src/store/app-store';
import { setCompleted } from '../../src/store/checklist-actions';
import { resumeSync, stopSyncing, useSyncState } from '../../src/store/sync-state';
import { archiveTarget } from '../../src/store/target-actions';
import { readTokenHash } from '../../src/sync/advisor-access';
import type { Pairing } from '../../src/sync/pairing';
import { parsePairingLink } from '../../src/sync/pairing';
import { aPairing } from '../sync/a-pairing';
import type { SyncStatus } from '../../src/sync/session';
import { setUpAppTests, wideNav } from './render-app';
import { startSync } from '../../src/store/sync';

const fake = vi.hoisted(() => ({
  allowReadToken: vi.fn<(token: string) => Promise<void>>(async () => undefined),
  startSession: vi.fn(),
  forgetSync: vi.fn(async () => undefined),
  /** The read-token hash the fake document holds, and who watches it. */
  document: { hash: undefined as string | undefined, watchers: new Set<(hash?: string) => void>() },
}));

/** The document's read-token hash changes (a link made here, or on another device). */
function setDocumentHash(hash: string | undefined): void {
  fake.document.hash = hash;
  for (const watcher of fake.document.watchers) watcher(hash);
}

/** A running session with this status, whose document holds the read-token hash set above. */
function fakeSession(status: SyncStatus) {
  return {
    status: () => status,
    onStatus: () => () => undefined,
    allowReadToken: fake.allowReadToken,
    watchReadTokenHash(watcher: (hash?: string) => void) {
      fake.document.watchers.add(watcher);
      watcher(fake.document.hash);
      return () => fake.document.watchers.delete(watcher);
    },
    stop: async () => undefined,
  };
}

vi.mock('../../src/sync/session', () => ({
  startSession: fake.startSession,
  forgetSync: fake.forgetSync,
}));

setUpAppTests();

let stopMirror: (() => void) | undefined;

beforeEach(() => {
  fake.document.hash = undefined;
  fake.document.watchers.clear();
  fake.allowReadToken.mockReset();
  // As the real document does: the token's hash is set, and every watcher told.
  fake.allowReadToken.mockImplementation(async (token) =>
    setDocumentHash(await readTokenHash(token)),
  );
  fake.startSession.mockReset();
  fake.startSession.mockImplementation(async () =>
    fakeSession({ state: 'synced', at: new Date().toISOString() }),
  );
});

afterEach(async () => {
  if (useSyncState.getState().syncStatus !== undefined) await stopSyncing();
  stopMirror?.();
  stopMirror = undefined;
});

/** A target and a ticked requirement, as the student's records would hold them. */
async function studentRecords(): Promise<void> {
  await db.settings.put({ key: 'pathwayId', value: 'mlt' });
  await db.targets.put({
    id: 't1',
    name: 'Winter program',
    kind: 'program',
    date: '2027-02-01',
    pathwayId: 'mlt',
    createdAt: 'x',
    updatedAt: 'x',
  });
}

/** The app on a device paired with `pairing`, started as main.tsx starts it. */
async function openPaired(pairing: Pairing) {
  await savePairing(db, pairing);
  stopMirror = startSync(db);
  const resumed = resumeSync();
  const user = userEvent.setup();
  render(<App />);
  await resumed;
  return { user };
}

describe("Settings: the advisor's link, on the student's device", () => {
  async function openSettings() {
    const pairing = await aPairing();
    const { user } = await openPaired(pairing);
    window.location.hash = '#/settings';
    const heading = await screen.findByRole('heading', { name: 'Advisor link' });
    return { user, pairing, section: within(heading.closest('section') as HTMLElement) };
  }

  it('makes a read-only link with a token of its own, lets it in, and copies it', async () => {
    const { user, pairing, section } = await openSettings();
    expect(section.queryByRole('textbox', { name: 'Advisor link' })).not.toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));

    const field = await section.findByRole('textbox', { name: 'Advisor link' });
    await waitFor(() => expect(field).toHaveFocus());
    const link = (field as HTMLInputElement).value;
    const parsed = parsePairingLink(link);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const { token, ...rest } = parsed.pairing;
    // The student's server, document and key; view access; not the student's own token.
    expect(rest).toEqual({ ...pairing, token: undefined, access: 'view' });
    expect(token).not.toBe(pairing.token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fake.allowReadToken).toHaveBeenCalledExactlyOnceWith(token);
    expect(await readAdvisorToken(db, pairing.doc)).toBe(token);
    expect(section.getByRole('img', { name: 'QR code of the advisor link' })).toBeInTheDocument();
    expect(section.queryByText(/works once this device has synced/)).not.toBeInTheDocument();

    await user.click(section.getByRole('button', { name: 'Copy advisor link' }));
    expect(await section.findByText('Advisor link copied.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(link);
  });

  it('replaces the link with a new token on "New advisor link"', async () => {
    const { user, pairing, section } = await openSettings();
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));
    const field = await section.findByRole('textbox', { name: 'Advisor link' });
    const first = (field as HTMLInputElement).value;

    await user.click(section.getByRole('button', { name: 'New advisor link' }));
    expect(await section.findByText('New link made: the old one no longer works.')).toBeVisible();
    const second = (section.getByRole('textbox', { name: 'Advisor link' }) as HTMLInputElement)
      .value;
    expect(second).not.toBe(first);
    const tokens = fake.allowReadToken.mock.calls.map(([token]) => token);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    const parsed = parsePairingLink(second);
    expect(parsed.ok && parsed.pairing.token).toBe(tokens[1]);
    expect(await readAdvisorToken(db, pairing.doc)).toBe(tokens[1]);
  });

  it('shows the link again after a reload, from the token kept on this device', async () => {
    const pairing = await aPairing();
    await db.meta.put({
      key: 'syncAdvisorToken',
      value: { doc: pairing.doc, token: 'kept-advisor-token-0123456789' },
    });
    const { user } = await openPaired(pairing);
    await user.click(within(wideNav()).getByRole('link', { name: 'Settings' }));
    const field = await screen.findByRole('textbox', { name: 'Advisor link' });
    const parsed = parsePairingLink((field as HTMLInputElement).value);
    expect(parsed.ok && parsed.pairing).toMatchObject({
      token: 'kept-advisor-token-0123456789',
      access: 'view',
    });
    expect(screen.getByRole('button', { name: 'New advisor link' })).toBeInTheDocument();
  });

  it('says the link works only once an offline device has synced', async () => {
    fake.startSession.mockImplementationOnce(async () =>
      fakeSession({ state: 'offline', waiting: 0 }),
    );
    const { user, section } = await openSettings();
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));
    await section.findByRole('textbox', { name: 'Advisor link' });
    expect(
      section.getByText(/^It works once this device has synced with the server/),
    ).toBeVisible();
  });

  it('stops offering the link once another device has replaced it, and says so', async () => {
    const { user, pairing, section } = await openSettings();
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));
    await section.findByRole('textbox', { name: 'Advisor link' });

    // Another of the student's devices makes a new link while this one's is focused, ready to
    // copy: its hash reaches this document.
    section.getByRole('textbox', { name: 'Advisor link' }).focus();
    setDocumentHash(await readTokenHash('token-of-another-device-0123456789'));
    expect(
      await section.findByText(/The advisor link made on this device was replaced on another/),
    ).toBeVisible();
    // Said aloud, and focus is not lost with the field.
    expect(section.getByRole('status')).toHaveTextContent(
      'Your advisor link was replaced on another of your devices: it no longer opens.',
    );
    await waitFor(() =>
      expect(section.getByRole('button', { name: 'Create advisor link' })).toHaveFocus(),
    );
    expect(section.queryByRole('textbox', { name: 'Advisor link' })).not.toBeInTheDocument();
    expect(section.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();

    // One made here again replaces the other device's, and is offered.
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));
    const field = await section.findByRole('textbox', { name: 'Advisor link' });
    const parsed = parsePairingLink((field as HTMLInputElement).value);
    expect(parsed.ok && parsed.pairing.token).toBe(await readAdvisorToken(db, pairing.doc));
    expect(section.queryByText(/was replaced on another/)).not.toBeInTheDocument();
  });

  it('offers the kept link after a reload only while the document still lets it in', async () => {
    const pairing = await aPairing();
    await db.meta.put({
      key: 'syncAdvisorToken',
      value: { doc: pairing.doc, token: 'kept-advisor-token-0123456789' },
    });
    fake.document.hash = await readTokenHash('token-of-another-device-0123456789');
    const { user } = await openPaired(pairing);
    await user.click(within(wideNav()).getByRole('link', { name: 'Settings' }));
    expect(
      await screen.findByText(/The advisor link made on this device was replaced on another/),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Advisor link' })).not.toBeInTheDocument();
    // Another device's newer link stays: the kept token is not written over it.
    expect(fake.allowReadToken).not.toHaveBeenCalled();

    // The document's hash becomes the kept token's again (the other change undone by a merge).
    setDocumentHash(await readTokenHash('kept-advisor-token-0123456789'));
    expect(await screen.findByRole('textbox', { name: 'Advisor link' })).toBeInTheDocument();
  });

  it("writes the kept link's hash again once synced, when the document has lost it", async () => {
    // The page closed after the token was kept and before its hash reached the document.
    const pairing = await aPairing();
    await db.meta.put({
      key: 'syncAdvisorToken',
      value: { doc: pairing.doc, token: 'kept-advisor-token-0123456789' },
    });
    let reportStatus: ((status: SyncStatus) => void) | undefined;
    fake.startSession.mockImplementationOnce(async () => ({
      ...fakeSession({ state: 'offline', waiting: 0 }),
      onStatus: (listener: (status: SyncStatus) => void) => {
        reportStatus = listener;
        return () => undefined;
      },
    }));
    const { user } = await openPaired(pairing);
    await user.click(within(wideNav()).getByRole('link', { name: 'Settings' }));
    await screen.findByRole('textbox', { name: 'Advisor link' });
    // Not before this device has merged with the server's copy, which may hold a newer link.
    expect(fake.allowReadToken).not.toHaveBeenCalled();

    reportStatus?.({ state: 'synced', at: new Date().toISOString() });
    await waitFor(() =>
      expect(fake.allowReadToken).toHaveBeenCalledExactlyOnceWith('kept-advisor-token-0123456789'),
    );
    expect(fake.document.hash).toBe(await readTokenHash('kept-advisor-token-0123456789'));
    expect(screen.getByRole('textbox', { name: 'Advisor link' })).toBeInTheDocument();
  });

  it('says so when the link cannot be made, and shows none', async () => {
    fake.allowReadToken.mockRejectedValueOnce(new Error('document closed'));
    const { user, section } = await openSettings();
    await user.click(section.getByRole('button', { name: 'Create advisor link' }));
    expect(await section.findByRole('alert')).toHaveTextContent(
      'The advisor link could not be made. (document closed)',
    );
    expect(section.queryByRole('textbox', { name: 'Advisor link' })).not.toBeInTheDocument();
  });
});

describe("an advisor's device (a view link)", () => {
  it('shows the readiness summary without the checklist, and a navigation of three', async () => {
    await studentRecords();
    await openPaired(await aPairing({ access: 'view' }));
    expect(await screen.findByRole('heading', { name: 'What remains' })).toBeVisible();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Degree/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit|Add/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(
      within(wideNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Readiness', 'Targets', 'Settings']);
    expect(screen.getByText(/nothing can be changed here/)).toBeVisible();
  });

  it('shows no editing control at any moment, before the sync code has read the pairing', async () => {
    await studentRecords();
    await savePairing(db, await aPairing({ access: 'view' }));
    // Every checkbox and list box the page holds at any moment, from the first render on.
    let controlsSeen = 0;
    const observer = new MutationObserver(() => {
      controlsSeen += document.querySelectorAll('input[type="checkbox"], select').length;
    });
    observer.observe(document.body, { subtree: true, childList: true });
    // As main.tsx starts it; the sync code has not loaded (resumeSync is not called).
    stopMirror = startSync(db);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'What remains' })).toBeVisible();
    observer.disconnect();
    expect(controlsSeen).toBe(0);
    expect(screen.getByText(/nothing can be changed here/)).toBeVisible();
  });

  it('may edit once the sync code finds the stored view pairing is not one', async () => {
    await studentRecords();
    // Read as "view" at start, unchecked; its schema refuses it (an extra field).
    await db.meta.put({
      key: 'syncPairing',
      value: { ...(await aPairing({ access: 'view' })), extra: 1 },
    });
    stopMirror = startSync(db);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'What remains' })).toBeVisible();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await resumeSync();
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
    expect(useAppStore.getState().readOnly).toBe(false);
  });

  it('stays editable when the sync code has read such a pairing before the start does', async () => {
    await studentRecords();
    await db.meta.put({
      key: 'syncPairing',
      value: { ...(await aPairing({ access: 'view' })), extra: 1 },
    });
    // The sync code decides first (its chunk cached, the start's read slow).
    const resumed = resumeSync();
    await waitFor(() => expect(useAppStore.getState().readOnly).toBe(false));
    stopMirror = startSync(db);
    render(<App />);
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
    expect(useAppStore.getState().readOnly).toBe(false);
    await resumed;
  });

  it('shows targets and their reports with no editing controls', async () => {
    await studentRecords();
    const { user } = await openPaired(await aPairing({ access: 'view' }));
    await user.click(within(wideNav()).getByRole('link', { name: 'Targets' }));
    expect(await screen.findByRole('heading', { name: 'Winter program' })).toBeVisible();
    for (const name of [/Add a target/, /^Edit/, /^Archive/, /^Delete/, /^Restore/])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Report for Winter program' }));
    expect(
      await screen.findByRole('heading', { name: 'Readiness report: Winter program' }),
    ).toBeVisible();
  });

  it('shows no settings to change, no pairing link and no advisor link to make', async () => {
    await openPaired(await aPairing({ access: 'view' }));
    window.location.hash = '#/settings';
    expect(await screen.findByRole('heading', { name: 'Use on another device' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Pairing link' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /advisor link/ })).not.toBeInTheDocument();
  });

  it('stops following the records after asking, and is no longer read-only', async () => {
    const { user } = await openPaired(await aPairing({ access: 'view' }));
    window.location.hash = '#/settings';
    await user.click(await screen.findByRole('button', { name: 'Stop syncing on this device' }));
    const question = screen.getByRole('group', { name: /Stop following these records/ });
    await user.click(within(question).getByRole('button', { name: 'Stop syncing' }));
    expect(await screen.findByRole('button', { name: 'Turn on sync' })).toBeVisible();
    expect(useAppStore.getState().readOnly).toBe(false);
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeVisible();
  });

  it('says a screen for editing is not part of the view', async () => {
    await openPaired(await aPairing({ access: 'view' }));
    window.location.hash = '#/clinical';
    expect(await screen.findByRole('heading', { name: 'Not part of this view' })).toBeVisible();
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual([]);
  });

  it('refuses every write in the store, in words, and writes nothing', async () => {
    await studentRecords();
    await openPaired(await aPairing({ access: 'view' }));
    await screen.findByRole('heading', { name: 'What remains' });
    await setCompleted('mlt-degree', true);
    await archiveTarget('t1', true);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Read-only: changes cannot be made on this device.',
    );
    expect(await db.requirementStates.count()).toBe(0);
    expect((await db.targets.get('t1'))?.archived).toBeFalsy();
  });

  it("shows the same screens' editing controls on the student's own device", async () => {
    await studentRecords();
    const { user } = await openPaired(await aPairing());
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
    await user.click(within(wideNav()).getByRole('link', { name: 'Targets' }));
    expect(await screen.findByRole('button', { name: 'Edit Winter program' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add a target' })).toBeVisible();
    expect(useAppStore.getState().readOnly).toBe(false);
  });
});
