/**
 * The screenshots in docs/screenshots/ (run by `npm run screenshots`, never by npm test): every
 * screen with a student's records in it, at 390 px and 1280 px, light and dark. The records come in
 * through the app's own backup import, from the sample backup the phone e2e uses too.
 */
import type { Page } from '@playwright/test';
import sample from '../fixtures/sample-backup.json' with { type: 'json' };
import { expect, goTo, importBackup, openApp, test } from '../e2e/fixtures';

const OUT = 'docs/screenshots';
/** JPEG keeps the whole set small enough to commit (about 3 MB; PNG is 3–5 times larger). */
const QUALITY = 60;
/** A phone's screens from the top down to here; the desktop's first screen. */
const MAX_PHONE_HEIGHT = 2400;

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
] as const;

/** Each screen's file name and the screen's name in the navigation. */
const SCREENS = [
  ['checklist', 'Checklist'],
  ['targets', 'Targets'],
  ['clinical-hours', 'Clinical hours'],
  ['degree', 'Degree'],
  ['exam', 'Exam'],
  ['certifications', 'Certifications'],
  ['clearances', 'Clearances'],
  ['backup', 'Backup'],
  ['settings', 'Settings'],
] as const;

async function shoot(page: Page, file: string): Promise<void> {
  await expect(page.getByText('Opening…')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const phone = width < 600;
  const full = phone
    ? Math.min(MAX_PHONE_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight))
    : height;
  await page.screenshot({
    path: `${OUT}/${file}.jpg`,
    type: 'jpeg',
    quality: QUALITY,
    fullPage: phone,
    clip: { x: 0, y: 0, width, height: full },
    // A whole phone page in one picture: the bottom bar drawn once, at the end of the page, not
    // fixed over the middle of it.
    style: '.tab-bar { position: static !important; }',
  });
}

for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${size.name}, ${colorScheme}`, () => {
      // The screenshot's own styles (the bottom bar's place, a hidden caret) are inline, which the
      // app's Content Security Policy refuses: lifted for these pictures only.
      test.use({
        viewport: size.viewport,
        isMobile: size.isMobile,
        hasTouch: size.isMobile,
        bypassCSP: true,
      });

      test('every screen', async ({ page }) => {
        const name = (screen: string) => `${size.name}-${colorScheme}-${screen}`;
        await page.emulateMedia({ colorScheme });
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Welcome to MedTech Ready' })).toBeVisible();
        await shoot(page, name('welcome'));

        await openApp(page);
        await importBackup(page, sample);
        for (const [file, screen] of SCREENS) {
          await goTo(page, screen);
          await expect(page.locator('[data-screen-heading]').first()).toBeFocused();
          if (screen === 'Clinical hours')
            await expect(page.getByRole('img', { name: /clinical hours over time/ })).toBeVisible();
          await shoot(page, name(file));
        }
        if (size.isMobile) {
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'More' })
            .click();
          await expect(page.getByRole('heading', { level: 2, name: 'More' })).toBeFocused();
          await shoot(page, name('more'));
        }
        await goTo(page, 'Targets');
        await page.getByRole('link', { name: /^Report for Riverside/ }).click();
        await expect(page.getByRole('heading', { name: /Readiness report/ })).toBeVisible();
        await shoot(page, name('report'));
      });
    });
  }
}
