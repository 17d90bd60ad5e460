/**
 * End-to-end tests: Debian's Chromium (never a downloaded browser) against the built app,
 * served by `vite preview` on 127.0.0.1. Run through scripts/test-e2e.mjs, which builds first
 * and decides what to do when Chromium is missing.
 */
import { defineConfig, devices } from '@playwright/test';

// scripts/test-e2e.mjs picks a free port, so a second checkout testing beside this one never
// collides; 4173 is only the default for a bare `npx playwright test`.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Guards against a hang, not speed limits: every step waits on a condition (web-first
  // assertions), and a loaded 2-core machine running two suites side by side must still pass.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Dates and figures follow the browser's locale (src/domain/format.ts): the specs read US ones.
    locale: 'en-US',
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Specs about one size run in one project: the phone layout (its own 390 px viewport) on the
    // phone; on the desktop only, what no layout changes: files in and out (backup, undo, the
    // import worker's heavy files), storage refusals, offline and the server's headers. The specs
    // a student's hands meet (checklist, forms, navigation, keyboard, first run, accessibility)
    // run at both sizes.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: ['**/phone.spec.ts'],
    },
    {
      name: 'phone-360',
      // Tests of a page that is the same at any width (tagged in their spec) run on the desktop.
      grepInvert: /@desktop-only/,
      testIgnore: [
        '**/import-worker.spec.ts',
        '**/import-undo.spec.ts',
        '**/backup.spec.ts',
        '**/storage.spec.ts',
        '**/offline.spec.ts',
        '**/hosting.spec.ts',
        // One sync server, started and stopped by its tests: they run once, here on the desktop.
        '**/sync.spec.ts',
      ],
      use: {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
