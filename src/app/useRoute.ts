/**
 * Which screen the address shows: a hash route, so the app needs no server rewrites and works
 * offline. Any other hash (an anchor such as #requirement-cpr-bls) stays on the checklist.
 */
import { useSyncExternalStore } from 'react';

export type Route = 'checklist' | 'certifications' | 'settings';

export const ROUTE_HASHES: Record<Route, string> = {
  checklist: '#/',
  certifications: '#/certifications',
  settings: '#/settings',
};

export function routeOf(hash: string): Route {
  if (hash === ROUTE_HASHES.certifications) return 'certifications';
  if (hash === ROUTE_HASHES.settings) return 'settings';
  return 'checklist';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return routeOf(useSyncExternalStore(subscribe, () => window.location.hash));
}
