/**
 * Which screen the address shows: a hash route, so the app needs no server rewrites and works
 * offline. A pairing link (`#/pair?…`) is the pairing screen. An address under `#/` that names no screen (or a report link whose id is not valid
 * percent-encoding) is 'not-found'; any other hash (an anchor such as #requirement-cpr-bls)
 * stays on the checklist. Reading an address never throws.
 */
import { useDeferredValue, useSyncExternalStore } from 'react';
import { ROUTE_HASHES, isPairingLinkHash } from '../ui/routes';
import type { NamedRoute } from '../ui/routes';

export type Route = NamedRoute | 'not-found';

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
  // A pairing link: the pairing screen reads its details (and then clears them from the address).
  if (isPairingLinkHash(hash)) return 'pair';
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

/**
 * The hash whose screen is shown, and whether the address has already moved on from it. The
 * screen follows the address as a deferred value: a screen whose code has not arrived yet (an
 * address typed, or a link followed before its code loaded) leaves the screen before it in place
 * until it can show (`changing` meanwhile), instead of a Suspense fallback after which React
 * holds the screen back for 300 ms.
 */
export function useHash(): { hash: string; changing: boolean } {
  const address = useSyncExternalStore(subscribe, currentHash);
  const hash = useDeferredValue(address);
  return { hash, changing: hash !== address };
}
