/**
 * Which screen the address shows: a hash route, so the app needs no server rewrites and works
 * offline. Any other hash (an anchor such as #requirement-cpr-bls) stays on the checklist.
 */
import { useSyncExternalStore } from 'react';

export type Route = 'checklist' | 'clinical' | 'degree' | 'exam' | 'certifications' | 'settings';

export const ROUTE_HASHES: Record<Route, string> = {
  checklist: '#/',
  clinical: '#/clinical',
  degree: '#/degree',
  exam: '#/exam',
  certifications: '#/certifications',
  settings: '#/settings',
};

export function routeOf(hash: string): Route {
  const found = (Object.entries(ROUTE_HASHES) as [Route, string][]).find(
    ([route, routeHash]) => route !== 'checklist' && routeHash === hash,
  );
  return found ? found[0] : 'checklist';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return routeOf(useSyncExternalStore(subscribe, () => window.location.hash));
}
