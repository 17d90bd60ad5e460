import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, goTo, openApp, test } from './fixtures';
import { isolate } from '../../src/domain/isolate';

async function addCprCard(page: Page) {
  await goTo(page, 'Certifications');
  await page.getByRole('button', { name: 'Add a certification' }).click();
  // AHA BLS issued Mar 3, 2025: valid through Mar 31, 2027.
  await page.getByLabel('Issued on').fill('2025-03-03');
  await expect(page.getByLabel('Expires on (last valid day)')).toHaveValue('2027-03-31');
  await page.getByRole('button', { name: 'Save certification' }).click();
  await expect(page.getByRole('listitem', { name: /BLS Provider/ })).toBeVisible();
}

async function addTarget(page: Page, name: string, date: string, kind = 'program') {
  await page.getByRole('button', { name: 'Add a target' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind').selectOption(kind);
  await page.getByLabel('Deadline or start date').fill(date);
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByRole('listitem', { name })).toBeVisible();
}

test('two targets: a CPR card valid for the first and expired by the second; the report prints on one page', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Your name, for the readiness report (optional)').fill('Ana Reyes');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await addCprCard(page);

  await goTo(page, 'Targets');
  await addTarget(page, 'Winter MLT program', '2027-02-01');
  await addTarget(page, 'Fall lab job', '2027-09-01', 'job');

  const winter = page.getByRole('listitem', { name: 'Winter MLT program' });
  const fall = page.getByRole('listitem', { name: 'Fall lab job' });
  await winter.getByText('All requirements').click();
  await fall.getByText('All requirements').click();
  const cprIn = (card: typeof winter) =>
    card.locator('.judgements li').filter({ hasText: 'Current CPR card' });
  await expect(cprIn(winter)).toContainText('Met');
  await expect(cprIn(winter)).toContainText('runs until Mar 31, 2027');
  await expect(cprIn(fall)).toContainText('At risk');
  await expect(cprIn(fall)).toContainText(
    `Valid today, but expires Mar 31, 2027 — before Sep 1, 2027, the date ${isolate('Fall lab job')} needs it. Renew by Mar 31, 2027.`,
  );
  await expect(
    fall.getByText(`Renew ${isolate('BLS Provider')} before Mar 31, 2027`),
  ).toBeVisible();

  await fall.getByRole('link', { name: 'Report for Fall lab job' }).click();
  await expect(page.getByRole('heading', { name: 'Readiness report: Fall lab job' })).toBeVisible();
  await expect(page.getByText(/Ana Reyes · Job/)).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('report-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await writeFile(test.info().outputPath('report.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
