import { expectNoViolations } from './axe';
import { expect, goTo, openApp, test } from './fixtures';

test('a PTCB pass proposes an expiry two years out, with the day to apply for renewal', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, 'Exam');
  await page.getByRole('button', { name: 'Add an exam' }).click();
  await page.getByRole('combobox', { name: 'Exam' }).selectOption('ptcb-ptce');
  await page.getByLabel('Application submitted on (optional)').fill('2026-08-01');
  await page.getByRole('button', { name: 'Save exam' }).click();

  await page.getByRole('button', { name: /Record an attempt/ }).click();
  await page.getByLabel('Taken on').fill('2026-11-20');
  await page.getByRole('button', { name: 'Save attempt' }).click();

  const exam = page.getByRole('listitem', { name: /PTCE/ });
  await expect(exam).toContainText(
    'You passed. Add CPhT (PTCB) to your certifications, valid until Nov 20, 2028?',
  );
  await expect(exam).toContainText('Apply to renew by Oct 21, 2028.');
  await exam.getByRole('button', { name: 'Add CPhT (PTCB)' }).click();
  await expect(exam.getByRole('status')).toHaveText('CPhT (PTCB) added to your certifications.');

  await goTo(page, 'Certifications');
  const card = page.getByRole('listitem', { name: /CPhT \(PTCB\)/ });
  await expect(card).toContainText('Valid until Nov 20, 2028.');
  await expect(card).toContainText('Renewal opens Sep 21, 2028. Apply to renew by Oct 21, 2028.');

  await expectNoViolations(page);
});
