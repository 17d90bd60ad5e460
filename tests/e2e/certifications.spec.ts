import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, goTo, openApp, test } from './fixtures';
import { isolate } from '../../src/domain/isolate';

const CPR = 'Current CPR card: BLS Provider (healthcare level)';

// A 1×1 PNG, as a student's photo of a card would be.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('a CPR card issued 23 months ago is expiring soon on the checklist, the banner and in the calendar', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, 'Certifications');
  await expect(page.getByRole('heading', { name: 'Certifications', level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Add a certification' }).click();
  await page.getByLabel('Issued on').fill('2024-12-25');
  await expect(page.getByLabel('Expires on (last valid day)')).toHaveValue('2026-12-31');
  await page.getByLabel(/Photo or PDF of the card/).setInputFiles({
    name: 'bls-card.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await page.getByRole('button', { name: 'Save certification' }).click();

  const card = page.getByRole('listitem', { name: /BLS Provider/ });
  await expect(card.getByText('Expiring soon')).toBeVisible();
  await expect(card.getByRole('img', { name: 'Evidence: bls-card.png' })).toBeVisible();
  // The preview really decoded the stored Blob.
  await expect
    .poll(() => card.getByRole('img').evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBe(1);

  await goTo(page, 'Checklist');
  const banner = page.getByRole('region', { name: 'Needs your attention' });
  await expect(banner).toContainText('Expires Dec 31, 2026, in 36 days. Renew by Dec 31, 2026.');
  const cprItem = page.locator('#requirement-cpr-bls');
  await expect(cprItem.getByText('Expiring soon', { exact: true })).toBeVisible();
  await expect(cprItem).toContainText(
    `Met by your ${isolate('BLS Provider')} card until Dec 31, 2026, expiring soon: renew by Dec 31, 2026.`,
  );
  await expect(page.getByRole('checkbox', { name: CPR })).toHaveCount(0);

  // After a reload everything, the file included, is still there.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Needs your attention' })).toBeVisible();

  await goTo(page, 'Certifications');
  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('medtech-ready-reminders-2026-11-25.ics');
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [event] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(event?.summary).toBe(`Renew: ${isolate('BLS Provider')} expires`);
  expect(event?.startDate.isDate).toBe(true);
  expect(event?.startDate.toString()).toBe('2026-12-31');
  const alarms = calendar
    .getFirstSubcomponent('vevent')
    ?.getAllSubcomponents('valarm')
    .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86400);
  expect(alarms).toEqual([-60, -14]);
  await expect(page.getByText(/Downloaded 1 event/)).toBeVisible();
});

test('an oversized evidence file is refused and nothing is stored', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Certifications');
  await page.getByRole('button', { name: 'Add a certification' }).click();
  const input = page.getByLabel(/Photo or PDF of the card/);
  await input.setInputFiles({
    name: 'huge-scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  });
  await expect(input).toHaveAccessibleDescription(
    `"${isolate('huge-scan.pdf')}" is 10.0 MB; files up to 10 MB can be kept.`,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByText(/No cards yet/)).toBeVisible();
});
