/**
 * src/features/settings/sync-status-words.ts: how sync is going, in words, at a given moment.
 * Counts go through the plural helper ("1 change", "3 changes"); a time a little ahead of this
 * device's clock, or unreadable, is "just now", never "-1 min ago".
 */
import { describe, expect, it } from 'vitest';
import { syncStatusWords } from '../../src/features/settings/sync-status-words';

const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('syncStatusWords', () => {
  it.each([
    ['2026-11-25T10:00:00Z', 'Synced just now'],
    ['2026-11-25T09:59:30Z', 'Synced just now'],
    ['2026-11-25T10:00:20Z', 'Synced just now'],
    ['not a time', 'Synced just now'],
    ['2026-11-25T09:59:00Z', 'Synced 1 min ago'],
    ['2026-11-25T09:58:00Z', 'Synced 2 min ago'],
    ['2026-11-25T09:00:01Z', 'Synced 59 min ago'],
    ['2026-11-25T09:00:00Z', 'Synced 1 hour ago'],
    ['2026-11-25T07:00:00Z', 'Synced 3 hours ago'],
    ['2026-11-24T10:00:00Z', 'Synced 1 day ago'],
    ['2026-11-20T09:00:00Z', 'Synced 5 days ago'],
  ])('says a sync at %s was %j', (at, words) => {
    expect(syncStatusWords({ state: 'synced', at }, NOW)).toBe(words);
  });

  it.each([
    [0, 'Offline: no changes waiting'],
    [1, 'Offline: 1 change waiting'],
    [3, 'Offline: 3 changes waiting'],
    [1234, 'Offline: 1,234 changes waiting'],
  ])('counts %i waiting changes while offline', (waiting, words) => {
    expect(syncStatusWords({ state: 'offline', waiting }, NOW)).toBe(words);
  });

  it('says what to do about a newer version, and gives a refusal its own words', () => {
    expect(syncStatusWords({ state: 'newer-version' }, NOW)).toBe(
      'Another device runs a newer version: update to keep syncing',
    );
    expect(syncStatusWords({ state: 'refused', reason: 'The token was refused.' }, NOW)).toBe(
      'The token was refused.',
    );
    expect(syncStatusWords({ state: 'connecting' }, NOW)).toBe('Connecting to the sync server…');
  });
});
