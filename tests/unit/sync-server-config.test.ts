/**
 * The one sync server a build may reach (vite.config.ts, MEDTECH_SYNC_SERVER): checked when the
 * app is built, and the only other host the Content Security Policy's connect-src names.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor, syncServerOf } from '../../vite.config';

describe('the configured sync server', () => {
  it('is a ws:// or wss:// server address, reduced to its origin', () => {
    expect(syncServerOf(undefined)).toBeUndefined();
    expect(syncServerOf('')).toBeUndefined();
    expect(syncServerOf('wss://sync.example.org')).toBe('wss://sync.example.org');
    expect(syncServerOf('ws://127.0.0.1:4321/')).toBe('ws://127.0.0.1:4321');
    for (const wrong of ['https://sync.example.org', 'sync.example.org', 'wss://x.org/path'])
      expect(() => syncServerOf(wrong)).toThrow(/MEDTECH_SYNC_SERVER/);
  });

  it('is the only host connect-src allows besides the app itself', () => {
    const connect = (policy: string) =>
      policy.split('; ').find((directive) => directive.startsWith('connect-src'));
    expect(connect(contentSecurityPolicyFor(undefined))).toBe("connect-src 'self'");
    expect(connect(contentSecurityPolicyFor('wss://sync.example.org'))).toBe(
      "connect-src 'self' wss://sync.example.org",
    );
  });
});
