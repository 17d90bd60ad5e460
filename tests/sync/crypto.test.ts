import { describe, expect, it } from 'vitest';
import {
  SealError,
  fromBase64Url,
  generateSyncKey,
  importSyncKey,
  openBytes,
  openValue,
  rowSlot,
  sealBytes,
  sealValue,
  toBase64Url,
} from '../../src/sync/crypto';

const MARKER = 'ZEBRA-MARKER-7731';
const PLACE = 'clinicalEntries/slot/notes';

async function refusal(promise: Promise<unknown>): Promise<SealError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SealError);
  return error as SealError;
}

describe('sync encryption', () => {
  it('opens what it sealed, for JSON values and for bytes', async () => {
    const key = await generateSyncKey();
    for (const value of ['a note', 0, 7.25, true, null, ['2026-01-02'], { byArea: { chem: 40 } }])
      expect(await openValue(key, await sealValue(key, value, PLACE), PLACE)).toEqual(value);
    const bytes = new Uint8Array(70_000).map((_, index) => index % 251);
    const sealed = await sealBytes(key, bytes, 'evidence/1');
    expect(sealed.length).toBe(bytes.length + 12 + 16);
    expect(await openBytes(key, sealed, 'evidence/1')).toEqual(bytes);
  });

  it('writes the key as 43 base64url characters and reads it back as the same key', async () => {
    const key = await generateSyncKey();
    expect(key.text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await importSyncKey(key.text);
    expect(await openValue(again, await sealValue(key, MARKER, PLACE), PLACE)).toBe(MARKER);
    expect(await rowSlot(again, 'settings', 'pathwayId')).toBe(
      await rowSlot(key, 'settings', 'pathwayId'),
    );
  });

  it('uses a fresh IV for every value', async () => {
    const key = await generateSyncKey();
    const sealed = await Promise.all(
      Array.from({ length: 20 }, () => sealValue(key, 'same', PLACE)),
    );
    expect(new Set(sealed).size).toBe(20);
    const ivs = sealed.map((text) => toBase64Url((fromBase64Url(text) as Uint8Array).slice(0, 12)));
    expect(new Set(ivs).size).toBe(20);
  });

  it('refuses a value sealed with another key, as a SealError', async () => {
    const sealed = await sealValue(await generateSyncKey(), MARKER, PLACE);
    const error = await refusal(openValue(await generateSyncKey(), sealed, PLACE));
    expect(error.problem).toBe('cannot-open');
  });

  it('refuses a tampered value, a value moved to another place, and text that is not sealed', async () => {
    const key = await generateSyncKey();
    const sealed = fromBase64Url(await sealValue(key, MARKER, PLACE)) as Uint8Array;
    for (const index of [0, 13, sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[index] = (tampered[index] as number) ^ 1;
      expect((await refusal(openValue(key, toBase64Url(tampered), PLACE))).problem).toBe(
        'cannot-open',
      );
    }
    expect((await refusal(openValue(key, toBase64Url(sealed), 'targets/slot/notes'))).problem).toBe(
      'cannot-open',
    );
    expect((await refusal(openValue(key, 'not base64!', PLACE))).problem).toBe('not-sealed');
    expect((await refusal(openValue(key, 'AAAA', PLACE))).problem).toBe('not-sealed');
    expect((await refusal(openBytes(key, sealed.slice(0, 20), PLACE))).problem).toBe('not-sealed');
  });

  it('never shows the plain text in what it seals', async () => {
    const key = await generateSyncKey();
    const sealed = await sealValue(key, `Drew blood at ${MARKER}`, PLACE);
    expect(sealed).not.toContain(MARKER);
    const raw = new TextDecoder('latin1').decode(fromBase64Url(sealed));
    expect(raw).not.toContain(MARKER);
    const bytes = await sealBytes(key, new TextEncoder().encode(MARKER.repeat(10)), 'evidence/1');
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain(MARKER);
  });

  it('refuses a key of the wrong length or alphabet', async () => {
    for (const text of [
      '',
      'abc',
      toBase64Url(new Uint8Array(16)),
      toBase64Url(new Uint8Array(33)),
      `${'a'.repeat(42)}!`,
    ])
      expect((await refusal(importSyncKey(text))).problem).toBe('bad-key');
  });

  it('gives each row an opaque slot that depends on the table, the row and the key', async () => {
    const key = await generateSyncKey();
    const slot = await rowSlot(key, 'requirementStates', 'mls:bls-card');
    expect(slot).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(slot).not.toContain('bls');
    expect(await rowSlot(key, 'requirementStates', 'mls:bls-card')).toBe(slot);
    expect(await rowSlot(key, 'settings', 'mls:bls-card')).not.toBe(slot);
    expect(await rowSlot(await generateSyncKey(), 'requirementStates', 'mls:bls-card')).not.toBe(
      slot,
    );
  });
});
