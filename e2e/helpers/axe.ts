/** One way to run axe in the e2e tests: the rules, the summary of a violation, and light and dark on one page. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** WCAG 2.2 A/AA and best practice: what every view and dialog is held to unless a test says otherwise. */
export const FULL_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules whose outcome depends on colours: all that can change when only the colour scheme does. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeOptions {
  /** axe tags to run: FULL_RULES when absent, 'all' for axe's default set. */
  tags?: string[] | 'all';
  /** Only these rules (ids), instead of tags. */
  rules?: string[];
  /** Only this part of the page (a CSS selector). */
  include?: string;
}

/** The violations in the page as it is now, one line each: rule, impact, help and up to five targets. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (options.rules) builder = builder.withRules(options.rules);
  else if (options.tags !== 'all') builder = builder.withTags(options.tags ?? FULL_RULES);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** No axe violations in the page as it is now. */
export async function expectNoViolations(page: Page, state: string, options: AxeOptions = {}) {
  expect(await axeViolations(page, options), `axe violations in state "${state}"`).toEqual([]);
}

/**
 * No violations in the light colour scheme, then in the dark one, without leaving the state: one page load
 * for both (with the scheme on "system", the page follows `prefers-color-scheme` live; no colour transitions).
 * The dark pass runs the rules that read colours: the page's structure, names and roles are the same in both
 * schemes and were checked in the light pass. Ends dark.
 */
export async function expectNoViolationsLightAndDark(page: Page, state: string, options: AxeOptions = {}) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect
      .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
      .toBe(colorScheme === 'dark');
    const pass = colorScheme === 'dark' ? { ...options, rules: COLOUR_RULES } : options;
    await expectNoViolations(page, `${state}, ${colorScheme}`, pass);
  }
}
