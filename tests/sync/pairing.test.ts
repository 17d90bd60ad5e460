import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/sync/crypto';
import { buildPairingLink, newDocumentName, parsePairingLink } from '../../src/sync/pairing';
import { aPairing as anyPairing } from './a-pairing';

const APP = 'https://medtech-ready.example/app/';

/** With a port, a path and a token of several kinds of character: each must survive the link. */
const aPairing = () =>
  anyPairing({ server: 'wss://sync.example.org:8443/', token: 'write-7f3a-Token_value.1' });

/** A link with one field of the fragment changed (or removed, with undefined). */
function withField(link: string, name: string, value: string | undefined): string {
  const [base, fragment] = link.split('#/pair?') as [string, string];
  const fields = new URLSearchParams(fragment);
  if (value === undefined) fields.delete(name);
  else fields.set(name, value);
  return `${base}#/pair?${fields.toString()}`;
}

function problemsOf(link: string): string[] {
  const result = parsePairingLink(link);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('pairing link', () => {
  it('reads back what it built, with every detail in the fragment', async () => {
    const pairing = await aPairing();
    const link = buildPairingLink(`${APP}#/settings`, pairing);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(APP);
    expect(url.search).toBe('');
    expect(url.hash.startsWith('#/pair?')).toBe(true);
    expect(link.indexOf(pairing.key)).toBeGreaterThan(link.indexOf('#'));
    expect(parsePairingLink(link)).toEqual({ ok: true, pairing });
    const advisor = { ...pairing, server: 'ws://127.0.0.1:1234', access: 'view' as const };
    expect(parsePairingLink(buildPairingLink(APP, advisor))).toEqual({
      ok: true,
      pairing: advisor,
    });
  });

  it('makes unguessable document names: 128 random bits each', () => {
    const names = Array.from({ length: 50 }, newDocumentName);
    expect(new Set(names).size).toBe(50);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a server address that is not ws:// or wss://', async () => {
    const link = buildPairingLink(APP, await aPairing());
    for (const server of [
      'https://sync.example.org',
      'http://127.0.0.1:1234',
      'ftp://x',
      'sync.example.org',
      'wss://user:pw@sync.example.org',
      'wss://sync.example.org/?token=1',
    ])
      expect(problemsOf(withField(link, 'server', server))).toEqual([
        expect.stringMatching(
          /^The link's server address is not a sync server address: it must start with wss:\/\//,
        ),
      ]);
    const pairing = { ...(await aPairing()), server: 'https://sync.example.org' };
    expect(() => buildPairingLink(APP, pairing)).toThrow();
  });

  it('refuses a link without its key, or with a key of the wrong length', async () => {
    const link = buildPairingLink(APP, await aPairing());
    expect(problemsOf(withField(link, 'key', undefined))).toEqual([
      "The link's encryption key is missing.",
    ]);
    expect(problemsOf(withField(link, 'key', toBase64Url(new Uint8Array(16))))).toEqual([
      "The link's encryption key is 16 bytes long; it must be 32 (43 characters).",
    ]);
    expect(problemsOf(withField(link, 'key', 'not*a*key'))).toEqual([
      "The link's encryption key is not base64url.",
    ]);
  });

  it('refuses a key or token in the query string, where a server would see it', async () => {
    const pairing = await aPairing();
    const leaky = `${APP}?key=${pairing.key}${buildPairingLink(APP, pairing).slice(APP.length)}`;
    expect(problemsOf(leaky)).toEqual([expect.stringContaining('where a server can read them')]);
  });

  it('says every problem of a bad link in words', async () => {
    const link = buildPairingLink(APP, await aPairing());
    expect(problemsOf('not a link')).toEqual(['This is not a link.']);
    expect(problemsOf(`${APP}#/settings`)).toEqual(['This is not a MedTech Ready pairing link.']);
    expect(problemsOf(withField(withField(link, 'doc', 'abc'), 'token', undefined))).toEqual([
      "The link's access token is missing.",
    ]);
    expect(problemsOf(withField(link, 'doc', 'abc'))).toEqual([
      "The link's document name is not a document name made by MedTech Ready (too short or mistyped).",
    ]);
    expect(problemsOf(withField(link, 'token', 'has space'))).toEqual([
      "The link's access token holds characters a token cannot have.",
    ]);
    expect(problemsOf(withField(link, 'access', 'admin'))).toEqual([
      "The link's access must be edit or view.",
    ]);
    expect(problemsOf(`${link}&doc=${newDocumentName()}`)).toEqual([
      'The link holds its document name twice.',
    ]);
    expect(problemsOf(`${link}&__proto__=1`)).toEqual([
      'The link holds something unexpected: __proto__.',
    ]);
  });
});
