import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Tab forward until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (page: Page) => Promise<boolean>, limit = 120) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error('Never reached the element with Tab');
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const label = element.id
      ? document.querySelector(`label[for="${element.id}"]`)?.textContent
      : null;
    const name = (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
    return `${element.tagName.toLowerCase()}:${name}`;
  });

test('with the keyboard alone: tick a requirement, add a card, log hours, export a backup', async ({
  page,
}) => {
  await openApp(page);
  await tabTo(
    page,
    async (p) => (await focusedName(p)) === 'input:Pass the MLT(ASCP) certification exam',
  );
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' }),
  ).toBeChecked();

  // Certifications: open from the navigation, add a card; focus is always visible. On a phone
  // the navigation is the bottom bar, after the screen, and names the screens for short.
  const phone = test.info().project.name === 'phone-360';
  await page.keyboard.press('Home');
  await tabTo(
    page,
    async (p) => (await focusedName(p)) === `a:${phone ? 'Cards' : 'Certifications'}`,
    200,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Certifications', level: 2 })).toBeFocused();
  await tabTo(page, async (p) => (await focusedName(p)) === 'button:Add a certification');
  await page.keyboard.press('Enter');
  await tabTo(page, async (p) => (await focusedName(p)) === 'input:Issued on');
  await page.keyboard.type('12252024');
  await expect(page.getByLabel('Expires on (last valid day)')).toHaveValue('2026-12-31');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(outline).not.toBe('none');
  await tabTo(page, async (p) => (await focusedName(p)) === 'button:Save certification');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: /BLS Provider/ })).toBeVisible();

  // Clinical hours: log a shift.
  await tabTo(
    page,
    async (p) => (await focusedName(p)) === `a:${phone ? 'Hours' : 'Clinical hours'}`,
    200,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Clinical hours', level: 2 })).toBeFocused();
  await tabTo(page, async (p) => (await focusedName(p)) === 'button:Log hours', 200);
  await page.keyboard.press('Enter');
  await tabTo(page, async (p) => (await focusedName(p)) === 'input:Hours (quarter hours)');
  await page.keyboard.type('6.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('City Hospital');
  await tabTo(page, async (p) => (await focusedName(p)) === 'button:Save hours');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Log (1 entry)')).toBeVisible();

  // Backup: export (on a phone, through "More").
  if (phone) {
    await tabTo(page, async (p) => (await focusedName(p)) === 'a:More', 200);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'More', level: 2 })).toBeFocused();
  }
  await tabTo(page, async (p) => (await focusedName(p)) === 'a:Backup', 200);
  await page.keyboard.press('Enter');
  await tabTo(page, async (p) => (await focusedName(p)) === 'button:Export backup');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^medtech-ready-backup-/);
});
