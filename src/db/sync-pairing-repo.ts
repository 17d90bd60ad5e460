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

/** Keep this device's pairing (replacing any earlier one). */
export async function savePairing(db: MedTechDatabase, pairing: Pairing): Promise<void> {
  await db.meta.put({ key: PAIRING_KEY, value: { ...pairing } });
}

/** This device's pairing, or undefined when it has none or what is stored is not one. */
export async function readPairing(db: MedTechDatabase): Promise<Pairing | undefined> {
  const row = await db.meta.get(PAIRING_KEY);
  if (row === undefined) return undefined;
  const { pairingSchema } = await import('../sync/pairing');
  const parsed = pairingSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Forget this device's pairing. */
export async function deletePairing(db: MedTechDatabase): Promise<void> {
  await db.meta.delete(PAIRING_KEY);
}
