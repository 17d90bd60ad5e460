/**
 * A sync session on this device: the student's document kept on the device (y-indexeddb, so
 * changes made offline survive a reload and merge when the server is back), joined to the sync
 * server (Hocuspocus), and bridged to the database the screens read (replicator.ts). Loaded only
 * with sync on; nothing here runs, and no WebSocket opens, for a student who never turned it on.
 *
 * Each round sends this device's noted changes into the document, then writes the document's
 * changes into the database; rounds run one at a time, after each database change to the outbox
 * and each document change. The first session of a device on a document waits for the server's
 * copy, then merges (replicator.ts attach). A document written by a newer app pauses the session
 * ("update to keep syncing") instead of writing what this version may misread.
 *
 * Evidence files travel as documents of their own (evidence-documents.ts), each joined over the
 * session's one WebSocket for as long as one errand takes, and never kept on the device (the
 * database row holds the bytes here).
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import Dexie from 'dexie';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import type { MedTechDatabase } from '../db/database';
import { readOutbox, setSyncEnabled } from '../db/outbox-repo';
import { allowReadToken, watchReadTokenHash } from './advisor-access';
import { importSyncKey } from './crypto';
import { SYNC_FORMAT_VERSION, documentFormat, stampFormat } from './doc-mapping';
import { evidenceBytes } from './evidence-documents';
import type { FileDocumentOpener } from './evidence-documents';
import type { Pairing } from './pairing';
import {
  applyDocChanges,
  attach,
  createReplica,
  indexSlots,
  sendNoted,
  watchDocument,
} from './replicator';
import type { SlotChanges } from './replicator';
import type { RowProblem } from './doc-mapping';

export type SyncStatus =
  | { state: 'connecting' }
  /** Everything this device holds is on the server, as of `at` (ISO time). */
  | { state: 'synced'; at: string }
  /** Not connected, or connected with changes the server has not yet confirmed. */
  | { state: 'offline'; waiting: number }
  /** Another device wrote the document in a newer layout: this one pauses. */
  | { state: 'newer-version' }
  /** The server refused this device (a revoked or mistyped token), in words. */
  | { state: 'refused'; reason: string };

export interface SyncSession {
  status(): SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /** Rows of the document that could not be kept here, in words, since the session began. */
  problems(): readonly RowProblem[];
  /** Resolves once every change noted so far is in the document and the document's in the database. */
  settled(): Promise<void>;
  /** Let this advisor token read the document, revoking any earlier one (advisor-access.ts). */
  allowReadToken(token: string): Promise<void>;
  /**
   * The hash of the advisor token the document lets in, now and after every change (one made on
   * another device included); undefined while it holds none. Returns the function that stops it.
   */
  watchReadTokenHash(listener: (hash: string | undefined) => void): () => void;
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** A WebSocket class where there is no global one (Node, in tests). */
  WebSocketPolyfill?: unknown;
}

/** The `meta` row naming the document this device has merged with (attach runs once). */
const ATTACHED_KEY = 'syncAttachedTo';

/** The name of this database's own copy of a document (an IndexedDB database of its own). */
export function localCopyName(db: MedTechDatabase, documentName: string): string {
  return `${db.name}-sync-${documentName}`;
}

/**
 * How long one file errand may take before it counts as failed and waits for a later round: a
 * guard against a server that stops answering, far above a 10 MB file on a slow line.
 */
const FILE_ERRAND_MS = 120_000;

/**
 * Open file documents over the session's WebSocket, one errand each (evidence-documents.ts
 * FileDocumentOpener): joined, the errand run on the server's copy, the server's confirmation of
 * its change awaited, then closed. Offline, it fails at once; the caller tries again later.
 */
function fileOpener(websocket: HocuspocusProviderWebsocket, token: string): FileDocumentOpener {
  return <Result>(name: string, work: (doc: Y.Doc) => Result) =>
    new Promise<Result>((resolve, reject) => {
      if (websocket.status !== WebSocketStatus.Connected) {
        reject(new Error('The sync server is out of reach.'));
        return;
      }
      const doc = new Y.Doc();
      // No awareness: nobody is shown as present in a file; the session's provider keeps the
      // connection's pings going.
      const provider = new HocuspocusProvider({
        websocketProvider: websocket,
        name,
        token,
        document: doc,
        awareness: null,
      });
      let finished = false;
      let worked = false;
      let result: Result;
      const finish = (error?: Error) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        // After the provider's own event handling: it is closed from inside one of its events.
        queueMicrotask(() => {
          provider.destroy();
          doc.destroy();
          if (error) reject(error);
          else resolve(result);
        });
      };
      const timer = setTimeout(
        () => finish(new Error('The sync server did not answer in time.')),
        FILE_ERRAND_MS,
      );
      provider.on('synced', () => {
        if (worked) return;
        worked = true;
        try {
          result = work(doc);
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (provider.unsyncedChanges === 0) finish();
      });
      provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        if (worked && number === 0) finish();
      });
      provider.on('authenticationFailed', () => finish(new Error('The sync server refused.')));
      provider.on('close', () => finish(new Error('The connection closed.')));
      provider.on('destroy', () => finish(new Error('The session stopped.')));
      provider.attach();
    });
}

/** The session running for each database in this page (one database, one document). */
const active = new Map<MedTechDatabase, { session: SyncSession; documentName: string }>();

/** Start syncing `db` with the document `pairing` names (stopping a session already running). */
export async function startSession(
  db: MedTechDatabase,
  pairing: Pairing,
  options: SessionOptions = {},
): Promise<SyncSession> {
  await active.get(db)?.session.stop();
  const key = await importSyncKey(pairing.key);
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(localCopyName(db, pairing.doc), doc);
  await local.whenSynced;

  const websocketProvider = new HocuspocusProviderWebsocket({
    url: pairing.server,
    // Tried again at least every 5 s while the server is away (the provider's default backs off to
    // 30 s): a device catches up within seconds of the server's return, as the issue asks (10 s).
    maxDelay: 5_000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  /** Whether this device may change the records (false: an advisor's read-only link). */
  const edits = pairing.access === 'edit';
  // An advisor's read-only link fetches no files: its view shows none, and the server refuses
  // every file document to its token (only the student's document carries the advisor's token
  // hash). Without a file carrier evidence rows are never written on its device.
  const files = edits
    ? evidenceBytes(fileOpener(websocketProvider, pairing.token), key, pairing.doc)
    : undefined;
  const replica = createReplica(db, doc, key, files);
  const changes: SlotChanges = new Map();
  const problems: RowProblem[] = [];
  const listeners = new Set<(status: SyncStatus) => void>();
  let current: SyncStatus = { state: 'connecting' };
  let stopped = false;
  let paused = false;
  let attached = (await db.meta.get(ATTACHED_KEY))?.value === pairing.doc;

  const report = (status: SyncStatus) => {
    current = status;
    for (const listener of listeners) listener(status);
  };

  // One round at a time; a round asked for while one runs runs once after it.
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  const round = async () => {
    queued = false;
    if (stopped || paused || !attached) return;
    // A read-only (advisor's) device sends nothing: the server would refuse it anyway.
    const sent = edits ? await sendNoted(replica) : { problems: [] };
    const applied = await applyDocChanges(replica, changes);
    problems.push(...sent.problems, ...applied.problems);
  };
  const schedule = () => {
    if (queued) return queue;
    queued = true;
    queue = queue.then(round).catch((error: unknown) => {
      // A failed round (a closed database) leaves the notes and the changes for the next one.
      console.error('sync round failed', error);
    });
    return queue;
  };

  const stopWatching = watchDocument(doc, changes, () => void schedule());
  const onStorage = (parts: Record<string, unknown>) => {
    if (parts[`idb://${db.name}/outbox/`]) void schedule();
  };
  Dexie.on('storagemutated', onStorage);

  const provider = new HocuspocusProvider({
    websocketProvider,
    name: pairing.doc,
    token: pairing.token,
    document: doc,
  });

  const waiting = () => ({ state: 'offline', waiting: provider.unsyncedChanges }) as const;
  // The first merge runs once, however often the server says "synced" while it runs (a reconnect
  // on a flaky line), and stop() waits for it: a merge must not go on writing, nor mark this device
  // merged, after sync was stopped and forgotten here.
  let attaching: Promise<void> | undefined;
  const attachOnce = () => {
    attaching ??= (async () => {
      const first = await attach(replica, edits ? 'both' : 'in');
      problems.push(...first.problems);
      if (stopped) return;
      await db.meta.put({ key: ATTACHED_KEY, value: pairing.doc });
      attached = true;
    })().finally(() => {
      if (!attached) attaching = undefined;
    });
    return attaching;
  };
  const afterServer = async () => {
    const format = documentFormat(doc);
    if (format !== undefined && format > SYNC_FORMAT_VERSION) {
      paused = true;
      report({ state: 'newer-version' });
      return;
    }
    if (!attached) await attachOnce();
    if (stopped) return;
    if (edits) stampFormat(doc);
    // Evidence rows whose bytes have not arrived here (offline then, or before a reload) are
    // looked at again: their files may be on the server now.
    const evidence = changes.get('evidenceFiles') ?? new Set<string>();
    for (const slot of doc.getMap('evidenceFiles').keys()) evidence.add(slot);
    changes.set('evidenceFiles', evidence);
    await schedule();
    // Still connected and nothing unconfirmed: a line that dropped during the round shows offline.
    const connected = websocketProvider.status === WebSocketStatus.Connected;
    if (connected && provider.unsyncedChanges === 0 && !paused && current.state !== 'refused')
      report({ state: 'synced', at: new Date().toISOString() });
  };

  provider.on('synced', () => void afterServer().catch((error: unknown) => console.error(error)));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
    report({
      state: 'refused',
      reason:
        reason === 'permission-denied' || reason === ''
          ? 'The sync server refused this device: its token was changed or mistyped.'
          : `The sync server refused this device: ${reason}.`,
    }),
  );
  provider.on('status', ({ status }: { status: string }) => {
    if (paused || current.state === 'refused') return;
    if (status !== 'connected') report(waiting());
  });
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    // Not synced before this device has merged with the server's copy (attach).
    if (paused || current.state === 'refused' || !attached) return;
    report(
      number === 0 && provider.isSynced
        ? { state: 'synced', at: new Date().toISOString() }
        : waiting(),
    );
  });

  if (attached) {
    // A device already merged works offline from its own copy at once.
    await indexSlots(replica);
    void schedule();
  }
  provider.attach();

  const session: SyncSession = {
    status: () => current,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problems: () => problems,
    async settled() {
      // Rounds until nothing waits: a note written just now may not have announced itself yet.
      for (let rounds = 0; rounds < 10 && !stopped && !paused; rounds += 1) {
        await schedule();
        const waiting = (await readOutbox(db, 1)).length > 0 || changes.size > 0;
        if (!waiting || !attached) return;
      }
    },
    allowReadToken: (token) => allowReadToken(doc, token),
    watchReadTokenHash: (listener) => watchReadTokenHash(doc, listener),
    async stop() {
      // Once: a second stop (a test's clean-up, say) would let go of the watchers again.
      if (stopped) return;
      stopped = true;
      stopWatching();
      Dexie.on('storagemutated').unsubscribe(onStorage);
      provider.destroy();
      websocketProvider.destroy();
      await attaching?.catch(() => undefined);
      await queue;
      await local.destroy();
      doc.destroy();
      if (active.get(db)?.session === session) active.delete(db);
    },
  };
  active.set(db, { session, documentName: pairing.doc });
  return session;
}

/**
 * Stop syncing on this device and forget the document: notes off and let go, the device's copy of
 * the document deleted. The records stay in the database, as they are.
 */
export async function forgetSync(db: MedTechDatabase): Promise<void> {
  const running = active.get(db);
  await running?.session.stop();
  const attachedTo = (await db.meta.get(ATTACHED_KEY))?.value;
  await setSyncEnabled(db, false);
  await db.meta.delete(ATTACHED_KEY);
  for (const name of new Set([running?.documentName, attachedTo]))
    if (typeof name === 'string') await clearDocument(localCopyName(db, name));
}
