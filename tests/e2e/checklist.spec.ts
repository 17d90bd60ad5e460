import { expect, openApp, summary, test } from './fixtures';

const CPR = 'Current CPR card: BLS Provider (healthcare level)';

test('first visit shows the default pathway checklist by area, with sources', async ({ page }) => {
  await openApp(page);
  await expect(page.getByLabel('Pathway')).toHaveValue('mlt');
  for (const area of ['Degree', 'Certification exam', 'Clinical experience', 'CPR and First Aid']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(area) })).toBeVisible();
  }
  await expect(summary(page)).toHaveText('0 of 8 complete');
  await expect(page.getByRole('checkbox', { name: 'Current First Aid certificate' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /American Heart Association/ }).first(),
  ).toBeVisible();
  await expect(page.getByText(/checked 25 Nov 2026/).first()).toBeVisible();
});

test('a checked requirement stays checked after a reload', async ({ page }) => {
  await openApp(page);
  const cpr = page.getByRole('checkbox', { name: CPR });
  await cpr.check();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await expect(page.getByText('Completed 25 Nov 2026')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: CPR })).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  // What remains no longer lists it.
  const remaining = page.locator('.readiness__remaining');
  await expect(remaining.getByRole('link', { name: CPR })).toHaveCount(0);
});

test('switching pathway keeps shared completions and the student’s own requirements', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: CPR }).check();
  await page
    .getByLabel('Add your own requirement to Clinical experience')
    .fill('Hepatitis B vaccination record');
  await page.getByLabel('Add your own requirement to Clinical experience').press('Enter');
  await expect(
    page.getByRole('checkbox', { name: 'Hepatitis B vaccination record' }),
  ).toBeVisible();
  await expect(summary(page)).toHaveText('1 of 9 complete');

  await page.getByLabel('Pathway').selectOption('mls');
  await expect(page.getByRole('checkbox', { name: /Bachelor's degree/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: CPR })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Hepatitis B vaccination record' }),
  ).toBeVisible();
  await expect(summary(page)).toHaveText('1 of 10 complete');

  await page.reload();
  await expect(page.getByLabel('Pathway')).toHaveValue('mls');
  await expect(page.getByRole('checkbox', { name: CPR })).toBeChecked();
});

test('bad input is refused beside the field and nothing stored changes', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(page.getByLabel('Add your own requirement to Degree')).toHaveAccessibleDescription(
    'Enter a title for this requirement.',
  );
  await expect(page.getByRole('alert')).toHaveText('Enter a title for this requirement.');

  await page.getByRole('checkbox', { name: CPR }).check();
  await page.getByRole('button', { name: `Edit ${CPR}` }).click();
  await page.getByLabel('Completed on').fill('2027-01-10');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Completed on')).toHaveAccessibleDescription(
    'The completion date cannot be in the future.',
  );
  await expect(page.getByLabel('Completed on')).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(page.getByText('Completed 25 Nov 2026')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(8);
  await expect(summary(page)).toHaveText('1 of 8 complete');
});

test('a change in one tab shows in another', async ({ page, context }) => {
  await openApp(page);
  const second = await context.newPage();
  await second.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await openApp(second);
  await page.getByRole('checkbox', { name: 'Current First Aid certificate' }).check();
  await expect(
    second.getByRole('checkbox', { name: 'Current First Aid certificate' }),
  ).toBeChecked();
  await expect(summary(second)).toHaveText('1 of 8 complete');
});

test('the checklist works from the keyboard alone', async ({ page }) => {
  await openApp(page);
  const firstAid = page.getByRole('checkbox', { name: 'Current First Aid certificate' });
  await firstAid.focus();
  await page.keyboard.press('Space');
  await expect(firstAid).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 8 complete');

  // Move the CPR card below First Aid with the keyboard; focus follows the moved requirement.
  const moveDown = page.getByRole('button', { name: `Move down ${CPR}` });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  const titles = page.locator('#area-cpr-first-aid ~ ul .requirement__title');
  await expect(titles).toHaveText(['Current First Aid certificate', CPR]);
  await expect(page.getByRole('button', { name: `Move up ${CPR}` })).toBeFocused();
});
