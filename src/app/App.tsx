/** The app shell: header, the readiness summary, the pathway picker and the checklist. */
import { useEffect } from 'react';
import { Checklist } from '../features/checklist/Checklist';
import { PathwayPicker } from '../features/checklist/PathwayPicker';
import { ReadinessSummary } from '../features/readiness/ReadinessSummary';
import { useAppStore } from '../store/app-store';
import { useChecklist } from '../store/useChecklist';

export function App() {
  const status = useAppStore((state) => state.status);
  const loadError = useAppStore((state) => state.loadError);
  const writeError = useAppStore((state) => state.writeError);
  const dismissWriteError = useAppStore((state) => state.dismissWriteError);
  const refreshToday = useAppStore((state) => state.refreshToday);
  const { pathway, items, readiness } = useChecklist();

  // "Today" moves on while a tab stays open overnight.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshToday();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refreshToday);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refreshToday);
    };
  }, [refreshToday]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to checklist
      </a>
      <header className="app-header">
        <h1>MedTech Ready</h1>
        <p className="app-header__tagline">
          Your readiness checklist. Stored only in this browser.
        </p>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {writeError && (
          <div className="banner banner--error" role="alert">
            <p>{writeError}</p>
            <button type="button" className="button button--small" onClick={dismissWriteError}>
              Dismiss
            </button>
          </div>
        )}
        {status === 'failed' ? (
          <div className="banner banner--error" role="alert">
            <p>
              Your checklist could not be opened in this browser. If you are in a private window,
              storage may be turned off. ({loadError})
            </p>
          </div>
        ) : status === 'loading' ? (
          <p aria-live="polite">Opening your checklist…</p>
        ) : (
          <>
            <PathwayPicker pathway={pathway} />
            <ReadinessSummary pathway={pathway} readiness={readiness} />
            <Checklist items={items} />
          </>
        )}
      </main>
      <footer className="app-footer">
        <p>
          Requirements are drawn from the certifying bodies&apos; published rules and may change.
          Confirm with your program and the certifying body before you apply.
        </p>
      </footer>
    </>
  );
}
