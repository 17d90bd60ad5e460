/**
 * Sync in Chromium (issue #14): two browser profiles paired through the real sync server
 * (scripts/sync-server.mjs, started and stopped here on the port the build names; see
 * scripts/test-e2e.mjs), and a profile that never turns sync on. Every wait is on what the
 * screens show; the timeouts only guard against a hang.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startServer, stopServer } from '../sync/server-process';
import { TODAY, expect, goTo, openApp, summary, test } from './fixtures';

const SYNC_PORT = process.env.SYNC_E2E_PORT;
const WRITE_TOKEN = 'e2e-write-token-0123456789abcdef';
const MARKER = 'ZEBRA-MARKER-5521';
const APPLY = 'Submit the MLT(ASCP) exam application and fee';
/** The bound for both devices to show the union after the server is back (printed). */
const UNION_WITHIN_MS = 10_000;

// One server on one port, stopped and started by the tests: one test at a time, on the desktop
// project only (playwright.config.ts).
test.describe.configure({ mode: 'serial' });

let directory: string;
let server: ChildProcess | undefined;

test.beforeEach(async () => {
  // Never a silent skip: without the port, the build under test names no sync server.
  if (!SYNC_PORT)
    throw new Error(
      'Run through `npm test` (scripts/test-e2e.mjs): the app must be built naming the sync server.',
    );
  directory = await mkdtemp(join(tmpdir(), 'medtech-e2e-sync-'));
  ({ child: server } = await startServer(serverEnv()));
});

function serverEnv(): Record<string, string> {
  return {
    SYNC_PORT: String(SYNC_PORT),
    SYNC_DATA_DIR: directory,
    SYNC_WRITE_TOKEN: WRITE_TOKEN,
    // Written soon after each change, so the storage check below need not wait long.
    SYNC_STORE_DEBOUNCE_MS: '100',
  };
}

test.afterEach(async () => {
  if (server) await stopServer(server);
  server = undefined;
  await rm(directory, { recursive: true, force: true });
});

interface Shift {
  date: string;
  hours: string;
  site: string;
}

async function logHours(page: Page, shift: Shift): Promise<void> {
  await goTo(page, 'Clinical hours');
  await page.getByRole('button', { name: 'Log hours' }).click();
  await page.getByLabel('Date').fill(shift.date);
  await page.getByLabel('Hours (quarter hours)').fill(shift.hours);
  await page.getByLabel('Site').fill(shift.site);
  await page.getByLabel('Rotation area').selectOption('chemistry');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByRole('button', { name: 'Log hours' })).toBeVisible();
}

/** The clinical log's entries as the screen lists them, e.g. "Nov 20, 2026 · 7.5 h · …". */
function logEntries(page: Page) {
  return page.locator('.entry-list .entry__main');
}

/** A second browser profile: its own IndexedDB, the same fixed day as the fixture's page. */
async function secondDevice(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  return page;
}

/** Turn sync on in Settings; resolves with the pairing link once the first sync is done. */
async function turnOnSync(page: Page): Promise<string> {
  await goTo(page, 'Settings');
  // The build names its server: the address is filled in already.
  await expect(page.getByLabel('Sync server address')).toHaveValue(`ws://127.0.0.1:${SYNC_PORT}`);
  await page.getByLabel('Access token').fill(WRITE_TOKEN);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(page.getByText('Synced just now')).toBeVisible();
  return page.getByRole('textbox', { name: 'Pairing link' }).inputValue();
}

/**
 * Open a pairing link and join: the join waits for the records, so the checklist opens with them
 * (never the welcome of a fresh start).
 */
async function joinFrom(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to MedTech Ready' })).toHaveCount(0);
}

async function exportBackup(page: Page): Promise<Record<string, unknown>> {
  await goTo(page, 'Backup');
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await started;
  return JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
}

/** A backup's records, less what belongs to one device (its theme, its last backup) and when. */
function recordsOf(backup: Record<string, unknown>) {
  const data = { ...(backup.data as Record<string, unknown>) };
  data.settings = (data.settings as { key: string }[]).filter(
    (row) => !['theme', 'lastBackupOn'].includes(row.key),
  );
  return data;
}

/** What Chromium reports while the server is down and the provider tries again. */
const SERVER_DOWN =
  /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed: .*ERR_CONNECTION_REFUSED/;

test('two paired devices change the same records with the server down, and agree once it is back', async ({
  page,
  browser,
  watch,
}) => {
  watch.expectedConsoleErrors.push(SERVER_DOWN);
  const errorsB: string[] = [];
  const shared: Shift = { date: '2026-11-20', hours: '7.5', site: 'City Hospital' };
  await openApp(page);
  await logHours(page, shared);
  const link = await turnOnSync(page);

  const other = await secondDevice(browser, errorsB);
  await joinFrom(other, link);
  await goTo(other, 'Clinical hours');
  await expect(logEntries(other)).toHaveText([/Nov 20, 2026 · 7.5 h · Chemistry · City Hospital/]);

  // The server goes down; each device carries on.
  if (server) await stopServer(server);
  server = undefined;
  await goTo(page, 'Checklist');
  await page.getByRole('checkbox', { name: APPLY }).check();
  await logHours(page, { date: '2026-11-21', hours: '6', site: 'Memorial' });
  await page.getByRole('button', { name: /Edit entry of Nov 20, 2026/ }).click();
  await page.getByLabel('Hours (quarter hours)').fill('8');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(logEntries(page)).toContainText([/Nov 20, 2026 · 8 h · Chemistry · City Hospital/]);

  await goTo(other, 'Checklist');
  await other.getByRole('button', { name: `Edit ${APPLY}` }).click();
  await other.getByLabel('Note (optional)').fill('Fee paid by the program');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    other.locator('.requirement__note', { hasText: 'Fee paid by the program' }),
  ).toBeVisible();
  await logHours(other, { date: '2026-11-22', hours: '5', site: 'Valley Clinic' });
  await other.getByRole('button', { name: /Edit entry of Nov 20, 2026/ }).click();
  await other.getByLabel('Site').fill('County Lab');
  await other.getByLabel('Notes (optional)').fill(`Met ${MARKER}`);
  await other.getByRole('button', { name: 'Save hours' }).click();
  await expect(logEntries(other)).toContainText([/Nov 20, 2026 · 7.5 h · Chemistry · County Lab/]);

  // The server is back: both show the union. The time is printed beside the bound, not
  // asserted: a suite that passes only on a quiet machine is broken, and under two suites side by
  // side on two cores the same merge takes several times as long.
  ({ child: server } = await startServer(serverEnv()));
  const back = Date.now();
  const union = [
    /Nov 22, 2026 · 5 h · Chemistry · Valley Clinic/,
    /Nov 21, 2026 · 6 h · Chemistry · Memorial/,
    /Nov 20, 2026 · 8 h · Chemistry · County Lab/,
  ];
  // A guard against a hang only (the provider tries again every 5 s at most).
  await expect(logEntries(page)).toHaveText(union, { timeout: 60_000 });
  await expect(logEntries(other)).toHaveText(union, { timeout: 60_000 });
  const merged = Date.now() - back;
  console.log(
    `sync e2e: both devices showed the union ${merged} ms after the server was back (bound ${UNION_WITHIN_MS} ms)`,
  );

  for (const device of [page, other]) {
    await goTo(device, 'Checklist');
    await expect(device.getByRole('checkbox', { name: APPLY })).toBeChecked();
    await expect(
      device.locator('.requirement__note', { hasText: 'Fee paid by the program' }),
    ).toBeVisible();
  }
  // Their exports hold the same records.
  expect(recordsOf(await exportBackup(page))).toEqual(recordsOf(await exportBackup(other)));

  // The server's storage: ciphertext only.
  const stored = await readStorage();
  expect(stored.length).toBeGreaterThan(0);
  for (const bytes of stored) {
    expect(bytes.includes(MARKER)).toBe(false);
    expect(bytes.includes('County Lab')).toBe(false);
  }
  expect(errorsB.filter((message) => !SERVER_DOWN.test(message))).toEqual([]);
  await other.context().close();
});

/** A PDF as a scanned card would be: 300 kB that do not compress. */
const CARD_FILE = {
  name: 'bls-card.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300_000)]),
};

/** Every byte the server stores, across its documents. */
async function storedSize(): Promise<number> {
  return (await readStorage()).reduce((sum, bytes) => sum + bytes.length, 0);
}

test('a card deleted on one device while the other edits it is gone everywhere, its file too', async ({
  page,
  browser,
  watch,
}) => {
  watch.expectedConsoleErrors.push(SERVER_DOWN);
  const errors: string[] = [];
  await openApp(page);
  await goTo(page, 'Certifications');
  await page.getByRole('button', { name: 'Add a certification' }).click();
  await page.getByLabel('Issued on').fill('2026-01-10');
  await page.getByLabel(/Photo or PDF of the card/).setInputFiles(CARD_FILE);
  await page.getByRole('button', { name: 'Save certification' }).click();
  const cardOn = (device: Page) => device.getByRole('listitem', { name: /BLS Provider/ });
  await expect(
    cardOn(page).getByRole('link', { name: `Open PDF ${CARD_FILE.name}` }),
  ).toBeVisible();
  const link = await turnOnSync(page);

  const other = await secondDevice(browser, errors);
  await joinFrom(other, link);
  await goTo(other, 'Certifications');
  // The file arrived with its card.
  await expect(
    cardOn(other).getByRole('link', { name: `Open PDF ${CARD_FILE.name}` }),
  ).toBeVisible();
  await expect.poll(storedSize).toBeGreaterThan(CARD_FILE.buffer.length);

  // Apart: one device deletes the card, the other edits its notes.
  if (server) await stopServer(server);
  server = undefined;
  await goTo(page, 'Certifications');
  await cardOn(page)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await cardOn(page)
    .getByRole('button', { name: /^Confirm delete/ })
    .click();
  await expect(cardOn(page)).toHaveCount(0);
  await cardOn(other).getByRole('button', { name: /^Edit/ }).first().click();
  await other.getByLabel('Notes (optional)').fill('Renewal class booked');
  await other.getByRole('button', { name: 'Save certification' }).click();
  await expect(cardOn(other).getByText('Renewal class booked')).toBeVisible();

  // Once the server is back the delete wins on both, after reloads too, and on a new device.
  ({ child: server } = await startServer(serverEnv()));
  await expect(cardOn(other)).toHaveCount(0);
  for (const device of [page, other]) {
    await device.reload();
    await goTo(device, 'Certifications');
    await expect(device.getByRole('button', { name: 'Add a certification' })).toBeVisible();
    await expect(cardOn(device)).toHaveCount(0);
  }
  const third = await secondDevice(browser, errors);
  await joinFrom(third, link);
  await goTo(third, 'Certifications');
  await expect(third.getByRole('button', { name: 'Add a certification' })).toBeVisible();
  await expect(cardOn(third)).toHaveCount(0);

  // The server no longer holds the file's bytes (sealed, so by their size: well under the file).
  await expect.poll(storedSize).toBeLessThan(CARD_FILE.buffer.length / 3);
  expect(errors.filter((message) => !SERVER_DOWN.test(message))).toEqual([]);
  await other.context().close();
  await third.context().close();
});

test("an advisor's link shows the readiness read-only, gets no file, and stops working once replaced", async ({
  page,
  browser,
}) => {
  const errors: string[] = [];
  await openApp(page);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await goTo(page, 'Certifications');
  await page.getByRole('button', { name: 'Add a certification' }).click();
  await page.getByLabel('Issued on').fill('2026-01-10');
  await page.getByLabel(/Photo or PDF of the card/).setInputFiles(CARD_FILE);
  await page.getByRole('button', { name: 'Save certification' }).click();
  await expect(page.getByRole('listitem', { name: /BLS Provider/ })).toBeVisible();
  await goTo(page, 'Checklist');
  const readiness = (await summary(page).textContent()) ?? '';
  expect(readiness).toMatch(/^[1-9] of \d+ complete$/);
  await turnOnSync(page);
  await page.getByRole('button', { name: 'Create advisor link' }).click();
  const advisorLink = await page.getByRole('textbox', { name: 'Advisor link' }).inputValue();
  expect(advisorLink).toContain('access=view');

  const advisor = await secondDevice(browser, errors);
  await advisor.goto(advisorLink);
  await expect(advisor.getByText(/This is an advisor's link/)).toBeVisible();
  await advisor.getByRole('button', { name: 'Join' }).click();
  // The readiness summary, with the student's records; nothing to tick or edit.
  await expect(summary(advisor)).toHaveText(readiness);
  await expect(advisor.getByRole('checkbox')).toHaveCount(0);
  const navigation = advisor.getByRole('navigation', { name: 'Main' }).first();
  await expect(navigation.getByRole('link')).toHaveText(['Readiness', 'Targets', 'Settings']);
  await advisor.goto('/#/certifications');
  await expect(advisor.getByRole('heading', { name: 'Not part of this view' })).toBeVisible();
  // The card's file is not the advisor's to fetch: the server refuses its document to this link.
  expect(
    await advisor.evaluate(async () => {
      const request = indexedDB.open('medtech-ready');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = db.transaction('evidenceFiles').objectStore('evidenceFiles').count();
      return new Promise((resolve) => (count.onsuccess = () => resolve(count.result)));
    }),
  ).toBe(0);

  // The student replaces the link: the advisor's device is refused, and says so.
  await page.getByRole('button', { name: 'New advisor link' }).click();
  await expect(page.getByRole('textbox', { name: 'Advisor link' })).not.toHaveValue(advisorLink);
  await advisor.goto('/#/settings');
  await expect(advisor.getByText(/The sync server refused this device/)).toBeVisible();
  await advisor.reload();
  await expect(advisor.getByText(/The sync server refused this device/)).toBeVisible();
  expect(errors).toEqual([]);
  await advisor.context().close();
});

/** The server's stored documents, once no write is under way (it writes a .tmp, then renames). */
async function readStorage(): Promise<Buffer[]> {
  let stored: Buffer[] = [];
  await expect(async () => {
    const files = await readdir(directory);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toEqual([]);
    stored = await Promise.all(files.map((file) => readFile(join(directory, file))));
  }).toPass();
  return stored;
}

test('with sync off, no sync code is fetched and no WebSocket opens', async ({ page }) => {
  const scripts: string[] = [];
  const sockets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await openApp(page);
  for (const screen of ['Clinical hours', 'Targets', 'Settings']) await goTo(page, screen);
  await expect(page.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Turn on sync' })).toBeVisible();

  // The Settings screen's own chunk did load (the check can see chunks), and none of sync's.
  expect(scripts.some((path) => /\/SettingsScreen-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => /\/(session|crypto|pairing)-[\w-]+\.js$/.test(path))).toEqual([]);
  expect(sockets).toEqual([]);
});

test('two tabs of one browser run one session: the other says so, takes over, and can stop it', async ({
  page,
  context,
  browser,
}) => {
  const OTHER_TAB =
    'Sync runs in another tab of this browser. This tab takes over when that one is closed.';
  const sockets = new Map<Page, number>();
  const watch = (tab: Page) => {
    sockets.set(tab, 0);
    tab.on('websocket', () => sockets.set(tab, (sockets.get(tab) ?? 0) + 1));
  };
  /** Another tab of the same browser profile, brought to the front as a student would. */
  const newTab = async () => {
    const tab = await context.newPage();
    watch(tab);
    await tab.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await openApp(tab);
    await goTo(tab, 'Settings');
    return tab;
  };
  watch(page);
  await openApp(page);
  const link = await turnOnSync(page);
  const errors: string[] = [];
  const laptop = await secondDevice(browser, errors);
  await joinFrom(laptop, link);

  // The second tab syncs nothing of its own while the first runs the session.
  const second = await newTab();
  await expect(second.getByText(OTHER_TAB)).toBeVisible();
  await expect(second.getByRole('textbox', { name: 'Pairing link' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Advisor link' })).toHaveCount(0);
  expect(sockets.get(second)).toBe(0);
  // What the second tab changes, the first sends.
  await goTo(second, 'Checklist');
  await second.getByRole('checkbox', { name: APPLY }).check();
  await expect(laptop.getByRole('checkbox', { name: APPLY })).toBeChecked();
  await goTo(second, 'Settings');

  // Closed, the first tab lets the second take over.
  await page.close();
  await second.bringToFront();
  await expect(second.getByText('Synced just now')).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Advisor link' })).toBeVisible();
  expect(sockets.get(second)).toBeGreaterThan(0);

  // "Stop syncing" in a waiting tab stops the session in the tab that runs it: sync is off in both.
  const third = await newTab();
  await expect(third.getByText(OTHER_TAB)).toBeVisible();
  await third.getByRole('button', { name: 'Stop syncing on this device' }).click();
  await third.getByRole('button', { name: 'Stop syncing', exact: true }).click();
  await expect(third.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  expect(sockets.get(third)).toBe(0);
  await second.bringToFront();
  await expect(second.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await expect(second.getByText('Sync was stopped in another tab of this browser.')).toBeVisible();
  await second.reload();
  await goTo(second, 'Settings');
  await expect(second.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  expect(errors).toEqual([]);
});
