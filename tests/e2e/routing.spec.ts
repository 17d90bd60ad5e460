/**
 * An address the app does not know, or a report link cut short in the middle of an escape,
 * shows "not found" with a way back that works; the page is never left blank.
 */
import { expect, firstScreen, openApp, test } from './fixtures';

for (const hash of ['#/report/%', '#/report/%E0%A4%A', '#/nope']) {
  test(`${hash} shows "not found" and the way back to the checklist works`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the checklist' }).click();
    // A fresh profile: the checklist's address shows the welcome on first open.
    await expect(firstScreen(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  });
}

test('a broken address typed while the app is open, then a good one, both show', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => {
    window.location.hash = '#/report/%';
  });
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/targets';
  });
  await expect(page.getByRole('heading', { name: 'Targets', level: 2 })).toBeVisible();
});
