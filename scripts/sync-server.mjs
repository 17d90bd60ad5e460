#!/usr/bin/env node
/**
 * The sync server anyone can run: Hocuspocus 3 (Yjs over WebSocket) with each document stored as
 * one file on disk. It merges documents it cannot read: devices encrypt every value before sending
 * (src/sync/crypto.ts). Run it behind a TLS proxy (wss://) anywhere but on your own machine.
 *
 *   SYNC_WRITE_TOKEN=… SYNC_READ_TOKEN=… npm run sync-server
 *
 * Environment:
 *   SYNC_HOST         address to listen on (default 127.0.0.1: only this machine)
 *   SYNC_PORT         port (default 1234; 0 picks a free one, printed at start)
 *   SYNC_DATA_DIR     where documents are stored (default ./sync-data)
 *   SYNC_WRITE_TOKEN  the token of the student's own devices (required, at least 16 characters)
 *   SYNC_READ_TOKEN   the token of read-only links, such as an advisor's (optional; same length
 *                     rule); change it and restart to revoke every read-only link
 *   SYNC_STORE_DEBOUNCE_MS  how long a changed document waits before it is written (default 2000)
 *
 * Prints one line, "Sync server listening on ws://<host>:<port>", once it accepts connections.
 * Stops (storing every open document) on SIGINT or SIGTERM.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

/**
 * Document names the app makes: a student's document, base64url of at least 128 bits
 * (src/sync/pairing.ts), or one of its evidence files, `<document>.f.<row slot>` with a 128-bit
 * slot (src/sync/evidence-documents.ts). Nothing else: a name is also a file name here.
 */
const DOCUMENT_NAME = /^[A-Za-z0-9_-]{22,64}(\.f\.[A-Za-z0-9_-]{22})?$/;
const TOKEN_MIN = 16;
/** An evidence file is at most 10 MB, a little more once encrypted; a whole log, a few MB. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

function fail(message) {
  console.error(`sync-server: ${message}`);
  process.exit(1);
}

function readSettings(env) {
  const writeToken = env.SYNC_WRITE_TOKEN ?? '';
  const readToken = env.SYNC_READ_TOKEN || undefined;
  if (writeToken.length < TOKEN_MIN)
    fail(`set SYNC_WRITE_TOKEN to a secret of at least ${TOKEN_MIN} characters.`);
  if (readToken !== undefined && readToken.length < TOKEN_MIN)
    fail(`SYNC_READ_TOKEN must have at least ${TOKEN_MIN} characters (or be unset).`);
  if (readToken === writeToken) fail('SYNC_READ_TOKEN must differ from SYNC_WRITE_TOKEN.');
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
    readToken,
    debounce,
  };
}

/** Constant-time comparison, whatever the lengths. */
function sameSecret(given, expected) {
  const digest = (text) => createHash('sha256').update(String(text)).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function fileOf(directory, documentName) {
  if (!DOCUMENT_NAME.test(documentName)) throw new Error('Not a document name.');
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

const settings = readSettings(process.env);
await mkdir(settings.directory, { recursive: true });

const server = new Server(
  {
    address: settings.host,
    port: settings.port,
    quiet: true,
    debounce: settings.debounce,
    maxDebounce: Math.max(settings.debounce, 10_000),
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (!DOCUMENT_NAME.test(documentName)) throw new Error('Unknown document.');
      if (sameSecret(token, settings.writeToken)) return;
      if (settings.readToken !== undefined && sameSecret(token, settings.readToken)) {
        // Hocuspocus 3 refuses every change from a read-only connection (and says so to it).
        connectionConfig.readOnly = true;
        return;
      }
      throw new Error('Not authorized.');
    },
    async onLoadDocument({ document, documentName }) {
      let bytes;
      try {
        bytes = await readFile(fileOf(settings.directory, documentName));
      } catch (error) {
        if (error.code === 'ENOENT') return;
        throw error;
      }
      Y.applyUpdate(document, new Uint8Array(bytes));
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
