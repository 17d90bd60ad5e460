/**
 * A student's phone (390 × 844): the bottom bar reaches every screen in at most two taps from the
 * checklist, marks where the student is, and every control of every screen sits inside the screen.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const bar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Each screen, the taps that reach it from the checklist, and its heading. */
const ROUTES: ReadonlyArray<{ taps: readonly string[]; heading: RegExp; marked: string }> = [
  { taps: ['Targets'], heading: /^Targets$/, marked: 'Targets' },
  { taps: ['Hours'], heading: /^Clinical hours$/, marked: 'Hours' },
  { taps: ['Cards'], heading: /^Certifications$/, marked: 'Cards' },
  { taps: ['More', 'Degree'], heading: /^Degree$/, marked: 'More' },
  { taps: ['More', 'Exam'], heading: /^Exam$/, marked: 'More' },
  { taps: ['More', 'Backup'], heading: /^Backup$/, marked: 'More' },
  { taps: ['More', 'Settings'], heading: /^Settings$/, marked: 'More' },
];

/** Links, buttons and fields that stick out of the viewport, by their text. */
async function controlsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [
      ...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary'),
    ]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

test('every screen is at most two taps from the checklist, marked in the bar, and fits', async ({
  page,
}) => {
  await openApp(page);
  await expect(bar(page).getByRole('link')).toHaveCount(5);
  await expect(bar(page).getByRole('link', { name: 'Checklist' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(await controlsOutside(page)).toEqual([]);
  for (const route of ROUTES) {
    await bar(page).getByRole('link', { name: 'Checklist', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
    const [first, second] = route.taps;
    await bar(page).getByRole('link', { name: first, exact: true }).click();
    if (second)
      await page.getByRole('main').getByRole('link', { name: second, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: route.heading })).toBeVisible();
    await expect(bar(page).getByRole('link', { name: route.marked, exact: true })).toHaveAttribute(
      'aria-current',
      second ? 'true' : 'page',
    );
    expect(await controlsOutside(page), route.taps.join(' → ')).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route.taps.join(' → ')).toBeLessThanOrEqual(0);
  }
});

test('the bar stays in reach and never covers the end of a screen', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const barBox = await bar(page).boundingBox();
  const footerBox = await page.locator('.app-footer').boundingBox();
  expect(barBox && barBox.y + barBox.height).toBeLessThanOrEqual(844 + 1);
  // Scrolled to the end, the footer's last line is above the bar, not under it.
  expect(footerBox && barBox && footerBox.y + footerBox.height).toBeLessThanOrEqual(
    (barBox?.y ?? 0) + 1,
  );
});
