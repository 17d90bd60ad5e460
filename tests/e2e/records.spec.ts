import { expect, goTo, openApp, test } from './fixtures';

test('hours logged in two areas give totals and a forecast that survive a reload', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Application date').fill('2027-03-01');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await goTo(page, 'Clinical hours');
  await page.getByLabel('Total clinical hours required').fill('100');
  await page.getByLabel('Chemistry').fill('40');
  await page.getByRole('button', { name: 'Save required hours' }).click();
  await expect(page.getByText('Required hours saved.')).toBeVisible();

  const shifts = [
    { date: '2026-11-02', hours: '8', area: 'chemistry' },
    { date: '2026-11-09', hours: '7.5', area: 'hematology' },
    { date: '2026-11-16', hours: '8', area: 'chemistry' },
    { date: '2026-11-23', hours: '6.5', area: 'hematology' },
  ];
  for (const shift of shifts) {
    await page.getByRole('button', { name: 'Log hours' }).click();
    await page.getByLabel('Date').fill(shift.date);
    await page.getByLabel('Hours (quarter hours)').fill(shift.hours);
    await page.getByLabel('Site').fill('City Hospital Lab');
    await page.getByLabel('Rotation area').selectOption(shift.area);
    await page.getByLabel(/Signed off on/).fill(shift.date);
    await page.getByRole('button', { name: 'Save hours' }).click();
    await expect(page.getByRole('button', { name: 'Log hours' })).toBeVisible();
  }

  async function expectFigures() {
    await expect(page.getByRole('progressbar', { name: 'Clinical hours counted' })).toHaveAttribute(
      'aria-valuetext',
      '30 of 100 hours',
    );
    await expect(page.getByRole('progressbar', { name: 'Chemistry hours' })).toHaveAttribute(
      'aria-valuetext',
      '16 of 40 hours',
    );
    await expect(page.getByText('14 hours', { exact: true })).toBeVisible(); // hematology, no target
    // 30 hours over the last 4 weeks: 7.5 a week; 70 to go is 65⅓ days, so 66: Jan 30, 2027.
    await expect(page.getByText(/Pace: 7.5 hours a week/)).toContainText(
      'At your pace, met by Jan 30, 2027, before your application date Mar 1, 2027.',
    );
    await expect(
      page.getByRole('img', { name: 'Cumulative clinical hours over time' }),
    ).toBeVisible();
  }
  await expectFigures();
  await page.reload();
  await expectFigures();

  await goTo(page, 'Checklist');
  const practicum = page.locator('#requirement-mlt-clinical-practicum');
  await expect(practicum.getByText('On track')).toBeVisible();
  await expect(practicum).toContainText('30 of 100 hours.');
});
