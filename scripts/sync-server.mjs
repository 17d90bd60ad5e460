#!/usr/bin/env node
/**
 * The sync server anyone can run: Hocuspocus 3 (Yjs over WebSocket) with each document stored as
 * one file on disk. It merges documents it cannot read: devices encrypt every value before sending
 * (src/sync/crypto.ts). Run it behind a TLS proxy (wss://) anywhere but on your own machine.
 *
 *   SYNC_WRITE_TOKEN=… npm run sync-server
 *
 * Environment:
 *   SYNC_HOST         address to listen on (default 127.0.0.1: only this machine)
 *   SYNC_PORT         port (default 1234; 0 picks a free one, printed at start)
 *   SYNC_DATA_DIR     where documents are stored (default ./sync-data)
 *   SYNC_WRITE_TOKEN  the token of the student's own devices (required, at least 16 characters)
 *   SYNC_STORE_DEBOUNCE_MS  how long a changed document waits before it is written (default 2000)
 *
 * Read-only links (an advisor's) are per document: a device with the write token keeps the SHA-256
 * of the document's current read token in the document itself, in a plain map the server reads
 * (`access.readTokenHash`, src/sync/advisor-access.ts). Another token is let in read-only when its
 * hash is that one; a new hash (a new advisor link) closes the read-only connections of the old
 * token, which are refused from then on. There is no server-wide read token: one would read every
 * student's document, and no student could revoke it.
 *
 * Prints one line, "Sync server listening on ws://<host>:<port>", once it accepts connections.
 * Stops (storing every open document) on SIGINT or SIGTERM.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
// Names and places the app agrees on with this server, written once for both. Only the document
// names the app makes are served (isServedDocumentName): a name is also a file name here.
import {
  ACCESS_MAP,
  READ_TOKEN_HASH,
  isServedDocumentName,
  readTokenHashIn,
} from '../src/sync/protocol.mjs';

const TOKEN_MIN = 16;
/** An evidence file is at most 10 MB, a little more once encrypted; a whole log, a few MB. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

function fail(message) {
  console.error(`sync-server: ${message}`);
  process.exit(1);
}

function readSettings(env) {
  const writeToken = env.SYNC_WRITE_TOKEN ?? '';
  if (writeToken.length < TOKEN_MIN)
    fail(`set SYNC_WRITE_TOKEN to a secret of at least ${TOKEN_MIN} characters.`);
  // Said out loud rather than ignored: whoever set it expects read-only links to work with it.
  if (env.SYNC_READ_TOKEN)
    fail(
      'SYNC_READ_TOKEN is no longer used: advisor links are made per document in the app, and revoked there (docs/sync.md). Unset it.',
    );
  const port = Number(env.SYNC_PORT ?? 1234);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('SYNC_PORT must be a port number.');
  const debounce = Number(env.SYNC_STORE_DEBOUNCE_MS ?? 2000);
  if (!Number.isFinite(debounce) || debounce < 0)
    fail('SYNC_STORE_DEBOUNCE_MS must be a number of milliseconds.');
  return {
    host: env.SYNC_HOST || '127.0.0.1',
    port,
    directory: resolve(env.SYNC_DATA_DIR || 'sync-data'),
    writeToken,
    debounce,
  };
}

/** Constant-time comparison, whatever the lengths. */
function sameSecret(given, expected) {
  const digest = (text) => createHash('sha256').update(String(text)).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The hex SHA-256 of a token, as the app computes it (UTF-8 text). */
function hashOf(token) {
  return createHash('sha256').update(String(token), 'utf8').digest('hex');
}

/** The document's current read-token hash, or undefined when it has none (or a malformed one). */
function readTokenHashOf(document) {
  return readTokenHashIn(document.getMap(ACCESS_MAP));
}

/** Whether a read-only connection's token (its hash, kept in its context) is still the document's. */
function stillAllowed(document, context) {
  const current = readTokenHashOf(document);
  return current !== undefined && typeof context?.readTokenHash === 'string'
    ? sameSecret(context.readTokenHash, current)
    : false;
}

const REVOKED = { code: 4403, reason: 'Read-only link revoked.' };

/**
 * Cut a revoked read-only connection: out of the document at once (no further change reaches it),
 * then its socket closed, so that the app reconnects, asks again and is told it is refused.
 */
function revoke(connection) {
  connection.close(REVOKED);
  connection.webSocket.close(REVOKED.code, REVOKED.reason);
}

/** Revoke every read-only connection to `document` whose token is no longer its read token. */
function closeRevoked(document) {
  for (const { connection } of [...document.connections.values()])
    if (connection.readOnly && !stillAllowed(document, connection.context)) revoke(connection);
}

function fileOf(directory, documentName) {
  if (!isServedDocumentName(documentName)) throw new Error('Not a document name.');
  return join(directory, `${documentName}.ydoc`);
}

/** Write-to-temp, flush, rename: a crash leaves the old file or the new one, never half of one. */
async function writeAtomically(file, bytes) {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A document's stored bytes, or undefined when it was never stored. */
async function readStored(directory, documentName) {
  try {
    return new Uint8Array(await readFile(fileOf(directory, documentName)));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The read-token hash a connection is checked against: the open document's, if the server holds
 * it (or is loading it), else the stored file's, which is then current (a document is let go only
 * once stored). The file is read into a document of its own, so that a refused token loads
 * nothing into the server. A hash changed after this check is caught by the checks after a new
 * advisor link (`beforeHandleMessage`, `connected`, and the observer set in `afterLoadDocument`).
 */
async function currentReadTokenHash(instance, documentName) {
  const open =
    instance.documents.get(documentName) ??
    (await instance.loadingDocuments.get(documentName)?.catch(() => undefined));
  if (open !== undefined) return readTokenHashOf(open);
  const bytes = await readStored(settings.directory, documentName);
  if (bytes === undefined) return undefined;
  const stored = new Y.Doc();
  try {
    Y.applyUpdate(stored, bytes);
    return readTokenHashOf(stored);
  } finally {
    stored.destroy();
  }
}

const settings = readSettings(process.env);
await mkdir(settings.directory, { recursive: true });

const server = new Server(
  {
    address: settings.host,
    port: settings.port,
    quiet: true,
    debounce: settings.debounce,
    maxDebounce: Math.max(settings.debounce, 10_000),
    async onAuthenticate({ token, documentName, connectionConfig, instance }) {
      if (!isServedDocumentName(documentName)) throw new Error('Unknown document.');
      if (sameSecret(token, settings.writeToken)) return;
      const readTokenHash = hashOf(token);
      const current = await currentReadTokenHash(instance, documentName);
      if (current !== undefined && sameSecret(readTokenHash, current)) {
        // Hocuspocus 3 refuses every change from a read-only connection (and says so to it), the
        // read-token hash included: only a write-token device can move it. The hash rides in the
        // connection's context, for the checks after a new advisor link.
        connectionConfig.readOnly = true;
        return { readTokenHash };
      }
      throw new Error('Not authorized.');
    },
    async beforeHandleMessage({ connection, document }) {
      // A new advisor link made while this connection was being let in: the sweep below ran
      // before it joined the document. Checked before each of its messages is handled, its
      // first ones included (the one asking for the document's state), so it is answered nothing.
      if (connection.readOnly && !stillAllowed(document, connection.context)) {
        revoke(connection);
        throw new Error(REVOKED.reason);
      }
    },
    async connected({ connection, documentName, instance }) {
      // The same, for a connection that has sent nothing since it joined.
      const document = instance.documents.get(documentName);
      if (connection.readOnly && document && !stillAllowed(document, connection.context))
        revoke(connection);
    },
    async afterLoadDocument({ document }) {
      // A new read-token hash (a new advisor link) revokes the old one's open connections.
      document.getMap(ACCESS_MAP).observe((event) => {
        if (event.keysChanged.has(READ_TOKEN_HASH)) closeRevoked(document);
      });
    },
    async onLoadDocument({ document, documentName }) {
      const bytes = await readStored(settings.directory, documentName);
      if (bytes !== undefined) Y.applyUpdate(document, bytes);
    },
    async onStoreDocument({ document, documentName }) {
      await writeAtomically(
        fileOf(settings.directory, documentName),
        Y.encodeStateAsUpdate(document),
      );
    },
  },
  { maxPayload: MAX_MESSAGE_BYTES },
);

await server.listen();
console.log(`Sync server listening on ws://${settings.host}:${server.address.port}`);
