/**
 * Sync as the screens see it: whether it is on for this device and how it is going (`syncStatus`),
 * the link that pairs another device, and the actions that turn it on, join from a link and stop
 * it. The sync code itself (session, pairing link, keys) is reached only through import(): this
 * module loads with the Settings and pairing screens and once at start (main.tsx, after the first
 * screen's script), and the sync chunk loads only when a device is paired or asks to be.
 * The pairing is kept in the database (db/sync-pairing-repo.ts), never in this store alone.
 */
import { create } from 'zustand';
import { db } from '../db/database';
import { loadRowGuard } from '../db/row-guard';
import {
  deletePairing,
  readAdvisorToken,
  readPairing,
  saveAdvisorToken,
  savePairing,
} from '../db/sync-pairing-repo';
import { useAppStore } from './app-store';
import type { ActionResult } from './app-store';
import { hearOtherTabs, takeSyncLock, tellOtherTabs, waitForSyncLock } from './sync-tabs';
import type { HeldLock } from './sync-tabs';

type Pairing = import('../sync/pairing').Pairing;
type SyncSession = import('../sync/session').SyncSession;
/**
 * How sync is going on this device: the session's status, or 'other-tab' while another tab of
 * this browser runs the session (sync-tabs.ts) and this one waits to take over.
 */
export type SyncStatus = import('../sync/session').SyncStatus | { state: 'other-tab' };

export interface SyncState {
  /** How sync is going on this device; undefined while sync is off here. */
  syncStatus?: SyncStatus;
  /** While sync is on: the link that pairs another device (it holds the key). */
  pairingLink?: string;
  /** Whether this device may change the synced records ('view': an advisor's link). */
  access?: Pairing['access'];
  /**
   * While sync is on with edit access: the advisor's read-only link this device made, if any and
   * the document still lets it in.
   */
  advisorLink?: string;
  /** The link this device made was replaced on another device: it no longer opens. */
  advisorLinkReplaced?: boolean;
  /** Sync was stopped from another tab of this browser (its "Stop syncing"), not here. */
  stoppedElsewhere?: boolean;
}

export const useSyncState = create<SyncState>()(() => ({}));

/** The fields of "Turn on sync", and `sync` for a problem that is no field's. */
export type TurnOnField = 'server' | 'token' | 'sync';

export type JoinResult = { ok: true } | { ok: false; problems: string[] };

/**
 * The one sync server this build may reach (vite.config.ts: MEDTECH_SYNC_SERVER, an origin), or ''
 * when none was named: the built app's Content Security Policy then lets it reach no server.
 */
export const BUILT_SYNC_SERVER: string = String(import.meta.env.VITE_SYNC_SERVER ?? '');

const NO_SYNC_SERVER =
  'This copy of MedTech Ready was built without a sync server, so it cannot sync. Whoever hosts it names one when building it.';

/**
 * Why this copy of the app cannot reach `server`, or undefined: a build reaches only the server
 * it was built with; without one it reaches none, except while developing (the dev server sends
 * no Content Security Policy).
 */
export function unreachableServer(
  server: string,
  built: string,
  developing: boolean,
): string | undefined {
  if (built === '') return developing ? undefined : NO_SYNC_SERVER;
  const origin = URL.canParse(server) ? new URL(server).origin : server;
  return origin === built
    ? undefined
    : `This copy of MedTech Ready can reach only the sync server at ${built}.`;
}

function unreachable(server: string): string | undefined {
  return unreachableServer(server, BUILT_SYNC_SERVER, import.meta.env.DEV);
}

/** Why sync cannot be turned on in this copy of the app at all, or undefined. */
export const SYNC_UNAVAILABLE: string | undefined =
  BUILT_SYNC_SERVER === '' && !import.meta.env.DEV ? NO_SYNC_SERVER : undefined;

const SERVER_PROBLEM =
  "Enter the sync server's address, starting wss:// (or ws:// for a server on this computer).";
const TOKEN_MISSING = 'Enter the access token your sync server was set up with.';

let session: SyncSession | undefined;
let stopListening: (() => void) | undefined;
/** Held while `session` runs: no other tab of this browser runs one meanwhile (sync-tabs.ts). */
let sessionLock: HeldLock | undefined;
/** While another tab runs the session: this tab's wait for the lock, to take over from it. */
let waiting: LockWait | undefined;
/** This tab's "Stop syncing" waits for the tab that runs the session: asked again of each that starts. */
let stopAsked = false;

/** This tab's wait for the lock while another tab runs the session. */
interface LockWait {
  withdraw: AbortController;
  granted: Promise<HeldLock>;
  /** Taken over by this tab's "Stop syncing", which lets the lock go itself once it has it. */
  adopted: boolean;
}

/** Another tab is turning sync on or off at this moment (it holds the lock). */
const CHANGING_ELSEWHERE =
  'Sync is being turned on or off in another tab of this browser. Try again once it is done.';
// One change of sync at a time: a stop pressed while a start is under way waits for it.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  // Each change of sync writes to the database (the pairing, the notes flag, the records that
  // arrive), which refuses writes until the row checks have loaded (db/row-guard.ts): a pairing link
  // opened on a fresh device can come before any other write. A failed load still runs `run`, whose
  // writes are then refused in words.
  const next = queue.then(loadRowGuard).then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The address of this app, which a pairing link starts with. */
function appAddress(): string {
  return window.location.origin + window.location.pathname;
}

/**
 * The one place the screens learn that this device only reads (an advisor's link): the store's
 * flag that hides editing and makes runWrite refuse (store/app-store.ts).
 */
function setAccess(access: Pairing['access'] | undefined): void {
  useSyncState.setState({ access });
  useAppStore.setState({ readOnly: access === 'view' });
}

/** The advisor's link for `pairing`'s document with `token`: the same, with its own token, view only. */
async function advisorLinkOf(pairing: Pairing, token: string | undefined) {
  if (token === undefined || pairing.access !== 'edit') return undefined;
  const { buildPairingLink } = await import('../sync/pairing');
  return buildPairingLink(appAddress(), { ...pairing, token, access: 'view' });
}

// Which showing of the advisor link is the latest: an earlier one that ends later is dropped.
let advisorShowing = 0;

/**
 * Show the advisor link this device made, unless the document lets in another token now (`hash`):
 * a link made on another device replaced it, so it no longer opens and is not offered. While the
 * document holds no hash yet (not synced since it was made), the link is shown.
 */
async function showAdvisorLink(
  pairing: Pairing,
  from: SyncSession,
  hash: string | undefined,
): Promise<void> {
  const showing = (advisorShowing += 1);
  const token = await readAdvisorToken(db, pairing.doc);
  const { readTokenHash } = await import('../sync/advisor-access');
  const replaced =
    token !== undefined && hash !== undefined && hash !== (await readTokenHash(token));
  const advisorLink = replaced ? undefined : await advisorLinkOf(pairing, token);
  // Only the latest showing, and only while the session it is about still runs.
  if (showing !== advisorShowing || session !== from) return;
  useSyncState.setState({ advisorLink, advisorLinkReplaced: replaced });
}

/** The link that pairs another device, offered only by a device that may edit. */
async function pairingLinkOf(pairing: Pairing): Promise<string | undefined> {
  if (pairing.access !== 'edit') return undefined;
  const { buildPairingLink } = await import('../sync/pairing');
  return buildPairingLink(appAddress(), pairing);
}

/** The status of a session that could not start on this device. */
function startFailed(error: unknown): { state: 'refused'; reason: string } {
  return { state: 'refused', reason: `Sync could not start on this device. (${describe(error)})` };
}

/**
 * Start syncing with a stored pairing, and show its status from now on; while another tab of this
 * browser runs the session, say so and take over once that tab lets it go.
 */
async function start(pairing: Pairing): Promise<void> {
  setAccess(pairing.access);
  const lock = await takeSyncLock();
  if (lock === undefined) return waitForOtherTab(pairing);
  try {
    await run(pairing, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Run the session with the lock held; the lock is let go when the session is forgotten. A session
 * that fails to start is stopped here; letting go of the lock is then the caller's.
 */
async function run(pairing: Pairing, lock: HeldLock): Promise<void> {
  const [{ startSession }, pairingLink] = await Promise.all([
    import('../sync/session'),
    pairingLinkOf(pairing),
  ]);
  const started = await startSession(db, pairing);
  const stops: (() => void)[] = [];
  try {
    session = started;
    sessionLock = lock;
    stops.push(started.onStatus((status) => useSyncState.setState({ syncStatus: status })));
    // An advisor's device shows no link: it would only pass the read-only view on.
    if (pairing.access === 'edit') {
      let documentHash: string | undefined;
      stops.push(
        started.watchReadTokenHash((hash) => {
          documentHash = hash;
          void showAdvisorLink(pairing, started, hash).catch(() => undefined);
        }),
        rewriteLostHash(pairing, started, () => documentHash),
      );
    }
    useSyncState.setState({
      syncStatus: started.status(),
      pairingLink,
      stoppedElsewhere: undefined,
    });
  } catch (error) {
    stops.forEach((stop) => stop());
    session = undefined;
    sessionLock = undefined;
    await started.stop().catch(() => undefined);
    throw error;
  }
  stopListening = () => stops.forEach((stop) => stop());
  // A tab that shows sync as off reads the pairing again, and waits for this one.
  tellOtherTabs({ type: 'started' });
}

/**
 * The advisor link made here is kept before its hash is written to the document
 * (createAdvisorLink): a page closed between the two leaves a link that is shown and never opens.
 * Once this device first has synced, a document that holds no hash (`hashNow`) while a token is
 * kept here has lost this one's: it is written again, in turn with the other changes of sync. A
 * different hash is another device's newer link, and stays.
 */
function rewriteLostHash(
  pairing: Pairing,
  running: SyncSession,
  hashNow: () => string | undefined,
): () => void {
  let checked = false;
  const lost = () => session === running && hashNow() === undefined;
  const check = (status: SyncStatus) => {
    if (checked || status.state !== 'synced') return;
    checked = true;
    void oneAtATime(async () => {
      if (!lost()) return;
      const token = await readAdvisorToken(db, pairing.doc);
      // Asked again after the read: a link made meanwhile, here or elsewhere, stays.
      if (token !== undefined && lost()) await running.allowReadToken(token);
    })
      // Not written now: the link is shown as before, and the next start tries again.
      .catch(() => undefined);
  };
  check(running.status());
  return running.onStatus(check);
}

/**
 * Another tab runs the session: this one says so (its pairing link stays on offer) and waits for
 * the lock, then starts with the pairing stored by then (none if that tab stopped syncing).
 */
async function waitForOtherTab(pairing: Pairing): Promise<void> {
  useSyncState.setState({
    syncStatus: { state: 'other-tab' },
    pairingLink: await pairingLinkOf(pairing),
    stoppedElsewhere: undefined,
  });
  // One wait at a time: an earlier one is withdrawn (and let go of below, if it was granted).
  waiting?.withdraw.abort();
  const withdraw = new AbortController();
  const wait: LockWait = { withdraw, granted: waitForSyncLock(withdraw.signal), adopted: false };
  waiting = wait;
  wait.granted.then(
    (lock) =>
      void oneAtATime(async () => {
        if (waiting !== wait) {
          // No longer waited for: let go, unless this tab's "Stop syncing" took it over.
          if (!wait.adopted) lock.release();
          return;
        }
        waiting = undefined;
        try {
          const current = await readPairing(db);
          if (current === undefined) {
            // That tab stopped syncing, for the whole browser.
            lock.release();
            clearSyncState();
            useSyncState.setState({ stoppedElsewhere: true });
            return;
          }
          setAccess(current.access);
          await run(current, lock);
        } catch (error) {
          lock.release();
          useSyncState.setState({ syncStatus: startFailed(error) });
        }
      }),
    // Withdrawn before it came: nothing to let go.
    () => undefined,
  );
}

/** Sync shown as off on this device. */
function clearSyncState(): void {
  useSyncState.setState({
    syncStatus: undefined,
    pairingLink: undefined,
    advisorLink: undefined,
    advisorLinkReplaced: undefined,
  });
  setAccess(undefined);
}

/**
 * Stop the session, forget sync on this device (the records stay) and its pairing. The lock is let
 * go only then, so that a waiting tab finds no pairing rather than start on one being forgotten.
 */
async function forget(): Promise<void> {
  stopListening?.();
  stopListening = undefined;
  const running = session;
  session = undefined;
  const lock = sessionLock;
  sessionLock = undefined;
  waiting?.withdraw.abort();
  waiting = undefined;
  try {
    await running?.stop();
    const { forgetSync } = await import('../sync/session');
    await forgetSync(db);
    await deletePairing(db);
  } finally {
    lock?.release();
  }
  clearSyncState();
}

/** Pair this device and start syncing; undone if the start fails. */
async function pairAndStart(pairing: Pairing): Promise<string | undefined> {
  // The pairing is written with the lock held: no other tab saves or forgets one meanwhile.
  const lock = await takeSyncLock();
  if (lock === undefined) return CHANGING_ELSEWHERE;
  // Read before the lock was taken: another tab may have paired this browser since.
  if ((await readPairing(db).catch(() => undefined)) !== undefined) {
    lock.release();
    return CHANGING_ELSEWHERE;
  }
  try {
    setAccess(pairing.access);
    await savePairing(db, pairing);
    await run(pairing, lock);
    return undefined;
  } catch (error) {
    await forget().catch(() => undefined);
    lock.release();
    return `Sync could not start, and nothing was changed. (${describe(error)})`;
  }
}

/**
 * Turn sync on with the student's own server: a new document and a new key, kept on this device,
 * then the first sync (which uploads every record). Problems come back beside their fields.
 */
export function turnOnSync(server: string, token: string): Promise<ActionResult<TurnOnField>> {
  return oneAtATime(async () => {
    if (session || waiting) return { ok: true };
    // Turned on meanwhile in another tab of this browser: that pairing is this device's.
    const current = await readPairing(db);
    if (current !== undefined) {
      try {
        await start(current);
        return { ok: true };
      } catch (error) {
        // Shown as sync's status, with Stop to forget that pairing: not the form to turn it on.
        const failed = startFailed(error);
        useSyncState.setState({ syncStatus: failed });
        return { ok: false, problems: { sync: failed.reason } };
      }
    }
    const [{ generateSyncKey }, { newDocumentName, pairingSchema }] = await Promise.all([
      import('../sync/crypto'),
      import('../sync/pairing'),
    ]);
    const candidate = {
      server: server.trim(),
      doc: newDocumentName(),
      token: token.trim(),
      key: (await generateSyncKey()).text,
      access: 'edit' as const,
    };
    const parsed = pairingSchema.safeParse(candidate);
    if (!parsed.success) {
      const problems: Partial<Record<TurnOnField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'server') problems.server ??= SERVER_PROBLEM;
        else if (field === 'token')
          problems.token ??=
            candidate.token === '' ? TOKEN_MISSING : `The access token ${issue.message}.`;
        else problems.sync ??= `Sync could not start: the new pairing's ${String(field)} is wrong.`;
      }
      return { ok: false, problems };
    }
    const refused = unreachable(parsed.data.server);
    if (refused !== undefined) return { ok: false, problems: { server: refused } };
    const problem = await pairAndStart(parsed.data);
    return problem === undefined ? { ok: true } : { ok: false, problems: { sync: problem } };
  });
}

export type LinkReading =
  { ok: true; server: string; access: Pairing['access'] } | { ok: false; problems: string[] };

/** What a pairing link would join (the server's host name, the access), or its problems in words. */
export async function readPairingLink(link: string): Promise<LinkReading> {
  const { parsePairingLink } = await import('../sync/pairing');
  const parsed = parsePairingLink(link);
  if (!parsed.ok) return parsed;
  const refused = unreachable(parsed.pairing.server);
  if (refused !== undefined) return { ok: false, problems: [refused] };
  return { ok: true, server: new URL(parsed.pairing.server).host, access: parsed.pairing.access };
}

/**
 * Join a student's synced records from a pairing link: the records already on this device are
 * merged with them (the session's first sync). Problems with the link come back in words.
 */
export function joinFromLink(link: string): Promise<JoinResult> {
  return oneAtATime(async () => {
    const { parsePairingLink } = await import('../sync/pairing');
    const parsed = parsePairingLink(link);
    if (!parsed.ok) return parsed;
    const refused = unreachable(parsed.pairing.server);
    if (refused !== undefined) return { ok: false, problems: [refused] };
    const current = await readPairing(db);
    if (current !== undefined) {
      if (current.doc === parsed.pairing.doc)
        return session || waiting
          ? { ok: true }
          : {
              ok: false,
              problems: [
                'This device is already paired with these records, but sync has not started here: Settings says why.',
              ],
            };
      return {
        ok: false,
        problems: [
          'This device already syncs with another set of records. To join these instead, first choose "Stop syncing on this device" in Settings.',
        ],
      };
    }
    const problem = await pairAndStart(parsed.pairing);
    if (problem !== undefined) return { ok: false, problems: [problem] };
    // The records arrive before the checklist opens, so that the welcome does not offer a fresh
    // start on a device that is about to hold them.
    const first = await firstSync();
    if (first?.state === 'refused') {
      await forget().catch(() => undefined);
      return { ok: false, problems: [first.reason] };
    }
    return { ok: true };
  });
}

/** How long a join waits for the first sync before it lets the records arrive in the background. */
const FIRST_SYNC_PATIENCE_MS = 20_000;

/**
 * Resolves with the session's status once it has merged with the server's copy, been refused or
 * paused; with undefined after FIRST_SYNC_PATIENCE_MS (a slow or unreachable server).
 */
function firstSync(): Promise<SyncStatus | undefined> {
  const done = (status: SyncStatus | undefined) =>
    status !== undefined &&
    ['synced', 'refused', 'newer-version', 'other-tab'].includes(status.state);
  return new Promise((resolve) => {
    if (done(useSyncState.getState().syncStatus))
      return resolve(useSyncState.getState().syncStatus);
    const timer = setTimeout(() => finish(undefined), FIRST_SYNC_PATIENCE_MS);
    const unsubscribe = useSyncState.subscribe(({ syncStatus }) => {
      if (done(syncStatus)) finish(syncStatus);
    });
    function finish(status: SyncStatus | undefined) {
      clearTimeout(timer);
      unsubscribe();
      resolve(status);
    }
  });
}

/**
 * Stop syncing on this device and forget its pairing. The records stay here; the other devices
 * go on syncing. False (with the reason in `syncStatus`) when it could not be done.
 */
export function stopSyncing(): Promise<boolean> {
  return oneAtATime(stopHere);
}

async function stopHere(): Promise<boolean> {
  try {
    const wait = waiting;
    if (wait === undefined) {
      await forget();
      return true;
    }
    // Another tab runs the session: it is asked to stop, and this one forgets sync once it has
    // let the lock go (the lock then keeps any tab from starting until this one is done).
    wait.adopted = true;
    waiting = undefined;
    stopAsked = true;
    tellOtherTabs({ type: 'stop' });
    const lock = await wait.granted.finally(() => (stopAsked = false));
    try {
      await forget();
    } finally {
      lock.release();
    }
    return true;
  } catch (error) {
    useSyncState.setState({
      syncStatus: {
        state: 'refused',
        reason: `Sync could not be stopped on this device. (${describe(error)})`,
      },
    });
    return false;
  }
}

/** Resolves once the records are open and read: sync never competes with the first screen. */
function recordsOpen(): Promise<void> {
  return new Promise((resolve) => {
    if (useAppStore.getState().status === 'ready') return resolve();
    const unsubscribe = useAppStore.subscribe((state) => {
      if (state.status !== 'ready') return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * At start: if this device is paired, start syncing once the records are shown (loading the sync
 * code only then).
 */
export function resumeSync(): Promise<void> {
  return oneAtATime(async () => {
    // The pairing is read first (one row) and its access kept. The start read it unchecked
    // (store/sync.ts), so that an advisor's device hides editing from the first screen on: a
    // pairing that fails its schema is none, and the device may edit.
    let pairing: Pairing | undefined;
    if (!session && !waiting)
      try {
        pairing = await readPairing(db);
        setAccess(pairing?.access);
      } catch {
        // Left as the start read it; the records' own failure is shown by the shell.
      }
    await recordsOpen();
    if (session || waiting || pairing === undefined) return;
    try {
      await start(pairing);
    } catch (error) {
      useSyncState.setState({ syncStatus: startFailed(error) });
    }
  });
}

export type AdvisorLinkResult = { ok: true } | { ok: false; problem: string };

/**
 * Make a new advisor's link: a new random token, its hash into the document (the server then lets
 * it read, and closes and refuses the token of any earlier link), the token kept on this device so
 * the link can be shown again. Only a device that may edit, with its session running.
 */
export function createAdvisorLink(): Promise<AdvisorLinkResult> {
  return oneAtATime(async () => {
    const pairing = await readPairing(db);
    const running = session;
    if (waiting)
      return {
        ok: false,
        problem: 'Sync runs in another tab of this browser: make the advisor link there.',
      };
    if (pairing === undefined || running === undefined)
      return { ok: false, problem: 'Sync is not running on this device, so no link can be made.' };
    if (pairing.access !== 'edit')
      return { ok: false, problem: 'A read-only device cannot make an advisor link.' };
    try {
      const { newAdvisorToken } = await import('../sync/advisor-access');
      const token = newAdvisorToken();
      // Kept here first: a link whose hash is in the document but whose token is lost could
      // never be shown again, only replaced.
      await saveAdvisorToken(db, pairing.doc, token);
      await running.allowReadToken(token);
      // Shown the one way it always is (and any showing started before this one dropped).
      const { readTokenHash } = await import('../sync/advisor-access');
      await showAdvisorLink(pairing, running, await readTokenHash(token));
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: `The advisor link could not be made. (${describe(error)})` };
    }
  });
}

// What the other tabs of this browser ask (sync-tabs.ts): one that has started syncing is waited
// for; a waiting one's "Stop syncing" is carried out here, if this tab runs the session.
hearOtherTabs((message) => {
  if (message.type === 'started') {
    // A stop asked of a tab that was closing can reach one that had not started yet: asked again.
    if (stopAsked) tellOtherTabs({ type: 'stop' });
    else if (session === undefined && waiting === undefined) void resumeSync();
    return;
  }
  void oneAtATime(async () => {
    if (sessionLock === undefined) return;
    if (await stopHere()) useSyncState.setState({ stoppedElsewhere: true });
  });
});
