/**
 * Undo import that never loses later work without saying so: the records from before an import
 * are kept in IndexedDB (so undo is still offered after a reload, and in another tab); a record
 * logged after the import is either kept, or the student is told what undo would lose and chooses.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { TODAY, expect, goTo, openApp, summary, test } from './fixtures';

const APPLY = 'Submit the MLT(ASCP) exam application and fee';

/** A backup made elsewhere: one more requirement done. */
const BACKUP = JSON.stringify({
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

async function importBackup(page: Page): Promise<void> {
  await goTo(page, 'Backup');
  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP) });
  await page.getByRole('button', { name: 'Merge (newer records win)' }).click();
  await expect(page.getByText(/Imported \(merged/)).toBeVisible();
}

async function logHours(page: Page): Promise<void> {
  await goTo(page, 'Clinical hours');
  await page.getByRole('button', { name: 'Log hours' }).click();
  await page.getByLabel('Date').fill('2026-11-24');
  await page.getByLabel('Hours (quarter hours)').fill('4');
  await page.getByLabel('Site').fill('City Hospital Lab');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByRole('heading', { name: 'Log (1 entry)' })).toBeVisible();
}

test('import, log an entry, undo: told what would be lost, can download the copy, keep, or undo anyway; still offered after a reload', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await importBackup(page);
  await page.reload();
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('2 of 8 complete');
  await goTo(page, 'Backup');
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await expect(page.getByText(/You imported a backup on Nov 25, 2026 \(merged\)/)).toBeVisible();

  await logHours(page);
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Undo import' }).click();
  const warning = page.getByRole('alert');
  await expect(warning).toContainText(
    'Since the import, 1 clinical log entry was added, changed or deleted',
  );
  await expect(warning).toContainText('Undoing the import now would lose that change.');

  // The records from before the import, as a backup file.
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the records from before the import' }).click();
  const download = await started;
  expect(download.suggestedFilename()).toBe(`medtech-ready-backup-before-import-${TODAY}.json`);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(copy).toMatchObject({ format: 'medtech-ready-backup', version: 2 });
  expect(copy.data.requirementStates).toHaveLength(1);
  expect(copy.data.clinicalEntries).toEqual([]);

  // Keep everything: the entry survives, and undo is still offered.
  await page.getByRole('button', { name: 'Keep everything as it is' }).click();
  await expect(warning).toHaveCount(0);
  await goTo(page, 'Clinical hours');
  await expect(page.getByRole('heading', { name: 'Log (1 entry)' })).toBeVisible();

  // Undo anyway, having been told: exactly as before the import.
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Undo import' }).click();
  await page.getByRole('button', { name: 'Undo anyway and lose that change' }).click();
  await expect(page.getByText('Import undone: everything is as it was before.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await goTo(page, 'Clinical hours');
  await expect(page.getByText(/No hours logged yet/)).toBeVisible();
});

test('two tabs: an import in one is undoable in the other; an entry logged in the other is never lost silently', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  // Each tab is brought to the front before it is used, as a student switching tabs would: a
  // tab in the background gets no animation frames, which Playwright's clicks wait for.
  await openApp(page);
  await openApp(other);
  await goTo(other, 'Backup');
  await expect(other.getByRole('heading', { level: 2, name: 'Backup' })).toBeVisible();

  await page.bringToFront();
  await importBackup(page);
  // The other tab offers the undo as soon as the import lands, without a reload.
  await expect(other.getByRole('button', { name: 'Undo import' })).toBeVisible();

  await other.bringToFront();
  await logHours(other);
  await page.bringToFront();
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Since the import, 1 clinical log entry was added, changed or deleted (here or in another tab).',
  );
  await page.getByRole('button', { name: 'Keep everything as it is' }).click();
  await expect(other.getByRole('heading', { name: 'Log (1 entry)' })).toBeVisible();

  // Kept in the other tab: this one stops offering it.
  await other.bringToFront();
  await goTo(other, 'Backup');
  await other.getByRole('button', { name: 'Keep the import and let the old records go' }).click();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await expect(page.getByText(/You imported a backup on/)).toHaveCount(0);
  await page.bringToFront();
  await goTo(page, 'Checklist');
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await goTo(page, 'Clinical hours');
  await expect(page.getByRole('heading', { name: 'Log (1 entry)' })).toBeVisible();
});
