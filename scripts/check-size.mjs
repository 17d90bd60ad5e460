#!/usr/bin/env node
// Prints the gzip size of the JavaScript the first screen loads (entry script + modulepreloads)
// and fails when it is over the budget. Bundle size is deterministic, so CI checks it.
// Usage: node scripts/check-size.mjs [--report-only]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 115;
const dist = 'dist';
const reportOnly = process.argv.includes('--report-only');

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('No dist/index.html: run `npm run build` first.');
  process.exit(1);
}

const initial = new Set();
for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) initial.add(match[1]);
for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
  initial.add(match[1]);

let total = 0;
for (const src of initial) {
  const bytes = readFileSync(join(dist, src.replace(/^\//, '')));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  total += gzip;
  console.log(`${(gzip / 1000).toFixed(1).padStart(7)} kB gzip  ${src}`);
}
const totalKb = total / 1000;
console.log(`initial JavaScript: ${totalKb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB)`);
if (!reportOnly && totalKb > BUDGET_KB) {
  console.error(
    `Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB: load more of the app on demand.`,
  );
  process.exit(1);
}
