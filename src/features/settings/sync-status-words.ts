/**
 * How sync is going, in the student's words: "Synced 2 min ago", "Offline: 3 changes waiting".
 * The one place the session's status becomes words; `now` is passed in (the screen's clock), so
 * the words can be checked at any moment. Counts go through domain/plural.ts.
 */
import { countOf } from '../../domain/plural';
import type { SyncStatus } from '../../store/sync-state';

const MINUTE = 60_000;

/** "just now", "2 min ago", "3 hours ago", "4 days ago": how long before `now` `at` was. */
function agoInWords(at: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(at)) / MINUTE);
  // An unreadable time, or one a little ahead of this device's clock, is as good as now.
  if (!(minutes >= 1)) return 'just now';
  if (minutes < 60) return `${countOf(minutes, 'min', 'min')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${countOf(hours, 'hour')} ago`;
  return `${countOf(Math.floor(hours / 24), 'day')} ago`;
}

export function syncStatusWords(status: SyncStatus, now: number): string {
  switch (status.state) {
    case 'connecting':
      return 'Connecting to the sync server…';
    case 'synced':
      return `Synced ${agoInWords(status.at, now)}`;
    case 'offline':
      return status.waiting === 0
        ? 'Offline: no changes waiting'
        : `Offline: ${countOf(status.waiting, 'change')} waiting`;
    case 'newer-version':
      return 'Another device runs a newer version: update to keep syncing';
    case 'refused':
      return status.reason;
    case 'other-tab':
      return 'Sync runs in another tab of this browser. This tab takes over when that one is closed.';
  }
}
