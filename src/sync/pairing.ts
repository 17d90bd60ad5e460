/**
 * The pairing link: what a second device (or an advisor) needs to join a student's synced
 * records — the sync server's address, the document's name, a token, and the encryption key.
 *
 * Everything rides in the URL's fragment (`https://<app>/#/pair?server=…&doc=…&token=…&key=…`):
 * browsers never send a fragment to any server, so neither the app's host nor the sync server ever
 * sees the key in a request (the sync server gets the token and the document name over its own
 * WebSocket, as it must). A link is read through one gate: parse → validate (zod/mini) → data, or
 * a list of problems in words. This module builds and reads links only; it joins nothing.
 */
import * as z from 'zod/mini';
import { ROUTE_HASHES, isPairingLinkHash } from '../ui/routes';
import { fromBase64Url, keyTextProblem, toBase64Url } from './crypto';
import { DOCUMENT_NAME } from './protocol.mjs';

/** The app's address for pairing, inside the fragment: the pairing screen's, from the route table. */
export const PAIR_HASH = ROUTE_HASHES.pair;

/** Edit: a device of the student's own. View: an advisor's link, refused writes by the server. */
export const PAIRING_ACCESS = ['edit', 'view'] as const;
export type PairingAccess = (typeof PAIRING_ACCESS)[number];

const DOCUMENT_NAME_BYTES = 16;
const TOKEN_MAX = 512;

/** A new document name: 128 random bits, base64url, so nobody can guess another student's. */
export function newDocumentName(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(DOCUMENT_NAME_BYTES)));
}

function isSyncServerUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === 'wss:' || url.protocol === 'ws:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === ''
  );
}

function isDocumentName(value: string): boolean {
  // The server's rule (protocol.mjs), and text that decodes to the bits a new name has.
  const bytes = DOCUMENT_NAME.test(value) ? fromBase64Url(value) : undefined;
  return bytes !== undefined && bytes.length >= DOCUMENT_NAME_BYTES;
}

export const pairingSchema = z.strictObject({
  server: z
    .string()
    .check(
      z.refine(
        isSyncServerUrl,
        'is not a sync server address: it must start with wss:// (or ws:// on your own network) and hold no query or password',
      ),
    ),
  doc: z
    .string()
    .check(
      z.refine(
        isDocumentName,
        'is not a document name made by MedTech Ready (too short or mistyped)',
      ),
    ),
  token: z
    .string()
    .check(
      z.minLength(1, 'is missing'),
      z.maxLength(TOKEN_MAX, `is longer than ${TOKEN_MAX} characters`),
      z.regex(/^[\x21-\x7e]*$/, 'holds characters a token cannot have'),
    ),
  key: z.string().check(
    z.superRefine((key, ctx) => {
      const problem = keyTextProblem(key);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: key });
    }),
  ),
  access: z.enum(PAIRING_ACCESS, 'must be edit or view'),
});

export type Pairing = z.infer<typeof pairingSchema>;

const FIELD_WORDS: Record<keyof Pairing, string> = {
  server: 'server address',
  doc: 'document name',
  token: 'access token',
  key: 'encryption key',
  access: 'access',
};

export type PairingResult = { ok: true; pairing: Pairing } | { ok: false; problems: string[] };

function refuse(...problems: string[]): PairingResult {
  return { ok: false, problems };
}

/**
 * The link that pairs a device. `appUrl` is the app's own address (origin and path, for example
 * `location.origin + location.pathname`); whatever fragment it has is replaced.
 */
export function buildPairingLink(appUrl: string, pairing: Pairing): string {
  const parsed = pairingSchema.parse(pairing);
  const app = new URL(appUrl);
  app.hash = '';
  const fields = new URLSearchParams({
    server: parsed.server,
    doc: parsed.doc,
    token: parsed.token,
    key: parsed.key,
    access: parsed.access,
  });
  return `${app.href}${PAIR_HASH}?${fields.toString()}`;
}

/**
 * A pairing link read back, or the problems with it in words ("The link's encryption key is
 * missing."). Never throws. Fields in the link's query string (which a server would see) are
 * refused, not read.
 */
export function parsePairingLink(link: string): PairingResult {
  if (!URL.canParse(link.trim())) return refuse('This is not a link.');
  const url = new URL(link.trim());
  if (url.search !== '')
    return refuse(
      'This link carries its details where a server can read them; ask for a new pairing link.',
    );
  if (!isPairingLinkHash(url.hash)) return refuse('This is not a MedTech Ready pairing link.');
  const fields = new URLSearchParams(url.hash.slice(PAIR_HASH.length + 1));
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of Object.keys(FIELD_WORDS) as Array<keyof Pairing>) {
    const values = fields.getAll(name);
    if (values.length === 0) problems.push(`The link's ${FIELD_WORDS[name]} is missing.`);
    else if (values.length > 1) problems.push(`The link holds its ${FIELD_WORDS[name]} twice.`);
    else raw[name] = values[0] as string;
  }
  const unknown = [...new Set(fields.keys())].filter((name) => !Object.hasOwn(FIELD_WORDS, name));
  if (unknown.length > 0)
    problems.push(`The link holds something unexpected: ${unknown.join(', ')}.`);
  if (problems.length > 0) return refuse(...problems);
  const parsed = pairingSchema.safeParse(raw);
  if (parsed.success) return { ok: true, pairing: parsed.data };
  return refuse(
    ...parsed.error.issues.map(
      (issue) => `The link's ${FIELD_WORDS[issue.path[0] as keyof Pairing]} ${issue.message}.`,
    ),
  );
}
