#!/usr/bin/env node
// `npm run audit`: Lighthouse (mobile) on the production build, in Debian's Chromium, offline
// but for 127.0.0.1. Prints the category scores and the metrics behind performance; the goals
// are performance ≥ 98, accessibility 100, best practices 100. A report, not a gate: scores vary
// with machine load.
import { existsSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';

const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4195;
if (!existsSync(CHROME_PATH)) {
  console.error(`Chromium not found at ${CHROME_PATH}: sudo apt-get install -y chromium`);
  process.exit(1);
}

await build({ logLevel: 'warn' });
const server = await preview({
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const chrome = await launch({
  chromePath: CHROME_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const url = `http://127.0.0.1:${PORT}/`;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync('lighthouse-report.html', String(result.report));
  console.log(`\nLighthouse (mobile) on ${url}, Chromium at ${CHROME_PATH}\n`);
  for (const category of Object.values(result.lhr.categories)) {
    console.log(`${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
  }
  console.log('');
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const audit = result.lhr.audits[id];
    if (audit)
      console.log(`${audit.title.padEnd(26)} ${audit.displayValue ?? ''} (score ${audit.score})`);
  }
  // What the largest paint was, and where its time went (Lighthouse's own breakdown).
  const lcp = result.lhr.audits['largest-contentful-paint-element']?.details;
  const items = lcp?.type === 'list' ? lcp.items : [];
  for (const item of items) {
    if (item.type !== 'table') continue;
    for (const row of item.items) {
      if (row.node) console.log(`  LCP element: ${row.node.snippet ?? row.node.selector}`);
      else if (row.phase)
        console.log(`  ${String(row.phase).padEnd(24)} ${Math.round(row.timing)} ms`);
    }
  }
  const failing = Object.values(result.lhr.audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
  );
  if (failing.length > 0)
    console.log(`\nAudits not passed: ${failing.map((audit) => audit.id).join(', ')}`);
  console.log('\nFull report: lighthouse-report.html');
} finally {
  chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
