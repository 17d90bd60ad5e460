/**
 * One sync session per browser. The app's tabs share one database, so only the tab that holds the
 * sync lock (Web Locks) runs a session: another tab says that sync runs elsewhere, and takes over
 * once that tab is closed. The tabs talk over a BroadcastChannel of the same name: a tab that has
 * started syncing tells the others (so that they wait for the lock rather than offer to turn sync
 * on), and a waiting tab asked to stop syncing asks the tab that runs it.
 * A browser without Web Locks runs a session in each tab, as the app did before.
 * Used by sync-state.ts only.
 */
import { DATABASE_NAME } from '../db/schema';

/** The lock's and the channel's name, after the app's database: the one the tabs share. */
const NAME = `${DATABASE_NAME}:sync`;

/** The lock, held until released (or the tab closes). */
export interface HeldLock {
  release(): void;
}

/** What one tab tells the others. */
export type TabMessage =
  /** This tab has started a session: a tab that is not syncing reads the pairing again. */
  | { type: 'started' }
  /** A waiting tab's student chose to stop syncing: the tab that runs the session stops it. */
  | { type: 'stop' };

function lockManager(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Whether this browser lets the tabs agree on one session (Web Locks). */
function tabsAgree(): boolean {
  return lockManager() !== undefined;
}

/** Without Web Locks every tab has the lock, and letting it go does nothing. */
const EVERY_TAB: HeldLock = { release: () => undefined };

function hold(locks: LockManager, options: LockOptions): Promise<HeldLock | undefined> {
  return new Promise((resolve, reject) => {
    locks
      .request(NAME, options, (lock) => {
        if (lock === null) {
          resolve(undefined);
          return undefined;
        }
        // Held for as long as this promise is pending.
        return new Promise<void>((release) => resolve({ release: () => release() }));
      })
      .catch(reject);
  });
}

/** The lock if no other tab holds it, else undefined. */
export function takeSyncLock(): Promise<HeldLock | undefined> {
  const locks = lockManager();
  if (locks === undefined) return Promise.resolve(EVERY_TAB);
  return hold(locks, { ifAvailable: true });
}

/**
 * The lock once the tab that holds it lets it go (closed, or stopped syncing); rejects with an
 * AbortError if `signal` withdraws the wait first.
 */
export function waitForSyncLock(signal: AbortSignal): Promise<HeldLock> {
  const locks = lockManager();
  if (locks === undefined) return Promise.resolve(EVERY_TAB);
  return hold(locks, { signal }).then((lock) => {
    if (lock === undefined) throw new Error('The sync lock was not granted.');
    return lock;
  });
}

let channel: BroadcastChannel | undefined;

function tabChannel(): BroadcastChannel | undefined {
  if (!tabsAgree() || typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(NAME);
  return channel;
}

/** Tell the app's other tabs in this browser (none hears it without Web Locks). */
export function tellOtherTabs(message: TabMessage): void {
  tabChannel()?.postMessage(message);
}

/** Hear the other tabs; returns the function that stops listening. */
export function hearOtherTabs(listener: (message: TabMessage) => void): () => void {
  const heard = tabChannel();
  if (heard === undefined) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (data !== null && typeof data === 'object' && 'type' in data) {
      if (data.type === 'started' || data.type === 'stop') listener({ type: data.type });
    }
  };
  heard.addEventListener('message', onMessage);
  return () => heard.removeEventListener('message', onMessage);
}
