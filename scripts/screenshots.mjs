#!/usr/bin/env node
// `npm run screenshots`: builds the app and writes every screen at 390 px and 1280 px, light and
// dark, into docs/screenshots/ (tests/screenshots/screens.spec.ts), in Debian's Chromium against
// `vite preview` on a free port, as scripts/test-e2e.mjs does. Not part of npm test or CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const OUT = 'docs/screenshots';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. Install Debian's: sudo apt-get install -y chromium`,
  );
  process.exit(1);
}

/** A port nobody listens on now. */
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

// A fresh set: a screen that was renamed or removed leaves no stale picture behind.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const port = process.env.E2E_PORT ?? String(await freePort());
run('npx', ['playwright', 'test', '--config', 'playwright.screenshots.config.ts'], {
  ...process.env,
  E2E_PORT: port,
});

const files = readdirSync(OUT);
const bytes = files.reduce((sum, file) => sum + statSync(join(OUT, file)).size, 0);
console.log(
  `${files.length} screenshots in ${OUT}, ${(bytes / 1024 / 1024).toFixed(1)} MB in all.`,
);
