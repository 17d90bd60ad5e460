#!/usr/bin/env node
// `npm run bench`: figures for a growing database, measured inside the page, in Debian's Chromium
// against a production build. Prints one table, each figure at every size beside its goal, and
// how much it grew from the smallest size to the largest. It never fails on a slow machine (only
// on a broken app); nothing here is asserted in tests.
//
//   first screen with data  navigation start until the clinical screen shows its totals
//   bare Dexie read         the same entries read with Dexie alone in the same origin, and totalled
//   bare page, cold         navigation start until a page holding only Dexie and the totals has
//                           opened the database, read the same entries and totalled them: the
//                           floor under a first screen that has to load its page first
//   add an entry            the click on "Save hours" until the log's new count is painted, clicked
//                           once the page is quiet after loading (settle(): the end of the page's
//                           own load is not the click's work). Twice per run: the first entry after
//                           a load (the code that adds runs for the first time, so it is compiled
//                           then) and another after it, as when a student logs several shifts
//   tick a requirement      the click on a checkbox until the new readiness figure is painted; the
//                           same way, first after a load and again after unticking
//   … main-thread work      of those, the time the page spent running tasks (Chrome's
//                           TaskDuration less DevToolsCommandDuration over the same span, the
//                           click dispatched from inside the page so that neither Playwright's
//                           checks before a click nor its calls are counted): the
//                           goals for adding and ticking are about this, since waiting for
//                           IndexedDB leaves the page free to respond
//   longest task            the longest main-thread task (PerformanceObserver 'longtask', which
//                           reports tasks of 50 ms and more) during the click that adds an entry
//   import a backup         the database exported, checked in the import worker and written back
//                           (Replace, keeping the copy for Undo import); up to the row limit
//   bare Dexie write        the same entries written back with Dexie alone in one transaction:
//                           the floor under an import on this machine's IndexedDB
//   JS heap after load      performance.memory.usedJSHeapSize on the clinical screen, after a
//                           garbage collection (what the page keeps, not what it has yet to free)
//
// Clicks are timed from the click event's own timestamp to the frame after the DOM change (a
// requestAnimationFrame, then a task: the first point after that frame is painted), so neither
// Playwright's round trip nor its polling is counted.
//
// BENCH_SIZES=1000,10000,20000 (default: up to the row limit of records/limits.ts, past which the app takes no new entry) and BENCH_RUNS=5 (median of; a click's figures vary by a third from one run to the next on a busy 2-core machine) change the work done.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4190;

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: sudo apt-get install -y chromium`);
  process.exit(1);
}

// The sync server the sync figure goes through, named in the build's CSP (vite.config.ts).
const SYNC_PORT = 4198;
const SYNC_TOKEN = 'bench-write-token-0123456789';
const SYNC_ENTRIES = Number(process.env.BENCH_SYNC_ENTRIES ?? 10_000);
process.env.MEDTECH_SYNC_SERVER = `ws://127.0.0.1:${SYNC_PORT}`;
const syncData = await mkdtemp(join(tmpdir(), 'medtech-bench-sync-'));
const syncServer = spawn(process.execPath, ['scripts/sync-server.mjs'], {
  env: {
    PATH: process.env.PATH,
    SYNC_HOST: '127.0.0.1',
    SYNC_PORT: String(SYNC_PORT),
    SYNC_DATA_DIR: syncData,
    SYNC_WRITE_TOKEN: SYNC_TOKEN,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  syncServer.stdout.on('data', (chunk) => {
    if (String(chunk).includes('listening on')) resolve();
  });
  syncServer.once('exit', (code) => reject(new Error(`sync server exited (${code})`)));
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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

/**
 * Installed in every page before the app runs: `__benchArm(selector, expected)` resolves with the
 * milliseconds from the next click to the paint after `selector`'s text becomes `expected` (or,
 * with `expected` null, changes), with the longest long task in between.
 */
function installClickTimer() {
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  window.__benchArm = (selector, expected) =>
    new Promise((resolve) => {
      const before = document.querySelector(selector)?.textContent ?? null;
      let clickedAt;
      addEventListener('click', (event) => (clickedAt = event.timeStamp), {
        capture: true,
        once: true,
      });
      const reached = () => {
        const text = document.querySelector(selector)?.textContent ?? null;
        return expected === null ? text !== before : text === expected;
      };
      const observer = new MutationObserver(() => {
        if (clickedAt === undefined || !reached()) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            const during = longTasks.filter((task) => task.startTime + task.duration >= clickedAt);
            resolve({
              ms: performance.now() - clickedAt,
              longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
            });
          }),
        );
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
}

/** Milliseconds the page's main thread has spent running tasks so far (CDP Performance). */
async function busyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  // Less the time spent answering DevTools (this script's own evaluate and metric calls).
  return (seconds('TaskDuration') - seconds('DevToolsCommandDuration')) * 1000;
}

/**
 * Wait until the page is quiet: less than 5 ms of main-thread work in a quarter of a second (or
 * 10 s have passed). A click is timed only once what the page was still doing after it showed its
 * screen (the other slices arriving, the judging and sync code loading, the chart drawing) is
 * over, so that the click's figure is the click's work and not the end of the page's load.
 */
async function settle(cdp) {
  const until = Date.now() + 10_000;
  let before = await busyMs(cdp);
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await busyMs(cdp);
    if (now - before < 5) return;
    before = now;
  }
}

/**
 * Click `element` once it is on screen and the page is quiet, and wait for the armed timer
 * (window.__benchDone): its figures, and the main-thread work from the click to the end. Clicked
 * from inside the page, so that Playwright's own checks before a click are not counted as work.
 * Scrolled to first, as a student sees what they click: a control off screen sits in an area the
 * browser has not rendered (content-visibility: auto), and clicking it there would time the
 * rendering of that area as the click's work.
 */
async function timedClick(page, cdp, element, never) {
  await element.scrollIntoViewIfNeeded();
  await settle(cdp);
  const start = await busyMs(cdp);
  await element.evaluate((target) => target.click());
  const done = await page.evaluate(
    (message) =>
      Promise.race([
        window.__benchDone,
        new Promise((_, reject) => setTimeout(() => reject(new Error(message)), 120_000)),
      ]),
    never,
  );
  return { ...done, busy: (await busyMs(cdp)) - start };
}

async function measure(page, entries) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const seeded = await page.evaluate((count) => window.medtechBench.seed(count), entries);
  const rowLimit = await page.evaluate(() => window.medtechBench.rowLimit);
  const figures = {
    first: [],
    read: [],
    totals: [],
    cold: [],
    add: [],
    addBusy: [],
    addTask: [],
    addAgain: [],
    addAgainBusy: [],
    tick: [],
    tickBusy: [],
    tickAgain: [],
    tickAgainBusy: [],
    heap: 0,
  };
  // The figures as the page writes them (domain/format.ts: the browser's locale, en-US here).
  const number = new Intl.NumberFormat('en-US').format;
  const expected = `${number(seeded.total)} of ${number(10000)} hours`;

  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${origin}/bench/seed.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const bare = await page.evaluate(() => window.medtechBench.bareRead());
    figures.read.push(bare.readMs);
    figures.totals.push(bare.totalMs);
    await page.goto(`${origin}/bench/bare.html`);
    const coldDone = await page.waitForFunction(() => document.body.dataset.doneAt, null, {
      timeout: 120_000,
    });
    figures.cold.push(Number(await coldDone.jsonValue()));

    await page.goto(`${origin}/#/clinical`);
    const shown = await page.waitForFunction(
      (text) => {
        const bar = document.querySelector('[aria-label="Clinical hours counted"]');
        return bar?.getAttribute('aria-valuetext') === text ? performance.now() : false;
      },
      expected,
      { timeout: 120_000, polling: 'raf' },
    );
    figures.first.push(await shown.jsonValue());
    await cdp.send('HeapProfiler.collectGarbage');
    figures.heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);

    // Past the row limit the app refuses a new entry (records/limits.ts), as it should: no figure.
    // Two entries per run: the first click after the load (the page's code not yet warm), and
    // one more, as a student logging a week's shifts in one sitting would.
    if (entries < rowLimit) {
      let logged = entries + run * 2;
      for (const [ms, busy, task] of [
        [figures.add, figures.addBusy, figures.addTask],
        [figures.addAgain, figures.addAgainBusy, []],
      ]) {
        logged += 1;
        await page.getByRole('button', { name: 'Log hours' }).click();
        await page.getByLabel('Date').fill('2026-11-25');
        await page.getByLabel('Hours (quarter hours)').fill('0.25');
        await page.getByLabel('Site').fill('Bench');
        await page.evaluate((count) => {
          // Kept on the page, not returned: evaluate would wait for it, and the click comes next.
          window.__benchDone = window.__benchArm('.entry-log h3', `Log (${count} entries)`);
        }, number(logged));
        // Found before the clock starts: Playwright's search by role is not the app's work.
        const save = await page.getByRole('button', { name: 'Save hours' }).elementHandle();
        const added = await timedClick(page, cdp, save, 'the new entry never showed');
        busy.push(added.busy);
        ms.push(added.ms);
        task.push(added.longestTaskMs);
      }
    }

    await page.goto(`${origin}/#/`);
    const box = page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' });
    await box.waitFor();
    // Readiness is counted once the judging code has given its verdicts (store/judging.ts).
    await page.locator('.readiness:not([aria-busy])').waitFor();
    // Ticked twice: the first tick after the load, then (once unticked) again.
    const figureBefore = await page.locator('.readiness__count strong').textContent();
    for (const [ms, busy] of [
      [figures.tick, figures.tickBusy],
      [figures.tickAgain, figures.tickAgainBusy],
    ]) {
      await page.evaluate(() => {
        window.__benchDone = window.__benchArm('.readiness__count strong', null);
      });
      const boxHandle = await box.elementHandle();
      const ticked = await timedClick(page, cdp, boxHandle, 'the tick never showed');
      busy.push(ticked.busy);
      ms.push(ticked.ms);
      // Unticked (Playwright checks the box did change), and shown in full, the figure included,
      // before the next tick is timed from it or the next run loads the page.
      await box.uncheck();
      await page.waitForFunction(
        (text) => document.querySelector('.readiness__count strong')?.textContent === text,
        figureBefore,
      );
    }
  }

  let imported;
  let bareWrite;
  if (entries <= rowLimit) {
    await page.goto(`${origin}/bench/seed.html`);
    await page.waitForSelector('body[data-ready="true"]');
    bareWrite = (await page.evaluate((count) => window.medtechBench.bareWrite(count), entries))
      .writeMs;
    imported = await page.evaluate((count) => window.medtechBench.importBench(count), entries);
  }
  const first = median(figures.first);
  const bare = median(figures.read) + median(figures.totals);
  return {
    first,
    read: median(figures.read),
    totals: median(figures.totals),
    ratio: first / bare,
    cold: median(figures.cold),
    coldRatio: first / median(figures.cold),
    add: figures.add.length > 0 ? median(figures.add) : undefined,
    addBusy: figures.addBusy.length > 0 ? median(figures.addBusy) : undefined,
    addTask: figures.addTask.length > 0 ? median(figures.addTask) : undefined,
    addAgain: figures.addAgain.length > 0 ? median(figures.addAgain) : undefined,
    addAgainBusy: figures.addAgainBusy.length > 0 ? median(figures.addAgainBusy) : undefined,
    tick: median(figures.tick),
    tickBusy: median(figures.tickBusy),
    tickAgain: median(figures.tickAgain),
    tickAgainBusy: median(figures.tickAgainBusy),
    import: imported ? imported.checkMs + imported.writeMs : undefined,
    bareWrite,
    importTask: imported?.longestTaskMs,
    heap: figures.heap / 1024 / 1024,
    rowLimit,
  };
}

const ROWS = [
  ['first screen with data (clinical hours)', 'first', 'ms', ''],
  ['bare Dexie read of the same entries', 'read', 'ms', ''],
  ['domain totals of the same entries', 'totals', 'ms', ''],
  ['ratio first screen / (bare read + totals)', 'ratio', '', '≤ 1.2'],
  ['bare page, cold (navigation to totals)', 'cold', 'ms', ''],
  ['ratio first screen / bare page, cold', 'coldRatio', '', ''],
  ['add an entry, first after load (click to paint)', 'add', 'ms', ''],
  ['  main-thread work while adding', 'addBusy', 'ms', '≤ 50 ms'],
  ['  longest task while adding', 'addTask', 'ms', '< 50 ms'],
  ['add another entry (click to paint)', 'addAgain', 'ms', ''],
  ['  main-thread work while adding', 'addAgainBusy', 'ms', '≤ 50 ms'],
  ['tick a requirement, first after load', 'tick', 'ms', ''],
  ['  main-thread work while ticking', 'tickBusy', 'ms', '≤ 16 ms'],
  ['tick it again (after unticking)', 'tickAgain', 'ms', ''],
  ['  main-thread work while ticking', 'tickAgainBusy', 'ms', '≤ 16 ms'],
  ['import a backup (worker check + write)', 'import', 'ms', '≤ 1000 ms'],
  ['  longest task while importing', 'importTask', 'ms', '< 200 ms'],
  ['  bare Dexie write of the same entries', 'bareWrite', 'ms', ''],
  ['JS heap after load', 'heap', 'MB', '≤ 25 MB'],
];

try {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(installClickTimer);
  const page = await context.newPage();
  // A step that cannot happen fails the run with its name instead of hanging it.
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));

  const results = [];
  for (const size of SIZES) {
    process.stdout.write(`measuring ${size.toLocaleString('en-US')} entries…\n`);
    results.push(await measure(page, size));
  }

  const format = (value, unit) =>
    value === undefined
      ? 'over limit'
      : unit === ''
        ? value.toFixed(2)
        : `${value.toFixed(1)} ${unit}`;
  const header = [
    'figure',
    ...SIZES.map((size) => `${size.toLocaleString('en-US')} entries`),
    'goal',
    `growth ×${SIZES.at(-1) / SIZES[0]} data`,
  ];
  const lines = ROWS.map(([label, key, unit, goal]) => {
    const values = results.map((result) => result[key]);
    const known = values.filter((value) => value !== undefined);
    const growth =
      known.length > 1 && known[0] > 0 ? `×${(known.at(-1) / known[0]).toFixed(1)}` : '';
    return [label, ...values.map((value) => format(value, unit)), goal, growth];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => String(line[column]).length)),
  );
  const print = (line) =>
    console.log(line.map((cell, column) => String(cell).padEnd(widths[column])).join('  '));
  console.log(
    `\nMedTech Ready benchmark: median of ${RUNS} runs, Chromium ${browser.version()}; each size also has 50 certifications and 100 requirements of the student's own.\n`,
  );
  print(header);
  for (const line of lines) print(line);
  // The largest file the app takes: the clinical log at its row limit.
  const limit = results[0].rowLimit;
  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const atLimit = await page.evaluate((count) => window.medtechBench.importBench(count), limit);
  console.log(
    `\nimport at the row limit (${limit.toLocaleString('en-US')} clinical entries, ${(atLimit.bytes / 1024 / 1024).toFixed(1)} MB): ${(atLimit.checkMs + atLimit.writeMs).toFixed(1)} ms (check ${atLimit.checkMs.toFixed(1)} ms in the worker, write ${atLimit.writeMs.toFixed(1)} ms); longest main-thread task ${atLimit.longestTaskMs.toFixed(1)} ms.`,
  );
  console.log('A file past the limit is refused before anything is written.');

  // Sync: one device sends its log through the sync server, a fresh device receives it.
  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const synced = await page.evaluate(
    ([count, server, token]) => window.medtechBench.syncBench(count, server, token),
    [SYNC_ENTRIES, process.env.MEDTECH_SYNC_SERVER, SYNC_TOKEN],
  );
  console.log(
    `\nsync (${SYNC_ENTRIES.toLocaleString('en-US')} clinical entries and a 10 MB file, through the sync server on 127.0.0.1): sent by one device in ${(synced.sendMs / 1000).toFixed(1)} s; received by a fresh device in ${(synced.receiveMs / 1000).toFixed(1)} s (goal ≤ 20 s).`,
  );
} finally {
  syncServer.kill('SIGTERM');
  await rm(syncData, { recursive: true, force: true });
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
