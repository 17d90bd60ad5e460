/**
 * Rare news, loaded on demand off the first screen: the two offers to reload (a new version of
 * the app is downloaded and waiting, or a newer version opened in another tab has closed this
 * tab's database; records are untouched either way), and records that today's rules refuse,
 * just moved aside (db/set-aside-repo.ts).
 */
import { countOf, pluralOf } from '../domain/plural';
import { ROUTE_HASHES } from '../ui/routes';

interface ReloadBannersProps {
  updateReady: boolean;
  newerVersionOpened: boolean;
  /** Switch to the waiting version and reload (service-worker.ts). */
  onUpdate: () => void;
  /** Records this start moved aside (0 for none), and how the student closes the news. */
  setAsideMoved: number;
  onDismissSetAside: () => void;
}

export function ReloadBanners({
  updateReady,
  newerVersionOpened,
  onUpdate,
  setAsideMoved,
  onDismissSetAside,
}: ReloadBannersProps) {
  return (
    <>
      {setAsideMoved > 0 && (
        <div className="banner banner--warn" role="status">
          <p>
            {countOf(setAsideMoved, 'record')} saved by an earlier version of the app{' '}
            {pluralOf(setAsideMoved, 'breaks', 'break')} today’s limits, so{' '}
            {pluralOf(setAsideMoved, 'it was', 'they were')} set aside.{' '}
            <a href={ROUTE_HASHES.backup}>See what and why on the Backup screen</a>.
          </p>
          <button type="button" className="button button--small" onClick={onDismissSetAside}>
            Dismiss
          </button>
        </div>
      )}
      {updateReady && (
        <div className="banner banner--info" role="status">
          <p>
            A new version of MedTech Ready is ready. Reload to use it; your records stay as they
            are.
          </p>
          <button type="button" className="button button--small button--primary" onClick={onUpdate}>
            Reload now
          </button>
        </div>
      )}
      {newerVersionOpened && (
        <div className="banner banner--error" role="alert">
          <p>
            A newer version of MedTech Ready was opened in another tab. Reload this tab to keep
            working; everything you saved is kept.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        </div>
      )}
    </>
  );
}
