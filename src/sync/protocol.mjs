// @ts-check
/**
 * What the app and the sync server must agree on, written once for both: the server
 * (scripts/sync-server.mjs) runs this file under plain Node, the app imports it through Vite.
 * Plain JavaScript for that reason, typed in JSDoc and checked by the app's type check
 * (tsconfig.json: allowJs); nothing here but names and the rules for them.
 */

/**
 * The plain (unencrypted) map of a student's document that the server reads, and the key in it of
 * the current advisor token's SHA-256 (advisor-access.ts writes it; the server checks tokens
 * against it).
 */
export const ACCESS_MAP = 'access';
export const READ_TOKEN_HASH = 'readTokenHash';

/** A read token's hash as both sides write it: SHA-256 of its UTF-8 text, in lowercase hex. */
const HASH_TEXT = /^[0-9a-f]{64}$/;

/**
 * The read-token hash an access map holds (`map.get`, a Y.Map), or undefined when it holds none
 * or something that is not a hash: then no advisor token is let in.
 * @param {{ get(key: string): unknown }} access
 * @returns {string | undefined}
 */
export function readTokenHashIn(access) {
  const value = access.get(READ_TOKEN_HASH);
  return typeof value === 'string' && HASH_TEXT.test(value) ? value : undefined;
}

/** A student's document: at least 128 random bits, base64url (pairing.ts newDocumentName). */
export const DOCUMENT_NAME = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * An evidence file's own document is `<document>.f.<slot>`, the slot an HMAC of 128 bits,
 * base64url (evidence-documents.ts). `.` is not base64url, so the first one starts the suffix.
 */
export const FILE_DOCUMENT_INFIX = '.f.';
export const FILE_SLOT = /^[A-Za-z0-9_-]{22}$/;

/**
 * Whether the server serves a document of this name: a student's document or one of its
 * evidence files, and nothing else (on the server a name is also a file name).
 * @param {string} name
 * @returns {boolean}
 */
export function isServedDocumentName(name) {
  const at = name.indexOf(FILE_DOCUMENT_INFIX);
  if (at === -1) return DOCUMENT_NAME.test(name);
  return (
    DOCUMENT_NAME.test(name.slice(0, at)) &&
    FILE_SLOT.test(name.slice(at + FILE_DOCUMENT_INFIX.length))
  );
}
