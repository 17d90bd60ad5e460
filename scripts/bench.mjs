#!/usr/bin/env node
// `npm run bench`: figures for a large database, measured in Debian's Chromium against a
// production build. Prints a table; it never fails on a slow machine (only on a broken app).
//
//   first screen with data   navigation to the clinical screen until its totals show 10,000 entries
//   bare Dexie read          the same records read with Dexie alone in the same origin, and totalled
//   re-render after adding   click on "Save hours" until the new total is on screen
//   tick a requirement       click on a checkbox until the readiness summary changes
//   import a backup          the same database exported, then checked in the import worker and
//                            written back (Replace); again with the clinical log at its row limit
//   JS heap after load       performance.memory.usedJSHeapSize on the clinical screen
import { existsSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4190;

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: sudo apt-get install -y chromium`);
  process.exit(1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

await build({ configFile: 'vite.bench.config.ts', logLevel: 'warn' });
const server = await preview({
  configFile: 'vite.bench.config.ts',
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const origin = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
  ],
});

try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));

  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const seeded = await page.evaluate((count) => window.medtechBench.seed(count), ENTRIES);

  const firstScreen = [];
  const bareRead = [];
  const bareTotal = [];
  const addOne = [];
  const tick = [];
  let heap = 0;
  const expected = `${seeded.total} of 10000 hours`;

  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${origin}/bench/seed.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const bare = await page.evaluate(() => window.medtechBench.bareRead());
    bareRead.push(bare.readMs);
    bareTotal.push(bare.totalMs);

    await page.goto(`${origin}/#/clinical`);
    const shown = await page.waitForFunction(
      (text) => {
        const bar = document.querySelector('[aria-label="Clinical hours counted"]');
        return bar?.getAttribute('aria-valuetext') === text ? performance.now() : false;
      },
      expected,
      { timeout: 60_000, polling: 'raf' },
    );
    firstScreen.push(await shown.jsonValue());
    heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);

    await page.getByRole('button', { name: 'Log hours' }).click();
    await page.getByLabel('Date').fill('2026-11-25');
    await page.getByLabel('Hours (quarter hours)').fill('0.25');
    await page.getByLabel('Site').fill('Bench');
    const before = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Save hours' }).click();
    const logged = await page.waitForFunction(
      (count) => document.body.textContent?.includes(`Log (${count} entries)`) && performance.now(),
      ENTRIES + run + 1,
      { timeout: 30_000, polling: 'raf' },
    );
    addOne.push((await logged.jsonValue()) - before);

    await page.goto(`${origin}/#/`);
    const box = page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' });
    await box.waitFor();
    const summaryBefore = await page.locator('.readiness__count strong').textContent();
    const tickStart = await page.evaluate(() => performance.now());
    await box.click();
    const ticked = await page.waitForFunction(
      (previous) =>
        document.querySelector('.readiness__count strong')?.textContent !== previous &&
        performance.now(),
      summaryBefore,
      { polling: 'raf' },
    );
    tick.push((await ticked.jsonValue()) - tickStart);
    await box.click();
    await page.waitForFunction(
      (previous) => document.querySelector('.readiness__count strong')?.textContent === previous,
      summaryBefore,
    );
  }

  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const imports = [];
  for (const entries of [10_000, await page.evaluate(() => window.medtechBench.rowLimit)])
    imports.push(await page.evaluate((count) => window.medtechBench.importBench(count), entries));

  const firstMedian = median(firstScreen);
  const bareMedian = median(bareRead) + median(bareTotal);
  const rows = [
    [
      'database',
      `${seeded.entries} clinical entries, 50 certifications, 100 requirements of the student's own`,
    ],
    ['first screen with data (clinical hours)', ms(firstMedian)],
    ['bare Dexie read of the same entries', ms(median(bareRead))],
    ['domain totals of the same entries', ms(median(bareTotal))],
    ['ratio first screen / (bare read + totals)', (firstMedian / bareMedian).toFixed(2)],
    ['re-render after adding one entry (click to new total)', ms(median(addOne))],
    ['tick a requirement (click to updated summary)', ms(median(tick))],
    ...imports.map((imported) => [
      `import ${imported.entries.toLocaleString('en-US')} entries (worker check + one transaction)`,
      `${ms(imported.checkMs + imported.writeMs)} (${(imported.bytes / 1024 / 1024).toFixed(1)} MB: check ${ms(imported.checkMs)}, write ${ms(imported.writeMs)}; longest main-thread task ${ms(imported.longestTaskMs)})`,
    ]),
    ['JS heap after load', `${(heap / 1024 / 1024).toFixed(1)} MB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nMedTech Ready benchmark: median of ${RUNS} runs, Chromium ${browser.version()}\n`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(
    '\nClick timings include Playwright’s round trip to the page (a few ms); first-screen times are\nmeasured inside the page from navigation start.',
  );
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
