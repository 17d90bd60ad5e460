/**
 * The accessibility check every spec uses: axe against WCAG 2.2 A/AA. In light, every rule; in
 * dark, the rules that read colours only. The themes differ in the palette alone (app.css: every
 * colour is one light-dark() pair), so the other rules would judge the same page twice, at about
 * 2 s of axe each on a 2-core machine.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type ColorScheme = 'light' | 'dark';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe finds, by rule and element ("color-contrast: .badge"). */
export async function axeViolations(
  page: Page,
  colorScheme: ColorScheme = 'light',
): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (colorScheme === 'dark') axe.withRules(COLOUR_RULES);
  else axe.withTags(WCAG_TAGS);
  const results = await axe.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

export async function expectNoViolations(
  page: Page,
  colorScheme: ColorScheme = 'light',
): Promise<void> {
  expect(await axeViolations(page, colorScheme)).toEqual([]);
}
