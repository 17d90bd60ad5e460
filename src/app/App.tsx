/**
 * The app shell: header and navigation, the write-error banner, the storage screen until the
 * records are open, then the screen the route names ("not found" for an address under #/ that
 * names none).
 */
import { Suspense, useEffect, useRef } from 'react';
import { Checklist } from '../features/checklist/Checklist';
import { PathwayPicker } from '../features/checklist/PathwayPicker';
import { ReadinessSummary } from '../features/readiness/ReadinessSummary';
import {
  dismissWriteError,
  refreshToday,
  useAppStore,
  useReadOnly,
  useSlicesLoaded,
} from '../store/app-store';
import { useNeedsWelcome } from '../store/first-run';
import { useChecklist } from '../store/useChecklist';
import { CHECKLIST_SLICES, CLINICAL_SLICES } from '../store/screen-slices';
import type { SliceKey } from '../db/snapshot';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstScreenShown } from './FirstScreenShown';
import { lazyComponent } from '../ui/lazy-component';
import type { PreloadableComponent } from '../ui/lazy-component';
import { reloadToUpdate } from './service-worker';
import {
  ADVISOR_NAVIGATION,
  ADVISOR_ROUTES,
  NAVIGATION,
  ROUTE_HASHES,
  TAB_BAR,
} from '../ui/routes';
import { reportTargetOf, routeOf, useHash } from './useRoute';
import type { Route } from './useRoute';

// Screens other than the checklist load on first visit, keeping the first screen's JavaScript
// small. Each one by route; the one the app opens on starts loading as this module runs, so its
// code arrives while its records are read, not after them, and it then renders without a
// Suspense fallback (ui/lazy-component.ts).
const SCREENS: Partial<Record<Route, PreloadableComponent<object>>> = {
  certifications: lazyComponent(
    async () =>
      (await import('../features/certifications/CertificationsScreen')).CertificationsScreen,
  ),
  settings: lazyComponent(
    async () => (await import('../features/settings/SettingsScreen')).SettingsScreen,
  ),
  clinical: lazyComponent(
    async () =>
      (await import('../features/clinical-hours/ClinicalHoursScreen')).ClinicalHoursScreen,
  ),
  degree: lazyComponent(async () => (await import('../features/degree/DegreeScreen')).DegreeScreen),
  exam: lazyComponent(async () => (await import('../features/exam/ExamScreen')).ExamScreen),
  clearances: lazyComponent(
    async () => (await import('../features/clearances/ClearancesScreen')).ClearancesScreen,
  ),
  backup: lazyComponent(async () => (await import('../features/backup/BackupScreen')).BackupScreen),
  targets: lazyComponent(
    async () => (await import('../features/targets/TargetsScreen')).TargetsScreen,
  ),
  // Phones only: the screens the bottom bar has no room for.
  more: lazyComponent(async () => (await import('./MoreScreen')).MoreScreen),
  pair: lazyComponent(async () => (await import('../features/pairing/PairScreen')).PairScreen),
};
const ReportScreen = lazyComponent(
  async () => (await import('../features/report/ReportScreen')).ReportScreen,
);
// Rare: an address that names no screen. It is handed the checklist's address: importing the
// route table from there would split the table into a chunk of its own on the first screen.
const NotFoundScreen = lazyComponent(async () => (await import('./NotFoundScreen')).NotFoundScreen);
// An advisor's device only, on a screen its link does not show.
const NotSharedScreen = lazyComponent(
  async () => (await import('./NotSharedScreen')).NotSharedScreen,
);
// Once: the welcome on first open, in place of the checklist.
const FirstRun = lazyComponent(
  async () => (await import('../features/first-run/FirstRun')).FirstRun,
);
// A reminder that matters once there are records to lose: off the first screen's script.
const BackupReminder = lazyComponent(
  async () => (await import('../features/backup/BackupReminder')).BackupReminder,
);
// Judges every card, so it loads with the judging code (store/judging.ts), not before the screen.
const ExpiryBanner = lazyComponent(
  async () => (await import('../features/certifications/ExpiryBanner')).ExpiryBanner,
);
// Rare: a new version waiting, or a newer one opened in another tab.
const ReloadBanners = lazyComponent(async () => (await import('./ReloadBanners')).ReloadBanners);
// Only a browser that cannot open the records needs these words.
const StorageProblem = lazyComponent(async () => (await import('./StorageProblem')).StorageProblem);

/** Start loading the code of the screen `route` names, if it is not on the first screen. */
function preloadScreen(route: Route): void {
  (route === 'report' ? ReportScreen : SCREENS[route])?.preload();
}

// A screen's code starts loading as soon as a link to it is pointed at, touched or focused, so
// that by the click it has mostly arrived and the screen renders at once (ui/lazy-component.ts).
// One listener for every in-app link (the navigation, the bottom bar, "More", links in screens),
// for the page's whole life, like the app itself.
for (const type of ['pointerover', 'pointerdown', 'focusin'])
  document.addEventListener(type, (event) => {
    const href = (event.target as Element).closest?.('a')?.getAttribute('href');
    if (href?.startsWith('#/')) preloadScreen(routeOf(href));
  });

const startRoute = routeOf(window.location.hash);
preloadScreen(startRoute);
// The checklist shows the welcome on a first visit, and otherwise these two beside it.
if (startRoute === 'checklist') {
  FirstRun.preload();
  ExpiryBanner.preload();
  BackupReminder.preload();
}

/**
 * The slices a screen needs before it shows, where they are fewer than all: the checklist and
 * the clinical log do not wait for each other (or for evidence files) to be read.
 */
const SCREEN_SLICES: Partial<Record<Route, readonly SliceKey[]>> = {
  checklist: CHECKLIST_SLICES,
  clinical: CLINICAL_SLICES,
};
const NONE: readonly SliceKey[] = [];

/** The shell inside the error boundary: whatever throws, routing included, never blanks the page. */
export function App() {
  return (
    <ErrorBoundary>
      <Shell />
    </ErrorBoundary>
  );
}

function Shell() {
  const status = useAppStore((state) => state.status);
  const loadError = useAppStore((state) => state.loadError);
  const writeError = useAppStore((state) => state.writeError);
  const newerVersionOpened = useAppStore((state) => state.newerVersionOpened);
  const updateReady = useAppStore((state) => state.updateReady);
  const setAsideMoved = useAppStore((state) => state.setAsideMoved ?? 0);
  const { hash, changing } = useHash();
  const route = routeOf(hash);
  // A screen with slices of its own shows once they have arrived; the others once all have.
  const ownSlices = SCREEN_SLICES[route];
  const ownLoaded = useSlicesLoaded(ownSlices ?? NONE);
  const shown = ownSlices ? ownLoaded : status === 'ready';
  const readOnly = useReadOnly();
  // An advisor's device shows only the readiness screens: the others are for editing.
  const notShared = readOnly && route !== 'not-found' && !ADVISOR_ROUTES.includes(route);
  const Screen = SCREENS[route];
  const navigation = readOnly ? ADVISOR_NAVIGATION : NAVIGATION;
  const tabBar = readOnly ? ADVISOR_NAVIGATION : TAB_BAR;
  const theme = useAppStore((state) => state.snapshot.settings.theme);

  // The theme chosen in settings; "system" leaves it to prefers-color-scheme.
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  const main = useRef<HTMLElement>(null);
  const previousRoute = useRef(route);

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
  }, []);

  // A new screen takes focus at its heading, so keyboard and screen-reader users start there.
  // Screens load lazily, so wait for the heading to appear.
  useEffect(() => {
    if (previousRoute.current === route) return;
    previousRoute.current = route;
    const container = main.current;
    if (!container) return;
    const focusHeading = () => {
      const heading = container.querySelector<HTMLElement>(`[data-screen-heading="${route}"]`);
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* index.html paints this header's first line and "Opening your records…" before any script. */}
      <header className="app-header">
        <h1>MedTech Ready</h1>
        <p className="app-header__tagline">
          {readOnly
            ? 'Read-only: nothing can be changed here.'
            : 'Your readiness checklist. Stored only in this browser.'}
        </p>
        <nav aria-label="Main" className="app-nav">
          <ul>
            {navigation.map((entry) => (
              <li key={entry.route}>
                <a
                  href={ROUTE_HASHES[entry.route]}
                  aria-current={route === entry.route ? 'page' : undefined}
                >
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main
        id="main"
        ref={main}
        className="app-main"
        tabIndex={-1}
        aria-busy={changing || undefined}
      >
        {(updateReady || newerVersionOpened || setAsideMoved > 0) && (
          <Suspense fallback={null}>
            <ReloadBanners
              updateReady={updateReady === true}
              newerVersionOpened={newerVersionOpened === true}
              onUpdate={reloadToUpdate}
              setAsideMoved={setAsideMoved}
              onDismissSetAside={() => useAppStore.setState({ setAsideMoved: undefined })}
            />
          </Suspense>
        )}
        {writeError && (
          <div className="banner banner--error" role="alert">
            <p>{writeError}</p>
            <button type="button" className="button button--small" onClick={dismissWriteError}>
              Dismiss
            </button>
          </div>
        )}
        {status === 'failed' ? (
          <Suspense
            fallback={
              <p className="opening" aria-live="polite">
                Opening…
              </p>
            }
          >
            <StorageProblem problem={loadError ?? { reason: 'other', detail: '' }} />
            <FirstScreenShown />
          </Suspense>
        ) : !shown ? (
          <p className="opening" aria-live="polite">
            Opening your records…
          </p>
        ) : (
          <ErrorBoundary address={hash}>
            <Suspense
              fallback={
                <p className="opening" aria-live="polite">
                  Opening…
                </p>
              }
            >
              {notShared ? (
                <NotSharedScreen route={route} summaryHref={ROUTE_HASHES.checklist} />
              ) : route === 'report' ? (
                <ReportScreen targetId={reportTargetOf(hash) ?? ''} />
              ) : route === 'not-found' ? (
                <NotFoundScreen checklistHref={ROUTE_HASHES.checklist} />
              ) : Screen ? (
                <Screen />
              ) : (
                <ChecklistScreen />
              )}
              {/* The checklist says so itself: it shows "Opening…" until the welcome is decided. */}
              {route !== 'checklist' && <FirstScreenShown />}
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      {/* Phones: five destinations at the bottom, in reach of a thumb; "More" lists the rest. */}
      <nav aria-label="Main" className="tab-bar">
        <ul>
          {tabBar.map((entry) => (
            <li key={entry.route}>
              <a
                href={ROUTE_HASHES[entry.route]}
                aria-current={
                  route === entry.route
                    ? 'page'
                    : route !== 'not-found' && entry.section.includes(route)
                      ? 'true'
                      : undefined
                }
              >
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <footer className="app-footer">
        <p>
          Requirements are drawn from the certifying bodies&apos; published rules and may change.
          Confirm with your program and the certifying body before you apply.
        </p>
      </footer>
    </>
  );
}

function ChecklistScreen() {
  const welcome = useNeedsWelcome();
  const { pathway, items, judged, readiness } = useChecklist();
  const readOnly = useReadOnly();
  if (welcome)
    return (
      <>
        <FirstRun />
        <FirstScreenShown />
      </>
    );
  // Not yet known whether this is a first visit: the welcome must not flash past a checklist.
  if (welcome === undefined)
    return (
      <p className="opening" aria-live="polite">
        Opening your records…
      </p>
    );
  if (!pathway) return <p aria-live="polite">Opening your checklist…</p>;
  return (
    <>
      <h2 className="visually-hidden" tabIndex={-1} data-screen-heading="checklist">
        Checklist
      </h2>
      {/* The answer to "am I ready, and what is left?" comes first, then what needs action. */}
      <ReadinessSummary pathway={pathway} readiness={readiness} />
      <Suspense fallback={null}>
        <ExpiryBanner />
        {!readOnly && <BackupReminder />}
      </Suspense>
      {/* An advisor reads the summary; the checklist itself is where the student edits. */}
      {!readOnly && (
        <>
          <PathwayPicker pathway={pathway} />
          <Checklist items={items} judged={judged} />
        </>
      )}
      <FirstScreenShown />
    </>
  );
}
