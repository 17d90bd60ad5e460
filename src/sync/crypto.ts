/**
 * End-to-end encryption for sync: everything a device sends to the sync server is sealed here
 * first, with WebCrypto (globalThis.crypto.subtle, in browsers and in Node 20), so the server
 * stores and merges ciphertext it cannot read.
 *
 * One secret per student: 32 random bytes, written as base64url (43 characters) in the pairing
 * link's fragment. From it come two keys that never leave the device:
 * - an AES-GCM 256 key that seals field values and evidence bytes (a fresh random 96-bit IV per
 *   value, stored before the ciphertext), with the value's place (table, row, field) as additional
 *   data, so the server cannot move a sealed value to another field or row unnoticed;
 * - an HMAC-SHA-256 key (HKDF from the secret) that turns a row's own key into an opaque slot
 *   name, so the server does not learn which requirement was ticked or which setting was saved,
 *   while two devices still put the same row in the same slot.
 *
 * A value that cannot be opened (wrong key, tampered, not ciphertext) is a `SealError`, never a raw
 * DOMException. Sync code only: loaded on demand, never by the first screen.
 */

const SECRET_BYTES = 32;
const IV_BYTES = 12;
/** AES-GCM's authentication tag, appended to every ciphertext. */
const TAG_BYTES = 16;
/** Slot names keep 128 bits of the HMAC: collisions are out of reach, names stay short. */
const SLOT_BYTES = 16;
const SLOT_INFO = 'medtech-ready sync row slots v1';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Why a key or a sealed value was refused. */
export type SealProblem = 'bad-key' | 'cannot-open' | 'not-sealed';

/** A key that is not one, or a value this key cannot open: wrong key, tampered, or not ciphertext. */
export class SealError extends Error {
  readonly problem: SealProblem;

  constructor(problem: SealProblem, message: string) {
    super(message);
    this.name = 'SealError';
    this.problem = problem;
  }
}

/** The keys of one student's synced records, made from the secret in the pairing link. */
export interface SyncKey {
  /** The secret as base64url, for a pairing link's fragment. */
  readonly text: string;
  readonly cipher: CryptoKey;
  readonly slots: CryptoKey;
}

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode's arguments are on the stack.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padded or not) as bytes, or undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1)
    return undefined;
  const binary = atob(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Why `text` is not a sync secret ("is not base64url"), or null. */
export function keyTextProblem(text: string): string | null {
  const bytes = fromBase64Url(text);
  if (bytes === undefined) return 'is not base64url';
  if (bytes.length !== SECRET_BYTES)
    return `is ${bytes.length} bytes long; it must be ${SECRET_BYTES} (${Math.ceil((SECRET_BYTES * 4) / 3)} characters)`;
  return null;
}

async function keysFrom(secret: Uint8Array<ArrayBuffer>): Promise<SyncKey> {
  const subtle = globalThis.crypto.subtle;
  const cipher = await subtle.importKey('raw', secret, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  const base = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const slots = await subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: encoder.encode(SLOT_INFO),
    },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { text: toBase64Url(secret), cipher, slots };
}

/** A new random secret for a student's synced records, and its keys. */
export function generateSyncKey(): Promise<SyncKey> {
  return keysFrom(globalThis.crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** The keys of a secret written as base64url (from a pairing link); a `SealError` if it is not one. */
export function importSyncKey(text: string): Promise<SyncKey> {
  const problem = keyTextProblem(text);
  if (problem !== null)
    return Promise.reject(new SealError('bad-key', `The encryption key ${problem}.`));
  return keysFrom(fromBase64Url(text) as Uint8Array<ArrayBuffer>);
}

async function seal(
  key: SyncKey,
  plain: Uint8Array<ArrayBuffer>,
  place: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(place) },
    key.cipher,
    plain,
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return out;
}

async function open(
  key: SyncKey,
  sealed: Uint8Array,
  place: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < IV_BYTES + TAG_BYTES)
    throw new SealError('not-sealed', 'This value is too short to be encrypted data.');
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: sealed.slice(0, IV_BYTES),
        additionalData: encoder.encode(place),
      },
      key.cipher,
      sealed.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    // WebCrypto says only OperationError: a wrong key and a changed byte look the same.
    throw new SealError(
      'cannot-open',
      'This value cannot be decrypted: it was encrypted with another key, or changed since.',
    );
  }
}

/**
 * A JSON value sealed as base64url text (IV ‖ ciphertext ‖ tag). `place` names where it is kept
 * (for example "clinicalEntries/<slot>/notes"); opening it elsewhere fails.
 */
export async function sealValue(key: SyncKey, value: unknown, place: string): Promise<string> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Only JSON values can be sealed.');
  return toBase64Url(await seal(key, encoder.encode(json), place));
}

/** The value `sealValue` sealed at `place`; a `SealError` when it cannot be opened. */
export async function openValue(key: SyncKey, text: string, place: string): Promise<unknown> {
  const bytes = fromBase64Url(text);
  if (bytes === undefined) throw new SealError('not-sealed', 'This value is not base64url.');
  const plain = await open(key, bytes, place);
  try {
    return JSON.parse(decoder.decode(plain));
  } catch {
    throw new SealError('not-sealed', 'This value was not sealed by MedTech Ready.');
  }
}

/** Bytes (an evidence file) sealed: IV ‖ ciphertext ‖ tag. */
export function sealBytes(
  key: SyncKey,
  bytes: Uint8Array<ArrayBuffer>,
  place: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return seal(key, bytes, place);
}

/** The bytes `sealBytes` sealed at `place`; a `SealError` when they cannot be opened. */
export function openBytes(
  key: SyncKey,
  sealed: Uint8Array,
  place: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return open(key, sealed, place);
}

/**
 * The opaque name under which a row is kept in the synced document: HMAC(table, row key),
 * base64url. The same on every device with the key; says nothing of the row to the server.
 */
export async function rowSlot(key: SyncKey, table: string, rowKey: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    key.slots,
    encoder.encode(`${table}\u0000${rowKey}`),
  );
  return toBase64Url(new Uint8Array(mac, 0, SLOT_BYTES));
}
