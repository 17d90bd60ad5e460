/**
 * Clearances in the built app: a TB test dated 13 months before a program whose rule is "within
 * 12 months of the start date" reads not met, with the date it lapsed, on the Clearances screen,
 * the target's card and its report; the screen (form open, refusal shown, records listed) has no
 * WCAG 2.2 A/AA violations and works from the keyboard.
 */
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, goTo, openApp, test } from './fixtures';
import { isolate } from '../../src/domain/isolate';

/** A program starting Feb 1, 2027 that asks for a TB test within 12 months of that date. */
async function addProgramWithTbRule(page: Page) {
  await goTo(page, 'Targets');
  await page.getByRole('button', { name: 'Add a target' }).click();
  await page.getByLabel('Name', { exact: true }).fill('City MLT program');
  await page.getByLabel('Deadline or start date').fill('2027-02-01');
  await page.getByRole('checkbox', { name: 'TB screening' }).check();
  await page.getByLabel('TB screening: within how many months of the date (optional)').fill('12');
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByRole('listitem', { name: 'City MLT program' })).toBeVisible();
}

async function addTbTest(page: Page, date: string) {
  await goTo(page, 'Clearances');
  await page.getByRole('button', { name: 'Add a clearance' }).click();
  await page.getByLabel('Clearance', { exact: true }).selectOption('tb-screening');
  await page.getByLabel('TB test').selectOption('igra');
  await page.getByLabel('Date done').fill(date);
  await page.getByLabel('Result', { exact: true }).selectOption('negative');
  await page.getByLabel(/Photo or PDF of the record/).setInputFiles({
    name: 'igra.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n'),
  });
  await page.getByRole('button', { name: 'Save clearance' }).click();
}

test('a TB test 13 months before a target whose rule is 12 months reads not met, with the date it lapsed', async ({
  page,
}) => {
  await openApp(page);
  await addProgramWithTbRule(page);
  // Jan 1, 2026 is 13 months before Feb 1, 2027: it counts through Jan 1, 2027 and lapses on 2 Jan.
  await addTbTest(page, '2026-01-01');

  const record = page.getByRole('listitem', { name: /TB screening of Jan 1, 2026/ });
  await expect(record.getByText('Met', { exact: true })).toBeVisible();
  await expect(record.getByRole('link', { name: /Open PDF igra\.pdf/ })).toBeVisible();

  const forTargets = page.getByRole('region', { name: 'For your targets' });
  await expect(forTargets.getByText('Not met', { exact: true })).toBeVisible();
  await expect(forTargets).toContainText(
    `is 13 months before Feb 1, 2027; ${isolate('City MLT program')} asks for it within 12 months, so it lapses on Jan 2, 2027. A new one dated Feb 1, 2026 or later counts.`,
  );

  await goTo(page, 'Targets');
  const target = page.getByRole('listitem', { name: 'City MLT program' });
  await target.getByText('All requirements').click();
  const line = target.locator('.judgements li').filter({ hasText: 'TB screening' });
  await expect(line).toContainText('Not met');
  await expect(line).toContainText('lapses on Jan 2, 2027');

  await target.getByRole('link', { name: 'Report for City MLT program' }).click();
  const row = page.getByRole('row').filter({ hasText: 'TB screening, within 12 months' });
  await expect(row).toContainText('Not met');
  await expect(row).toContainText('lapses on Jan 2, 2027');
  await expect(row).toContainText('Evidence attached (1 file).');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the clearances screen has no WCAG 2.2 A/AA violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await goTo(page, 'Clearances');
    await expect(page.getByText('None recorded.').first()).toBeVisible();
    await expectNoViolations(page, colorScheme);

    // The form, opened and refused from the keyboard alone.
    await page.getByRole('button', { name: 'Add a clearance' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Clearance', { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Save clearance' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Dose 1 date')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, colorScheme);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await addProgramWithTbRule(page);
    await addTbTest(page, '2026-06-01');
    await expect(page.getByRole('region', { name: 'For your targets' })).toContainText('Met');
    await expectNoViolations(page, colorScheme);
  });
}
