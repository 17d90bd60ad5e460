/**
 * A student's phone (390 × 844): the bottom bar reaches every screen in at most two taps from the
 * checklist, marks where the student is, and every control of every screen sits inside the screen.
 * On a small phone (360 × 740), with a student's records in every screen and the longest unbroken
 * names and notes the records take, no page is wider than the screen, the report included; text a
 * student typed never reverses the words around it; the hours chart is readable.
 */
import type { Page } from '@playwright/test';
import sample from '../fixtures/sample-backup.json' with { type: 'json' };
import { axeViolations } from './axe';
import { expect, goTo, importBackup, openApp, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const bar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Each screen, the taps that reach it from the checklist, and its heading. */
const ROUTES: ReadonlyArray<{ taps: readonly string[]; heading: RegExp; marked: string }> = [
  { taps: ['Targets'], heading: /^Targets$/, marked: 'Targets' },
  { taps: ['Hours'], heading: /^Clinical hours$/, marked: 'Hours' },
  { taps: ['Cards'], heading: /^Certifications$/, marked: 'Cards' },
  { taps: ['More', 'Degree'], heading: /^Degree$/, marked: 'More' },
  { taps: ['More', 'Exam'], heading: /^Exam$/, marked: 'More' },
  { taps: ['More', 'Clearances'], heading: /^Clearances$/, marked: 'More' },
  { taps: ['More', 'Backup'], heading: /^Backup$/, marked: 'More' },
  { taps: ['More', 'Settings'], heading: /^Settings$/, marked: 'More' },
];

/** Links, buttons and fields that stick out of the viewport, by their text. */
async function controlsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [
      ...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary'),
    ]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

test('every screen is at most two taps from the checklist, marked in the bar, and fits', async ({
  page,
}) => {
  await openApp(page);
  await expect(bar(page).getByRole('link')).toHaveCount(5);
  await expect(bar(page).getByRole('link', { name: 'Checklist' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(await controlsOutside(page)).toEqual([]);
  for (const route of ROUTES) {
    await bar(page).getByRole('link', { name: 'Checklist', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
    const [first, second] = route.taps;
    await bar(page).getByRole('link', { name: first, exact: true }).click();
    if (second)
      await page.getByRole('main').getByRole('link', { name: second, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: route.heading })).toBeVisible();
    await expect(bar(page).getByRole('link', { name: route.marked, exact: true })).toHaveAttribute(
      'aria-current',
      second ? 'true' : 'page',
    );
    expect(await controlsOutside(page), route.taps.join(' → ')).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route.taps.join(' → ')).toBeLessThanOrEqual(0);
  }
});

test('the bar stays in reach and never covers the end of a screen', async ({ page }) => {
  await openApp(page);
  // The checklist shows before the rest of the page has arrived, which can still make it longer:
  // scroll to the end again until the end stays put.
  const endOfPage = async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const barBox = await bar(page).boundingBox();
    const footerBox = await page.locator('.app-footer').boundingBox();
    return { barBox, footerBox };
  };
  await expect
    .poll(async () => {
      const { barBox, footerBox } = await endOfPage();
      return footerBox && barBox ? footerBox.y + footerBox.height - barBox.y : undefined;
    })
    .toBeLessThanOrEqual(1);
  const { barBox } = await endOfPage();
  expect(barBox && barBox.y + barBox.height).toBeLessThanOrEqual(844 + 1);
});

/** Some of the sample student's records at their longest, unbroken (no space, no hyphen). */
const LONG = (length: number) => 'Phlebotomyvenipuncture'.repeat(20).slice(0, length);
/** A right-to-left override left open, as a pasted file name can carry. */
const RLO = 'Pay invoice \u202Efdp.exe';

function longRecords() {
  const { data } = sample;
  const last = data.clinicalEntries.length - 1;
  return {
    ...sample,
    data: {
      ...data,
      clinicalEntries: data.clinicalEntries.map((entry, index) =>
        index === last
          ? { ...entry, site: LONG(120), supervisor: LONG(120), notes: `${RLO} ${LONG(600)}` }
          : entry,
      ),
      targets: data.targets.map((target, index) =>
        index === 0 ? { ...target, name: LONG(160), notes: LONG(2000) } : target,
      ),
      clearances: data.clearances.map((clearance) => ({
        ...clearance,
        notes: `${RLO} ${LONG(2000)}`,
      })),
      requirementStates: data.requirementStates.map((state) => ({ ...state, note: LONG(600) })),
      customRequirements: data.customRequirements.map((item) => ({ ...item, title: LONG(200) })),
      certifications: data.certifications.map((card, index) =>
        index === 0 ? { ...card, name: LONG(120), cardNumber: `${RLO}${LONG(40)}` } : card,
      ),
      evidenceFiles: data.evidenceFiles.map((file) => ({ ...file, name: `${RLO}${LONG(200)}` })),
      degreeRecords: data.degreeRecords.map((degree) => ({
        ...degree,
        program: LONG(160),
        institution: LONG(160),
      })),
      courses: data.courses.map((course, index) =>
        index === 0 ? { ...course, name: LONG(160) } : course,
      ),
      examPlans: data.examPlans.map((plan) => ({ ...plan, notes: LONG(2000) })),
      settings: data.settings.map((setting) =>
        setting.key === 'studentName' ? { ...setting, value: `${RLO}${LONG(100)}` } : setting,
      ),
    },
  };
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Text nodes holding the open override that are not inside an element isolated for bidi (<bdi>,
 * unicode-bidi: isolate), where it could reverse the words around it.
 */
function unisolated(page: Page) {
  return page.evaluate((override) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(override)) continue;
      let isolated = false;
      for (let element = node.parentElement; element && !isolated; element = element.parentElement)
        isolated = ['isolate', 'isolate-override', 'plaintext'].includes(
          getComputedStyle(element).unicodeBidi,
        );
      if (!isolated) found.push(node.parentElement?.textContent?.slice(0, 60) ?? '');
    }
    return found;
  }, '\u202E');
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the first open asks what the student is working towards within the first screen', async ({
    page,
  }) => {
    await page.goto('/');
    const choices = page.getByRole('group', { name: 'What are you working towards?' });
    await expect(choices.getByRole('radio').first()).toBeInViewport();
    await choices.getByRole('radio', { name: /Phlebotomy Technician \(ASCP\)/ }).click();
    await page.getByRole('button', { name: 'Show my checklist' }).click();
    await expect(page.getByLabel('Pathway')).toHaveValue('pbt');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('with records at their longest, no page is wider than the screen, the report included', async ({
    page,
  }) => {
    await openApp(page);
    await importBackup(page, longRecords());
    const screens = [
      'Checklist',
      'Targets',
      'Clinical hours',
      'Degree',
      'Exam',
      'Certifications',
      'Clearances',
      'Backup',
      'Settings',
    ];
    for (const screen of screens) {
      await goTo(page, screen);
      await expect(page.locator('[data-screen-heading]').first()).toBeFocused();
      await expect(page.getByText('Opening…')).toHaveCount(0);
      if (screen === 'Targets') {
        for (const details of await page.getByText('All requirements').all()) await details.click();
      }
      if (screen === 'Certifications' || screen === 'Clearances') {
        await expect(page.getByText(/fdp\.exe/).first()).toBeVisible();
      }
      if (screen === 'Clinical hours') {
        await expect(page.getByRole('img', { name: /clinical hours over time/ })).toBeVisible();
      }
      expect.soft(await pageOverflow(page), screen).toBeLessThanOrEqual(0);
      expect.soft(await controlsOutside(page), screen).toEqual([]);
      expect.soft(await unisolated(page), screen).toEqual([]);
    }
    await goTo(page, 'Targets');
    await page.getByRole('link', { name: `Report for ${LONG(160)}` }).click();
    await expect(page.getByRole('heading', { name: /Readiness report/ })).toBeVisible();
    await expect(page.getByRole('table')).toBeAttached();
    expect.soft(await pageOverflow(page), 'report').toBeLessThanOrEqual(0);
    expect.soft(await controlsOutside(page), 'report').toEqual([]);
    expect.soft(await unisolated(page), 'report').toEqual([]);
    expect.soft(await axeViolations(page), 'report').toEqual([]);
    // Cards, not a table's columns: each requirement's words take the screen's width.
    const cell = page.getByRole('cell', { name: LONG(200) });
    expect((await cell.boundingBox())?.width).toBeGreaterThan(250);
  });

  test('the hours chart reads at 12 px or more, in round steps, with the required line named', async ({
    page,
  }) => {
    await openApp(page);
    await goTo(page, 'Clinical hours');
    await expect(page.getByText(/Your chart starts with the first shift you log/)).toBeVisible();
    await importBackup(page, sample);
    await goTo(page, 'Clinical hours');
    const chart = page.locator('.hours-chart svg');
    await expect(chart).toBeVisible();
    const sizes = await chart.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()?.a ?? 0;
      return [...svg.querySelectorAll('text')].map(
        (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
      );
    });
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    // 300 h required: the axis goes 0, 100, 200, 300, not to 315.
    const ticks = await chart.locator('text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['0', '100', '200', '300', 'Required 300 h']));
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the bottom bar and "More" have no WCAG 2.2 A/AA violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await bar(page).getByRole('link', { name: 'More', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'More' })).toBeFocused();
    expect(await axeViolations(page, colorScheme)).toEqual([]);
  });
}
