#!/usr/bin/env node
// Runs the end-to-end tests in Debian's Chromium against a fresh build.
// Without Chromium: a loud skip on a developer's machine, a failure under CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
