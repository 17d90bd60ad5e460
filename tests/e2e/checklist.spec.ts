import { expect, openApp, summary, test } from './fixtures';

const APPLY = 'Submit the MLT(ASCP) exam application and fee';
const DOCUMENTS = 'Send your official transcript and program completion verification to ASCP BOC';
const PASS = 'Pass the MLT(ASCP) certification exam';

test('first visit shows the default pathway checklist by area, with sources', async ({ page }) => {
  await openApp(page);
  await expect(page.getByLabel('Pathway')).toHaveValue('mlt');
  for (const area of ['Degree', 'Certification exam', 'Clinical experience', 'CPR and First Aid']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(area) })).toBeVisible();
  }
  await expect(summary(page)).toHaveText('0 of 8 complete');
  await expect(page.getByRole('checkbox', { name: APPLY })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /American Heart Association/ }).first(),
  ).toBeVisible();
  await expect(page.getByText(/checked Nov 25, 2026/).first()).toBeVisible();
});

test('a checked requirement stays checked after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: APPLY }).check();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  await expect(page.getByText('Completed Nov 25, 2026')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: APPLY })).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  const remaining = page.locator('.readiness__remaining');
  await expect(remaining.getByRole('link', { name: APPLY })).toHaveCount(0);
  await expect(remaining.getByRole('link', { name: PASS })).toHaveCount(1);
});

test('switching pathway keeps what applies and the student’s own requirements', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Hide Current First Aid certificate' }).click();
  // Hiding moves focus to the area's heading once it is stored: wait for that before typing.
  await expect(page.getByText('1 hidden requirement')).toBeVisible();
  const add = page.getByLabel('Add your own requirement to Clinical experience');
  await add.fill('Hepatitis B vaccination record');
  await add.press('Enter');
  await expect(add).toHaveValue('');
  await page.getByRole('checkbox', { name: 'Hepatitis B vaccination record' }).check();
  await expect(summary(page)).toHaveText('1 of 8 complete');

  await page.getByLabel('Pathway').selectOption('mls');
  await expect(page.getByRole('checkbox', { name: /Bachelor's degree/ })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Hepatitis B vaccination record' }),
  ).toBeChecked();
  await expect(page.getByText('1 hidden requirement')).toBeVisible();
  // MLS Route 1 names 8 requirements (Route 2 is on the Degree screen), First Aid is hidden.
  await expect(summary(page)).toHaveText('1 of 8 complete');

  await page.reload();
  await expect(page.getByLabel('Pathway')).toHaveValue('mls');
  await expect(
    page.getByRole('checkbox', { name: 'Hepatitis B vaccination record' }),
  ).toBeChecked();
});

test('bad input is refused beside the field and nothing stored changes', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(page.getByLabel('Add your own requirement to Degree')).toHaveAccessibleDescription(
    'Enter a title for this requirement.',
  );
  await expect(page.getByRole('alert')).toHaveText('Enter a title for this requirement.');

  await page.getByRole('checkbox', { name: APPLY }).check();
  await page.getByRole('button', { name: `Edit ${APPLY}` }).click();
  await page.getByLabel('Completed on').fill('2027-01-10');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Completed on')).toHaveAccessibleDescription(
    'The completion date cannot be in the future.',
  );
  await expect(page.getByLabel('Completed on')).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(page.getByText('Completed Nov 25, 2026')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(6);
  await expect(summary(page)).toHaveText('1 of 8 complete');
});

test('a change in one tab shows in another', async ({ page, context }) => {
  await openApp(page);
  const second = await context.newPage();
  await second.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await openApp(second);
  await page.getByRole('checkbox', { name: PASS }).check();
  await expect(second.getByRole('checkbox', { name: PASS })).toBeChecked();
  await expect(summary(second)).toHaveText('1 of 8 complete');
});

test('the checklist works from the keyboard alone', async ({ page }) => {
  await openApp(page);
  const pass = page.getByRole('checkbox', { name: PASS });
  await pass.focus();
  await page.keyboard.press('Space');
  await expect(pass).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 8 complete');

  // Move the application below the documents with the keyboard; focus follows it.
  const moveDown = page.getByRole('button', { name: `Move down ${APPLY}` });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  const titles = page.locator('#area-exam ~ ul .requirement__title');
  await expect(titles).toHaveText([DOCUMENTS, APPLY, PASS]);
  await expect(page.getByRole('button', { name: `Move down ${APPLY}` })).toBeFocused();
});
