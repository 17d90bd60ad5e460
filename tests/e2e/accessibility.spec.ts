import { expectNoViolations } from './axe';
import { expect, expectCurrent, goTo, openApp, test } from './fixtures';

const SCREENS = [
  'Checklist',
  'Targets',
  'Clinical hours',
  'Degree',
  'Exam',
  'Certifications',
  'Clearances',
  'Backup',
  'Settings',
] as const;

/**
 * A form's states are the same page at any width: checked once, on the desktop (the phone project
 * leaves out this tag, playwright.config.ts). What a width changes (each screen's layout, the
 * report's cards) is checked at both sizes below.
 */
const DESKTOP_ONLY = { tag: '@desktop-only' };

test(
  'an open editor with an error has no WCAG 2.2 A/AA violations',
  DESKTOP_ONLY,
  async ({ page }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' }).check();
    await page.getByRole('button', { name: 'Edit Pass the MLT(ASCP) certification exam' }).click();
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  },
);

// 320 px is the reflow width WCAG 1.4.10 asks for (1280 px at 400 % zoom). "What remains" is
// neither laid out nor painted while far off screen (content-visibility: auto): one first drawn
// there (readiness counted while the student had scrolled down) takes its stand-in size, which
// must never widen the page.
test(
  '"What remains" first laid out off screen fits 320 px without sideways scrolling',
  DESKTOP_ONLY,
  async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page);
    await page.locator('#requirement-first-aid').scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { name: 'What remains' })).not.toBeInViewport();
    // A copy of the list put in its place, so that the browser meets it first off screen.
    const overflow = await page.evaluate(async () => {
      const list = document.querySelector('.readiness__remaining');
      list?.replaceWith(list.cloneNode(true));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  },
);

// content-visibility clips painting to the box, as overflow would: a link's focus outline (3 px,
// 2 px out) must still show whole at the bottom edge of "What remains".
test('the focus outline of the last link in "What remains" is drawn whole', async ({ page }) => {
  await openApp(page);
  const links = page.locator('.readiness__remaining a');
  const lastLink = links.last();
  // Reached from the keyboard, as a focus outline is shown.
  await links.nth((await links.count()) - 2).focus();
  await page.keyboard.press('Tab');
  await expect(lastLink).toBeFocused();
  const box = await lastLink.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  // The band the outline's bottom edge covers: from 2 px to 5 px below the link.
  const band = await page.screenshot({
    clip: { x: box.x, y: box.y + box.height + 2, width: box.width, height: 3 },
  });
  const outlined = await page.evaluate(
    async ([png, color]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const [r, g, b] = ((color ?? '').match(/\d+/g) ?? []).map(Number);
      let matching = 0;
      for (let at = 0; at < pixels.length; at += 4)
        if (
          Math.abs((pixels[at] ?? 0) - (r ?? -99)) < 40 &&
          Math.abs((pixels[at + 1] ?? 0) - (g ?? -99)) < 40 &&
          Math.abs((pixels[at + 2] ?? 0) - (b ?? -99)) < 40
        )
          matching += 1;
      return matching / (pixels.length / 4);
    },
    [
      band.toString('base64'),
      await lastLink.evaluate((link) => getComputedStyle(link).outlineColor),
    ],
  );
  // Most of the band is the outline's colour (not all: the screenshot is scaled on a phone).
  expect(outlined).toBeGreaterThan(0.5);
});

// 360 px is a small phone; 640 px is a 1280 px window at 200 % zoom. The width is set here,
// whatever the project's, so once is enough.
for (const width of [360, 640]) {
  test(
    `every screen fits ${width} px without sideways scrolling`,
    DESKTOP_ONLY,
    async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await openApp(page);
      for (const screen of SCREENS) {
        await goTo(page, screen);
        await expectCurrent(page, screen);
        await expect(page.locator('[data-screen-heading]').first()).toBeAttached();
        await expect(page.getByText('Opening…')).toHaveCount(0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${screen} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await goTo(page, 'Checklist');
      await page.screenshot({
        path: test.info().outputPath(`checklist-${width}.png`),
        fullPage: true,
      });
    },
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `the certifications and settings screens have no WCAG 2.2 A/AA violations (${colorScheme})`,
    DESKTOP_ONLY,
    async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
      await goTo(page, 'Certifications');
      await page.getByRole('button', { name: 'Add a certification' }).click();
      await page.getByLabel('Issued on').fill('2024-12-25');
      await page.getByRole('button', { name: 'Save certification' }).click();
      await expect(
        page.getByRole('listitem', { name: /BLS Provider/ }).getByText('Expiring soon'),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Add a certification' }).click();
      await page.getByLabel('Issued on').fill('2030-01-01');
      await page.getByRole('button', { name: 'Save certification' }).click();
      await expect(page.getByLabel('Issued on')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, colorScheme);

      await goTo(page, 'Checklist');
      await expect(page.getByRole('region', { name: 'Needs your attention' })).toBeVisible();
      await expectNoViolations(page, colorScheme);

      await goTo(page, 'Settings');
      await expect(page.getByLabel('Application date')).toBeVisible();
      await expectNoViolations(page, colorScheme);
    },
  );
}

test(
  'the clinical hours, degree and exam screens have no WCAG 2.2 A/AA violations',
  DESKTOP_ONLY,
  async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Clinical hours');
    await page.getByRole('button', { name: 'Log hours' }).click();
    await page.getByLabel('Hours (quarter hours)').fill('-1');
    await page.getByRole('button', { name: 'Save hours' }).click();
    await expect(page.getByLabel('Hours (quarter hours)')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);

    await goTo(page, 'Degree');
    await page.getByLabel('Program', { exact: true }).fill('MLT AAS');
    await page.getByLabel('Expected graduation').fill('2027-05-15');
    await page.getByRole('button', { name: 'Save degree' }).click();
    await expect(page.getByText('Degree saved.')).toBeVisible();
    await expectNoViolations(page);

    await goTo(page, 'Exam');
    await page.getByRole('button', { name: 'Add an exam' }).click();
    await page.getByLabel('Application submitted on (optional)').fill('2026-10-01');
    await page.getByRole('button', { name: 'Save exam' }).click();
    await expect(page.getByText('Applied', { exact: true })).toBeVisible();
    await expectNoViolations(page);
  },
);

test('the targets and report screens have no WCAG 2.2 A/AA violations', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Targets');
  await page.getByRole('button', { name: 'Add a target' }).click();
  await page.getByLabel('Name', { exact: true }).fill('City MLT program');
  await page.getByLabel('Deadline or start date').fill('2027-04-15');
  await page.getByRole('button', { name: 'Save target' }).click();
  await page.getByText('All requirements').click();
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Report for City MLT program' }).click();
  await expect(page.getByRole('heading', { name: /Readiness report/ })).toBeVisible();
  await expectNoViolations(page);
});

test(
  'the backup screen, with a refused file, has no WCAG 2.2 A/AA violations',
  DESKTOP_ONLY,
  async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Backup');
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  },
);

test(
  'the backup screen, with an import to undo and what undo would lose, has no WCAG 2.2 A/AA violations',
  DESKTOP_ONLY,
  async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Backup');
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'medtech-ready-backup',
          version: 1,
          appVersion: '0.1.0',
          exportedAt: '2026-11-01T00:00:00.000Z',
          evidenceIncluded: true,
          data: Object.fromEntries(
            [
              'requirementStates',
              'customRequirements',
              'settings',
              'certifications',
              'evidenceFiles',
              'clinicalEntries',
              'degreeRecords',
              'courses',
              'examPlans',
              'targets',
            ].map((table) => [table, []]),
          ),
        }),
      ),
    });
    await page.getByRole('button', { name: 'Merge (newer records win)' }).click();
    await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
    await expectNoViolations(page);
    await goTo(page, 'Checklist');
    await page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' }).check();
    await goTo(page, 'Backup');
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByRole('alert')).toContainText('Since the import, 1 checklist record');
    await expectNoViolations(page);
  },
);

// Every screen at both sizes, in both schemes: three screens per test, so that a loaded machine
// never runs one long test (five per test outran the two-minute guard under three suites at once).
const SCREEN_GROUPS = Array.from({ length: Math.ceil(SCREENS.length / 3) }, (_, group) =>
  SCREENS.slice(group * 3, group * 3 + 3),
);
for (const colorScheme of ['light', 'dark'] as const) {
  for (const screens of SCREEN_GROUPS) {
    test(`${screens.join(', ')}: no WCAG 2.2 A/AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
      for (const screen of screens) {
        await goTo(page, screen);
        await expectCurrent(page, screen);
        await expect(page.locator(`[data-screen-heading]`).first()).toBeAttached();
        await expect(page.getByText('Opening…')).toHaveCount(0);
        await expectNoViolations(page, colorScheme);
      }
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `the "not found" and storage problem screens have no WCAG 2.2 A/AA violations (${colorScheme})`,
    DESKTOP_ONLY,
    async ({ page, context }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/#/nope');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page, colorScheme);

      const refused = await context.newPage();
      await refused.emulateMedia({ colorScheme });
      await refused.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new Error('The backing store is corrupt');
        };
      });
      await refused.goto('/');
      await expect(
        refused.getByRole('heading', { name: 'Your records could not be opened' }),
      ).toBeVisible();
      await expectNoViolations(refused, colorScheme);
    },
  );
}
