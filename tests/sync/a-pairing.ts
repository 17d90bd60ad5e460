/** A pairing as a device keeps it (src/sync/pairing.ts), with a new document and key each time. */
import { generateSyncKey } from '../../src/sync/crypto';
import type { Pairing } from '../../src/sync/pairing';
import { newDocumentName } from '../../src/sync/pairing';

export async function aPairing(changes: Partial<Pairing> = {}): Promise<Pairing> {
  return {
    server: 'wss://sync.example.org',
    doc: newDocumentName(),
    token: 'write-token-0123456789',
    key: (await generateSyncKey()).text,
    access: 'edit',
    ...changes,
  };
}
