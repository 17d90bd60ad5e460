#!/usr/bin/env node
// Runs the end-to-end tests in Debian's Chromium against a fresh build.
// Without Chromium: a loud skip on a developer's machine, a failure under CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!existsSync(chromium)) {
  const banner = [
    '',
    '!'.repeat(78),
    `!! BROWSER TESTS ${ci ? 'FAILED' : 'SKIPPED'}: Chromium was not found at ${chromium}.`,
    "!! Install Debian's Chromium:  sudo apt-get update && sudo apt-get install -y chromium",
    '!! (or set CHROMIUM_PATH to a Chromium binary). Never run `npx playwright install`.',
    '!'.repeat(78),
    '',
  ].join('\n');
  console.error(banner);
  process.exit(ci ? 1 : 0);
}

/** A port nobody listens on now, so two checkouts can test side by side. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The sync specs start and stop their own sync server (tests/e2e/sync.spec.ts) on a port picked
// here, because the build must name it: its Content Security Policy lets the app reach only the
// sync server it was built with.
const syncPort = process.env.SYNC_E2E_PORT ?? String(await freePort());
const buildEnv = { ...process.env, MEDTECH_SYNC_SERVER: `ws://127.0.0.1:${syncPort}` };
run('npx', ['vite', 'build', '--logLevel', 'warn'], buildEnv);
// Playwright's config is read again in every worker: the ports go through the environment so
// that all of them agree on them.
const port = process.env.E2E_PORT ?? String(await freePort());
// `vite preview` (Playwright's web server) sends the CSP header vite.config.ts makes from the same
// variable, so it gets it too.
run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  ...buildEnv,
  E2E_PORT: port,
  SYNC_E2E_PORT: syncPort,
});
