/**
 * First open on a phone (390 × 844): the welcome asks what the student is working towards on the
 * very first screen, reaches the chosen pathway's checklist in two taps, is axe-clean in both
 * themes, and works from the keyboard alone. Before any script runs, index.html already names the
 * app and says it is opening; the app replaces that once it runs.
 */
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const WELCOME = 'Welcome to MedTech Ready';
const CHOICE = 'What are you working towards?';

test('first open offers the pathway choice; phlebotomy shows the PBT checklist in two taps', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
  const choices = page.getByRole('group', { name: CHOICE });
  // Within the first screen: the question and the first choices without scrolling.
  await expect(choices.getByRole('radio').first()).toBeInViewport();
  await choices.getByRole('radio', { name: /Phlebotomy Technician \(ASCP\)/ }).click(); // tap 1
  await page.getByRole('button', { name: 'Show my checklist' }).click(); // tap 2
  await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
  await expect(page.getByLabel('Pathway')).toHaveValue('pbt');
  await expect(page.getByText(/PBT\(ASCP\)/).first()).toBeVisible();
  // Chosen once: a reload opens on the checklist.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: WELCOME })).toHaveCount(0);
});

test('the welcome comes first: the service worker, sync code and record checks wait for it', async ({
  context,
}) => {
  // A page without the fixed clock: Playwright's fake clock hides the resource timings.
  const page = await context.newPage();
  // When the welcome's heading is first in the page (before it is painted).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const headings = [...document.querySelectorAll('h2')];
      if (headings.some((heading) => heading.textContent === 'Welcome to MedTech Ready')) {
        (window as unknown as { welcomeAt: number }).welcomeAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
  const held = ['sync-state', 'virtual_pwa-register', 'schemas'];
  const asked = () =>
    page.evaluate(
      (names) =>
        performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: entry.name, startTime: entry.startTime }))
          .filter((entry) => names.some((name) => entry.name.includes(`/assets/${name}-`))),
      held,
    );
  // Each is asked for all the same, and the service worker registered.
  await expect
    .poll(async () => {
      const names = (await asked()).map((entry) => entry.name);
      return held.filter((name) => !names.some((asked) => asked.includes(`/assets/${name}-`)));
    })
    .toEqual([]);
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined),
    )
    .toBe(true);
  const welcomeAt = await page.evaluate(
    () => (window as unknown as { welcomeAt: number }).welcomeAt,
  );
  for (const entry of await asked()) expect(entry.startTime, entry.name).toBeGreaterThan(welcomeAt);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the welcome has no WCAG 2.2 A/AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
    await expectNoViolations(page, colorScheme);
  });
}

test('the welcome works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
  const choices = page.getByRole('group', { name: CHOICE });
  // Tab into the radio group, then arrow keys move between pathways, as in any radio group.
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    if (
      await choices
        .getByRole('radio')
        .first()
        .evaluate((radio) => radio === document.activeElement)
    )
      break;
  }
  await expect(choices.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(choices.getByRole('radio', { name: /Medical Laboratory Scientist/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('When do you plan to apply? (optional)')).toBeFocused();
  // Past the date's own fields (month, day, year) and the card checkbox, to the button.
  const show = page.getByRole('button', { name: 'Show my checklist' });
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Tab');
    if (await show.evaluate((button) => button === document.activeElement)) break;
  }
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
  await expect(page.getByLabel('Pathway')).toHaveValue('mls');
});

test.describe('before any script has run', () => {
  test.use({ javaScriptEnabled: false });

  // (Chromium's switch for this still parses the page as scripted, so <noscript> stays hidden.)
  test('the page already names the app and says it is opening', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'MedTech Ready' })).toBeVisible();
    await expect(page.getByText('Opening your records…')).toBeVisible();
  });
});

test('once the app runs, its own header and screen replace the static one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByText('Opening your records…')).toHaveCount(0);
});
