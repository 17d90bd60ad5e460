/**
 * The two offers to reload: a new version of the app is downloaded and waiting, or a newer
 * version opened in another tab has closed this tab's database. Both are rare, so they load on
 * demand, off the first screen. Records are untouched either way.
 */
interface ReloadBannersProps {
  updateReady: boolean;
  newerVersionOpened: boolean;
  /** Switch to the waiting version and reload (service-worker.ts). */
  onUpdate: () => void;
}

export function ReloadBanners({ updateReady, newerVersionOpened, onUpdate }: ReloadBannersProps) {
  return (
    <>
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
