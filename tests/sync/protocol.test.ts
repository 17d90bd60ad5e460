/**
 * The names the app and the sync server agree on (src/sync/protocol.mjs): every name the app
 * makes is one the server serves, and nothing that could leave the server's folder is.
 */
import { describe, expect, it } from 'vitest';
import { generateSyncKey, rowSlot } from '../../src/sync/crypto';
import { fileDocumentName } from '../../src/sync/evidence-documents';
import { buildPairingLink, newDocumentName, parsePairingLink } from '../../src/sync/pairing';
import { readTokenHash } from '../../src/sync/advisor-access';
import {
  READ_TOKEN_HASH,
  isServedDocumentName,
  readTokenHashIn,
} from '../../src/sync/protocol.mjs';

describe('isServedDocumentName', () => {
  it("serves every student's document and evidence file document the app names", async () => {
    const key = await generateSyncKey();
    for (let index = 0; index < 20; index += 1) {
      const doc = newDocumentName();
      expect(isServedDocumentName(doc)).toBe(true);
      const slot = await rowSlot(key, 'evidenceFiles', `evidence-${index}`);
      expect(isServedDocumentName(fileDocumentName(doc, slot))).toBe(true);
    }
  });

  it('serves nothing else', () => {
    const doc = newDocumentName();
    const slot = 'B'.repeat(22);
    for (const name of [
      '',
      'A'.repeat(21),
      'A'.repeat(65),
      `../${'A'.repeat(22)}`,
      `${'A'.repeat(22)}/x`,
      `${doc}.ydoc`,
      `${doc}.f.`,
      `${doc}.f.${slot}B`,
      `${doc}.f.${slot}.f.${slot}`,
      `${doc}.g.${slot}`,
      `.f.${slot}`,
    ])
      expect(isServedDocumentName(name), name).toBe(false);
  });

  it('is the rule a pairing link is read by: a name the server would refuse is refused', async () => {
    const doc = newDocumentName();
    const link = buildPairingLink('https://app.example/', {
      server: 'wss://sync.example',
      doc,
      token: 'write-token-0123456789',
      key: (await generateSyncKey()).text,
      access: 'edit',
    });
    expect(parsePairingLink(link).ok).toBe(true);
    for (const name of ['A'.repeat(64), 'A'.repeat(65), 'A'.repeat(21)])
      expect(parsePairingLink(link.replace(doc, name)).ok, name).toBe(isServedDocumentName(name));
  });
});

describe('readTokenHashIn', () => {
  const holding = (value: unknown) => new Map([[READ_TOKEN_HASH, value]]);

  it('reads the hash the app writes for a token', async () => {
    const hash = await readTokenHash('advisor-token-0123456789');
    expect(readTokenHashIn(holding(hash))).toBe(hash);
  });

  it('reads nothing else as a hash, so that no token is let in by it', async () => {
    const hash = await readTokenHash('advisor-token-0123456789');
    for (const value of [undefined, '', hash.slice(1), hash.toUpperCase(), `${hash}0`, 42, [hash]])
      expect(readTokenHashIn(holding(value)), String(value)).toBeUndefined();
    expect(readTokenHashIn(new Map())).toBeUndefined();
  });
});
