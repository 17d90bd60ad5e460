/**
 * Importing off the main thread: a file of a million rows and a 50 MB file are read and checked
 * in the import worker, the page shows the refusal or the progress, and nothing stored changes.
 *
 * "The page never blocks" is checked by what the page's own thread does, not by a wall-clock
 * bound (a long task is stretched by whatever else the machine runs; two suites side by side on
 * two cores once made a 50 MB check's longest task 1.4 s): the page never reads the file's bytes
 * (Blob text/arrayBuffer/stream, FileReader) and never runs JSON.parse on more than a small
 * string. A check moved back onto the page fails both. The longest main-thread task is printed;
 * `npm run bench` reports it on a quiet machine.
 *
 * The files are written to disk and chosen by path: a Buffer given to setInputFiles is decoded
 * inside the page by Playwright, which would itself be work on the page's thread.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, goTo, openApp, summary, test } from './fixtures';

const APPLY = 'Submit the MLT(ASCP) exam application and fee';

/** The most the page's own thread may read or parse while a file is checked: far below a file. */
const SMALL = 1_000_000;

// Heavy, and about the worker rather than the layout: run on the desktop project only
// (playwright.config.ts).

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen = {
      tasks: [] as { start: number; duration: number }[],
      progress: false,
      /** The most bytes the page's thread read from a Blob, and the longest text it parsed. */
      mostRead: 0,
      mostParsed: 0,
      /** Entries the observer holds but has not delivered yet (delivery waits for idle time). */
      collect: () => {},
    };
    Object.assign(window, { __importWatch: seen });
    const note = (entries: PerformanceEntryList) => {
      for (const entry of entries)
        seen.tasks.push({ start: entry.startTime, duration: entry.duration });
    };
    const observer = new PerformanceObserver((list) => note(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    seen.collect = () => note(observer.takeRecords());
    // The page's own thread (a worker has its own globals, untouched by this script).
    const parse = JSON.parse;
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      seen.mostParsed = Math.max(seen.mostParsed, String(text).length);
      return parse(text, reviver);
    }) as typeof JSON.parse;
    const noteRead = (blob: Blob) => (seen.mostRead = Math.max(seen.mostRead, blob.size));
    for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
      const original = Blob.prototype[method] as ((this: Blob) => unknown) | undefined;
      if (!original) continue;
      Object.defineProperty(Blob.prototype, method, {
        configurable: true,
        value(this: Blob) {
          noteRead(this);
          return original.call(this);
        },
      });
    }
    for (const method of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL'] as const) {
      const original = FileReader.prototype[method] as (this: FileReader, blob: Blob) => void;
      FileReader.prototype[method] = function (this: FileReader, blob: Blob) {
        noteRead(blob);
        original.call(this, blob);
      };
    }
    // Whether a progress bar was ever on screen, however briefly.
    new MutationObserver(() => {
      if (document.querySelector('progress')) seen.progress = true;
    }).observe(document, { childList: true, subtree: true });
  });
});

interface Watched {
  tasks: { start: number; duration: number }[];
  progress: boolean;
  mostRead: number;
  mostParsed: number;
  collect: () => void;
}

/** Start measuring now: returns the page time that later long tasks are counted from. */
function startMeasuring(page: Page): Promise<number> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __importWatch: Watched }).__importWatch;
    seen.progress = false;
    seen.mostRead = 0;
    seen.mostParsed = 0;
    return performance.now();
  });
}

interface Measured {
  /** The longest main-thread task since `from`, in ms (0 when none reached 50 ms). */
  longest: number;
  progress: boolean;
  mostRead: number;
  mostParsed: number;
}

async function measured(page: Page, from: number): Promise<Measured> {
  return page.evaluate(async (since) => {
    const seen = (window as unknown as { __importWatch: Watched }).__importWatch;
    // A task's entry is queued once the task has ended: let the page finish the one in progress.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    seen.collect();
    const durations = seen.tasks
      // A task that ended after measuring began counts (its recorded start can be earlier).
      .filter((task) => task.start + task.duration >= since)
      .map((task) => task.duration);
    return {
      longest: Math.max(0, ...durations),
      progress: seen.progress,
      mostRead: seen.mostRead,
      mostParsed: seen.mostParsed,
    };
  }, from);
}

/** Rows per object store, read straight from IndexedDB. */
function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('medtech-ready');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
        };
      }),
  );
}

function backupHead(): string {
  return JSON.stringify({
    format: 'medtech-ready-backup',
    version: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-01T00:00:00.000Z',
    evidenceIncluded: true,
  }).slice(0, -1);
}

const EMPTY_TABLES =
  '"requirementStates":[],"customRequirements":[],"settings":[],"certifications":[],"evidenceFiles":[],"degreeRecords":[],"courses":[],"examPlans":[],"targets":[]';

/**
 * How long a heavy file's check may take to answer: seconds of work in the worker, stretched on a
 * loaded machine. A ceiling against a hang, never a speed limit (the bench prints the figures).
 */
const HEAVY_CHECK = { timeout: 60_000 };

async function setUp(page: Page): Promise<Record<string, number>> {
  await openApp(page);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await goTo(page, 'Backup');
  await expect(page.getByRole('heading', { level: 2, name: 'Backup' })).toBeVisible();
  return storedCounts(page);
}

test('a file of 1,000,000 rows is refused for its size in rows, the page never blocks, nothing changes', async ({
  page,
}, testInfo) => {
  const rows = Array.from({ length: 1_000_000 }, (_, index) => `{"id":"e${index}"}`).join(',');
  const path = testInfo.outputPath('million-rows.json');
  await writeFile(path, `${backupHead()},"data":{${EMPTY_TABLES},"clinicalEntries":[${rows}]}}`);
  const before = await setUp(page);

  const from = await startMeasuring(page);
  await page.getByLabel('Backup file (.json)').setInputFiles(path);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'This file was not imported, and nothing was changed',
    HEAVY_CHECK,
  );
  await expect(alert).toContainText(
    'This file holds 1,000,000 clinical log entries; MedTech Ready keeps at most 20,000 clinical log entries.',
  );
  const { longest, progress, mostRead, mostParsed } = await measured(page, from);
  console.log(`1,000,000 rows: longest main-thread task ${longest.toFixed(0)} ms`);
  expect(mostRead).toBeLessThan(SMALL);
  expect(mostParsed).toBeLessThan(SMALL);
  expect(progress).toBe(true);
  await expect(page.getByLabel('Backup file (.json)')).toBeEnabled();
  expect(await storedCounts(page)).toEqual(before);
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('1 of 8 complete');
});

test('a 50 MB file is checked in the worker with progress shown, the page never blocks, nothing changes', async ({
  page,
}, testInfo) => {
  // 20,000 clinical entries (the limit), each with a 2,000-character note (the longest a form
  // takes), padded with white space to 50,000,000 bytes: a valid file at every limit.
  const note = 'n'.repeat(2000);
  const entries = Array.from(
    { length: 20_000 },
    (_, index) =>
      `{"id":"e${index}","date":"2026-0${1 + (index % 9)}-1${index % 10}","site":"City Hospital","area":"chemistry","hours":0.25,"notes":"${note}","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}`,
  ).join(',');
  const text = `${backupHead()},"data":{${EMPTY_TABLES},"clinicalEntries":[${entries}]}}`;
  const bytes = 50_000_000;
  expect(text.length).toBeLessThan(bytes);
  const path = testInfo.outputPath('fifty-megabytes.json');
  await writeFile(path, text + ' '.repeat(bytes - text.length));
  const before = await setUp(page);

  const from = await startMeasuring(page);
  await page.getByLabel('Backup file (.json)').setInputFiles(path);
  await expect(page.getByText(/A backup exported Nov 1, 2026/)).toBeVisible(HEAVY_CHECK);
  await expect(page.getByText('20,000 clinical log entries', { exact: true })).toBeVisible();
  const { longest, progress, mostRead, mostParsed } = await measured(page, from);
  console.log(`50 MB: longest main-thread task ${longest.toFixed(0)} ms`);
  expect(mostRead).toBeLessThan(SMALL);
  expect(mostParsed).toBeLessThan(SMALL);
  expect(progress).toBe(true);
  await expect(page.getByRole('button', { name: 'Replace everything' })).toBeEnabled();
  expect(await storedCounts(page)).toEqual(before);
});
