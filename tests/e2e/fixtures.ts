/**
 * The page every end-to-end test gets: the clock fixed on a known day, every request checked
 * (nothing may leave 127.0.0.1), and console errors collected. A test fails if either happens.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const TODAY = '2026-11-25';

interface Watch {
  consoleErrors: string[];
  offHostRequests: string[];
  /** Console errors a test provokes on purpose (a CSP violation, say) and checks itself. */
  expectedConsoleErrors: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context }, use) => {
      const watch: Watch = { consoleErrors: [], offHostRequests: [], expectedConsoleErrors: [] };
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
          return route.continue();
        }
        watch.offHostRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      context.on('page', (page) => watchPage(page, watch));
      await use(watch);
      expect(watch.offHostRequests, 'requests that left 127.0.0.1').toEqual([]);
      const unexpected = watch.consoleErrors.filter(
        (message) => !watch.expectedConsoleErrors.some((pattern) => pattern.test(message)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, watch }, use) => {
    watchPage(page, watch);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await use(page);
  },
});

function watchPage(page: Page, watch: Watch): void {
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
}

export { expect };

/**
 * What the app's address shows first: the checklist, or on a first open (nothing stored) the
 * welcome in its place.
 */
export function firstScreen(page: Page) {
  return page
    .getByRole('heading', { name: /Degree/ })
    .or(page.getByRole('heading', { name: 'Welcome to MedTech Ready' }));
}

/**
 * Open the app and wait until the checklist is on screen, past the welcome a first open shows
 * (tests of the welcome itself open the page on their own).
 */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  const checklist = page.getByRole('heading', { name: /Degree/ });
  const welcome = page.getByRole('heading', { name: 'Welcome to MedTech Ready' });
  await expect(checklist.or(welcome)).toBeVisible();
  if (await welcome.isVisible()) await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(checklist).toBeVisible();
}

/** The readiness figure, e.g. "3 of 8 complete". */
export function summary(page: Page) {
  return page.locator('.readiness__count strong');
}

/** The screens the phone's bottom bar names itself, by their name in the wide navigation. */
const TAB_LABELS: Record<string, string> = {
  Checklist: 'Checklist',
  Targets: 'Targets',
  'Clinical hours': 'Hours',
  Certifications: 'Cards',
};

/** The visible main navigation: the top one on a wide screen, the bottom bar on a phone. */
function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function onPhone(page: Page): Promise<boolean> {
  return page.locator('.tab-bar').isVisible();
}

/**
 * Go to a screen by the main navigation, as a student would: its link on a wide screen; on a phone
 * its place in the bottom bar, or "More" and then its link there (never more than two taps).
 */
export async function goTo(page: Page, name: string): Promise<void> {
  if (!(await onPhone(page))) {
    await mainNavigation(page).getByRole('link', { name, exact: true }).click();
    return;
  }
  const tab = TAB_LABELS[name];
  await mainNavigation(page)
    .getByRole('link', { name: tab ?? 'More', exact: true })
    .click();
  if (!tab) await page.getByRole('main').getByRole('link', { name, exact: true }).click();
}

/** The navigation marks where the student is: the screen's link, or on a phone its section. */
export async function expectCurrent(page: Page, name: string): Promise<void> {
  const phone = await onPhone(page);
  const label = phone ? (TAB_LABELS[name] ?? 'More') : name;
  await expect(
    mainNavigation(page).getByRole('link', { name: label, exact: true }),
  ).toHaveAttribute('aria-current', phone && !TAB_LABELS[name] ? 'true' : 'page');
}

/**
 * Bring a student's records in as a student would: a backup file chosen on the Backup screen and
 * merged in (the app's own gate, never IndexedDB by hand). Ends on the Backup screen.
 */
export async function importBackup(page: Page, backup: unknown): Promise<void> {
  await goTo(page, 'Backup');
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'records.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const merge = page.getByRole('button', { name: 'Merge (newer records win)' });
  const refused = page.getByRole('alert').filter({ hasText: 'not imported' });
  await expect(merge.or(refused)).toBeVisible();
  expect(await refused.count(), await refused.allTextContents().then(String)).toBe(0);
  await merge.click();
  await expect(page.getByText(/Imported \(merged/)).toBeVisible();
}
