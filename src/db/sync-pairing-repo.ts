/**
 * Where this device keeps its pairing (server, document, token, key, access): one row of the
 * `meta` table, so it never reaches a backup (a backup file holds no key to the synced records).
 * A stored value is read through the pairing link's own schema: a value that fails it reads as
 * "not paired", never as a half-pairing. The schema lives with the sync code, which is reached
 * only through import() (never on the first screen), and only when there is a row to check.
 */
import type { MedTechDatabase } from './database';

type Pairing = import('../sync/pairing').Pairing;

const PAIRING_KEY = 'syncPairing';
/**
 * The advisor token this device made for its document: only its hash is in the document, so the
 * link can be shown again only where it was made. Kept with the document's name, so a token made
 * for other records is never offered for these.
 */
const ADVISOR_TOKEN_KEY = 'syncAdvisorToken';

/** Keep this device's pairing (replacing any earlier one). */
export async function savePairing(db: MedTechDatabase, pairing: Pairing): Promise<void> {
  await db.meta.put({ key: PAIRING_KEY, value: { ...pairing } });
}

export type StoredAccess = 'view' | 'edit';

/**
 * What this device's stored pairing says about changing the records, read at start before any
 * record is shown (store/sync.ts), and whether to load the sync code at once (main.tsx): 'view'
 * on an advisor's device, 'edit' for any other pairing, undefined with none. One row, not
 * checked: the sync code checks it once loaded, and a pairing that fails its schema then reads as
 * none (sync-state.ts: resumeSync).
 */
export async function storedAccess(db: MedTechDatabase): Promise<StoredAccess | undefined> {
  const value: unknown = (await db.meta.get(PAIRING_KEY))?.value;
  if (value === undefined) return undefined;
  const access = typeof value === 'object' && value !== null && 'access' in value && value.access;
  return access === 'view' ? 'view' : 'edit';
}

/** This device's pairing, or undefined when it has none or what is stored is not one. */
export async function readPairing(db: MedTechDatabase): Promise<Pairing | undefined> {
  const row = await db.meta.get(PAIRING_KEY);
  if (row === undefined) return undefined;
  const { pairingSchema } = await import('../sync/pairing');
  const parsed = pairingSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Forget this device's pairing, and the advisor link it made. */
export async function deletePairing(db: MedTechDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.delete(PAIRING_KEY);
    await db.meta.delete(ADVISOR_TOKEN_KEY);
  });
}

/** Keep the advisor token this device made for the document `doc` (replacing an earlier one). */
export async function saveAdvisorToken(
  db: MedTechDatabase,
  doc: string,
  token: string,
): Promise<void> {
  await db.meta.put({ key: ADVISOR_TOKEN_KEY, value: { doc, token } });
}

/** The advisor token this device made for the document `doc`, if it made one. */
export async function readAdvisorToken(
  db: MedTechDatabase,
  doc: string,
): Promise<string | undefined> {
  const value: unknown = (await db.meta.get(ADVISOR_TOKEN_KEY))?.value;
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as { doc?: unknown; token?: unknown };
  return stored.doc === doc && typeof stored.token === 'string' ? stored.token : undefined;
}
