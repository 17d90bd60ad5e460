import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, goTo, openApp, summary, test } from './fixtures';

const APPLY = 'Submit the MLT(ASCP) exam application and fee';

async function exportBackup(page: Page): Promise<string> {
  await goTo(page, 'Backup');
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await started;
  expect(download.suggestedFilename()).toBe('medtech-ready-backup-2026-11-25.json');
  return readFile(await download.path(), 'utf8');
}

test('export, then import into a fresh browser profile: the same checklist', async ({
  page,
  browser,
}) => {
  await openApp(page);
  // Nothing to lose yet: no reminder until the first record.
  await expect(page.getByText('You have not exported a backup yet.')).toHaveCount(0);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
  await page.getByLabel('Add your own requirement to Degree').fill('Chemistry II with lab');
  await page.getByLabel('Add your own requirement to Degree').press('Enter');
  await expect(summary(page)).toHaveText('1 of 9 complete');
  const text = await exportBackup(page);
  expect(JSON.parse(text)).toMatchObject({ format: 'medtech-ready-backup', version: 2 });
  await goTo(page, 'Checklist');
  await expect(page.getByText('You have not exported a backup yet.')).toHaveCount(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await openApp(other);
  await expect(summary(other)).toHaveText('0 of 8 complete');
  await goTo(other, 'Backup');
  await other.getByLabel('Backup file (.json)').setInputFiles({
    name: 'medtech-ready-backup-2026-11-25.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(other.getByText(/A backup exported Nov 25, 2026/)).toBeVisible();
  await other.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText(/Imported \(replaced everything\)/)).toBeVisible();
  await goTo(other, 'Checklist');
  await expect(other.getByRole('checkbox', { name: APPLY })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Chemistry II with lab' })).toBeVisible();
  await expect(summary(other)).toHaveText('1 of 9 complete');
  await fresh.close();
});

test('a bad file is refused with an alert, and the data here survives a reload; undo import', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await goTo(page, 'Backup');
  const input = page.getByLabel('Backup file (.json)');
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"other"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file was not imported, and nothing was changed',
  );
  await expect(page.getByRole('alert')).toContainText('format name is missing or different');
  await input.setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"medtech-ready-backup","version":1,"__proto__":{"admin":true}}'),
  });
  await expect(page.getByRole('alert')).toContainText('key that is not allowed');
  await page.reload();
  await goTo(page, 'Checklist');
  await expect(page.getByRole('checkbox', { name: APPLY })).toBeChecked();

  // Merge an empty backup made elsewhere, then undo: exactly as before.
  const empty = JSON.stringify({
    format: 'medtech-ready-backup',
    version: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-01T00:00:00.000Z',
    evidenceIncluded: true,
    data: {
      requirementStates: [
        { key: 'mlt-documents', completedOn: '2026-10-01', updatedAt: '2026-10-01T00:00:00.000Z' },
      ],
      customRequirements: [],
      settings: [],
      certifications: [],
      evidenceFiles: [],
      clinicalEntries: [],
      degreeRecords: [],
      courses: [],
      examPlans: [],
      targets: [],
    },
  });
  await goTo(page, 'Backup');
  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(empty) });
  await page.getByRole('button', { name: 'Merge (newer records win)' }).click();
  await expect(page.getByText(/Imported \(merged/)).toBeVisible();
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('2 of 8 complete');
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('Import undone: everything is as it was before.')).toBeVisible();
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('1 of 8 complete');
});

test('the Content-Security-Policy blocks inline scripts', async ({ page, watch }) => {
  watch.expectedConsoleErrors.push(/Content Security Policy/);
  await openApp(page);
  // An allowed inline script runs as it is appended; a blocked one fires a violation event.
  // Wait for that event rather than for a fixed time.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            resolve({
              ran:
                (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true,
              directive: event.effectiveDirective,
            }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true;';
        document.head.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  await expect.poll(() => watch.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
});
