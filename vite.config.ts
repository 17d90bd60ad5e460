import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The one sync server the built app may reach (docs/sync.md), given when it is built:
 * `MEDTECH_SYNC_SERVER=wss://sync.example.org npm run build`. Unset, the app connects to no other
 * host, and sync cannot be turned on. The app reads it as `import.meta.env.VITE_SYNC_SERVER`.
 */
export function syncServerOf(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'wss:' && url.protocol !== 'ws:') || url.pathname !== '/')
    throw new Error(
      `MEDTECH_SYNC_SERVER must be a server's address such as wss://sync.example.org, not ${value}`,
    );
  return url.origin;
}
const SYNC_SERVER = syncServerOf(process.env.MEDTECH_SYNC_SERVER);

/**
 * The built app forbids inline scripts, eval and every other host but the sync server, if one
 * is configured. Only the build gets it: Vite's dev server injects an inline script for hot reload.
 */
export function contentSecurityPolicyFor(syncServer: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    syncServer ? `connect-src 'self' ${syncServer}` : "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor(SYNC_SERVER);

/**
 * What a static host should send that a meta tag cannot: frame-ancestors (no page may frame the
 * app, against clickjacking), no MIME sniffing, no referrer, and no powerful features. The build
 * writes them as `_headers` (Netlify and Cloudflare Pages read it), and `vite preview` sends them,
 * so the end-to-end tests run under the same headers as the hosted app.
 */
const HOSTING_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

function hostingHeadersFile(): Plugin {
  const lines = Object.entries(HOSTING_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return {
    name: 'medtech-ready:hosting-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: ['/*', ...lines, ''].join('\n'),
      });
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'medtech-ready:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

type ModuleInfoOf = (id: string) => {
  isEntry: boolean;
  importers: readonly string[];
} | null;

/** The app's entry, index.html (the benchmark build has a second one, bench/seed.html). */
const APP_ENTRY = /\/index\.html$/;

/**
 * What loads beside the first screen as the app starts, with everything it imports that is not on
 * the first screen: the welcome (a first visit's screen, App.tsx), the judging code (loaded at
 * every start, store/judging.ts), the two banners (App.tsx), a requirement's verdict
 * (RequirementItem.tsx), and the add form and the hidden list (AreaSection.tsx). Split by
 * Rollup's rules they were about thirty chunks of 1–2 kB, each a request of its own before the
 * first screen could show: on a phone's network the round trips, not the bytes, were the wait.
 * They are one chunk, `start-up`. A later screen that shares a module with them imports it from
 * there, which costs nothing while the judging code loads at every start; a module named here
 * that no longer loads at start would be loaded with that chunk all the same.
 */
const START_UP = [
  /\/src\/features\/first-run\/FirstRun\.tsx$/,
  /\/src\/store\/judges\.ts$/,
  /\/src\/features\/certifications\/ExpiryBanner\.tsx$/,
  /\/src\/features\/backup\/BackupReminder\.tsx$/,
  /\/src\/features\/checklist\/(RecordStatus|AddRequirementForm|HiddenRequirements)\.tsx$/,
];

/** Every module that imports `id` statically, at any depth, and `id` itself. */
function importersOf(id: string, getModuleInfo: ModuleInfoOf): Set<string> {
  const seen = new Set<string>();
  const pending = [id];
  while (pending.length > 0) {
    const module = pending.pop() as string;
    if (seen.has(module)) continue;
    seen.add(module);
    pending.push(...(getModuleInfo(module)?.importers ?? []));
  }
  return seen;
}

/**
 * Rollup's manualChunks for the start: every module the app's entry imports statically, at any
 * depth, goes in one chunk, `first-screen`; what loads beside it at start goes in `start-up` (see
 * START_UP). With `entryScriptApart` the entry's own script
 * (main.tsx, which renders the app) stays out of the first chunk, for a build with another page
 * that shares the app's modules and must not start the app by importing them (the benchmark's
 * seeder).
 */
export function startChunks(entryScriptApart: boolean) {
  return (id: string, { getModuleInfo }: { getModuleInfo: ModuleInfoOf }) => {
    const importers = importersOf(id, getModuleInfo);
    const apart =
      entryScriptApart &&
      (getModuleInfo(id)?.importers ?? []).some((importer) => APP_ENTRY.test(importer));
    const fromEntry = [...importers].some(
      (module) => module !== id && APP_ENTRY.test(module) && getModuleInfo(module)?.isEntry,
    );
    if (fromEntry && !apart) return 'first-screen';
    return [...importers].some((module) => START_UP.some((root) => root.test(module)))
      ? 'start-up'
      : undefined;
  };
}

// One config for the app build and the three kinds of Vitest tests.
// Date rules are run again under two time zones far from UTC: a calendar date must never shift.
export default defineConfig({
  define: { 'import.meta.env.VITE_SYNC_SERVER': JSON.stringify(SYNC_SERVER ?? '') },
  plugins: [
    react(),
    contentSecurityPolicy(),
    hostingHeadersFile(),
    // Offline and installable. The service worker precaches the built app; a new version waits
    // until the student accepts the prompt to reload (registerType 'prompt'), so nobody is left
    // on a stale app silently and no open form is reloaded under them.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
      manifest: {
        name: 'MedTech Ready',
        short_name: 'MedTech Ready',
        description:
          'A private readiness checklist for students heading into medical technology careers.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f8f7',
        theme_color: '#0b6e4f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports (ES2022, service workers, IndexedDB) preloads modules
    // itself; the polyfill would only add 0.4 kB to the first screen.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Everything the first screen loads goes in one chunk beside the entry: one file
        // compresses better than several (the store, Dexie, React and the domain they share with
        // later screens were five chunks, about 1.2 kB more gzip), and later screens import from it.
        // What loads beside it at start goes in one more (startChunks).
        manualChunks: startChunks(false),
      },
    },
  },
  // The import worker (src/workers/) is an ES module, loaded with `{ type: 'module' }`.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', headers: HOSTING_HEADERS },
  test: {
    // A guard against a hang, not a speed limit: every wait inside a test is on a condition, and
    // a 2-core machine running two suites side by side is several times slower than an idle one.
    testTimeout: 60_000,
    // Dates and figures are written in the runtime's locale (domain/format.ts); Node takes its
    // default from the environment when a worker starts, so the tests name theirs: US English,
    // as Playwright's `locale` does for the browser.
    env: { LC_ALL: 'en_US.UTF-8' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'unit-los-angeles',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-kiritimati',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
      {
        // Sync: encryption, the pairing link, the document mapping, and the sync server started
        // on 127.0.0.1 by the tests themselves (never a server left running).
        extends: true,
        test: {
          name: 'sync',
          include: ['tests/sync/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fake-indexeddb.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
