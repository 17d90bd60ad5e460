/**
 * The advisor's read-only link, as the document carries it: a random token of its own (only in
 * the link and on the device that made it), and its SHA-256 in a plain map of the document, which
 * the sync server reads to let that token in read-only (scripts/sync-server.mjs). A new token
 * replaces the hash, and the server then closes and refuses the old one. The token itself never
 * enters the document: the server, or anyone with a copy of its storage, must not be able to open
 * the link. This module must not decide who may do what; the server does.
 */
import type * as Y from 'yjs';
import { toBase64Url } from './crypto';
import { ACCESS_MAP, READ_TOKEN_HASH, readTokenHashIn } from './protocol.mjs';

const TOKEN_BYTES = 32;

/** A new advisor token: 32 random bytes, base64url (43 characters). */
export function newAdvisorToken(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}

/** The hex SHA-256 of a token's UTF-8 text, as the server computes it. */
export async function readTokenHash(token: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Let `token` read the document, and no earlier advisor token any more. */
export async function allowReadToken(doc: Y.Doc, token: string): Promise<void> {
  const hash = await readTokenHash(token);
  doc.getMap(ACCESS_MAP).set(READ_TOKEN_HASH, hash);
}

/** The hash of the advisor token the document lets in now, if it holds one (protocol.mjs). */
function currentReadTokenHash(doc: Y.Doc): string | undefined {
  return readTokenHashIn(doc.getMap(ACCESS_MAP));
}

/**
 * Call `listener` with the document's read-token hash now and after every change to it (a link
 * made here, or one made on another device arriving). Returns the function that stops it.
 */
export function watchReadTokenHash(
  doc: Y.Doc,
  listener: (hash: string | undefined) => void,
): () => void {
  const access = doc.getMap(ACCESS_MAP);
  const onChange = () => listener(currentReadTokenHash(doc));
  access.observe(onChange);
  onChange();
  return () => access.unobserve(onChange);
}
