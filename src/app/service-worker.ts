/**
 * Registers the service worker (main.tsx calls it once the first screen is shown; its code stays
 * out of the first screen's JavaScript) and tells the store when a new version is waiting, so the
 * shell can offer to reload. Data lives in IndexedDB and is untouched by an update.
 */
import { useAppStore } from '../store/app-store';

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    applyUpdate = registerSW({
      onNeedRefresh: () => useAppStore.setState({ updateReady: true }),
    });
  });
}

/** Switch to the waiting version and reload. */
export function reloadToUpdate(): void {
  if (applyUpdate) void applyUpdate(true);
  else window.location.reload();
}
