/**
 * Which screen the address shows: a hash route, so the app needs no server rewrites and works
 * offline. An address under `#/` that names no screen (or a report link whose id is not valid
 * percent-encoding) is 'not-found'; any other hash (an anchor such as #requirement-cpr-bls)
 * stays on the checklist. Reading an address never throws.
 */
import { useSyncExternalStore } from 'react';

/** The screens that have an address of their own. */
export type NamedRoute =
  | 'checklist'
  | 'targets'
  | 'clinical'
  | 'degree'
  | 'exam'
  | 'certifications'
  | 'settings'
  | 'backup'
  | 'report';

export type Route = NamedRoute | 'not-found';

export const ROUTE_HASHES: Record<NamedRoute, string> = {
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
  if (!hash.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    // A cut-short or hand-typed link ("%", "%E0%A4%A"): no target, so no report.
    return undefined;
  }
}

export function routeOf(hash: string): Route {
  if (reportTargetOf(hash) !== undefined) return 'report';
  const found = (Object.entries(ROUTE_HASHES) as [NamedRoute, string][]).find(
    ([, routeHash]) => routeHash === hash,
  );
  if (found) return found[0];
  return hash.startsWith('#/') ? 'not-found' : 'checklist';
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
