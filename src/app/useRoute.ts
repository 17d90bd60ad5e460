/**
 * Which screen the address shows: a hash route, so the app needs no server rewrites and works
 * offline. Any other hash (an anchor such as #requirement-cpr-bls) stays on the checklist.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | 'checklist'
  | 'targets'
  | 'clinical'
  | 'degree'
  | 'exam'
  | 'certifications'
  | 'settings'
  | 'backup'
  | 'report';

export const ROUTE_HASHES: Record<Route, string> = {
  checklist: '#/',
  targets: '#/targets',
  clinical: '#/clinical',
  degree: '#/degree',
  exam: '#/exam',
  certifications: '#/certifications',
  settings: '#/settings',
  backup: '#/backup',
  report: '#/report',
};

/** The address of one target's printable report. */
export function reportHash(targetId: string): string {
  return `${ROUTE_HASHES.report}/${encodeURIComponent(targetId)}`;
}

/** The target id of a report address, if it is one. */
export function reportTargetOf(hash: string): string | undefined {
  const prefix = `${ROUTE_HASHES.report}/`;
  return hash.startsWith(prefix) ? decodeURIComponent(hash.slice(prefix.length)) : undefined;
}

export function routeOf(hash: string): Route {
  if (reportTargetOf(hash) !== undefined) return 'report';
  const found = (Object.entries(ROUTE_HASHES) as [Route, string][]).find(
    ([route, routeHash]) => route !== 'checklist' && routeHash === hash,
  );
  return found ? found[0] : 'checklist';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}

export function useRoute(): Route {
  return routeOf(useHash());
}
