/** One way to run axe in the e2e tests: the rules, the summary of a violation, and light and dark on one page. */
import axe from 'axe-core';
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

/**
 * The violations in the page as it is now, one line each: rule, impact, help and up to five targets.
 * axe-core is put into the page once per document and run there with axe.run (what @axe-core/playwright's
 * AxeBuilder does in its legacy mode). AxeBuilder.analyze() evaluated axe's half-megabyte source in the page twice
 * per run and finished every run in a new blank page (to merge the results of frames: the app has none), about a
 * second of CPU per check on this machine.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axe.source);
    await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ['<same_origin>'] }),
    );
  }
  const only = options.rules
    ? { type: 'rule' as const, values: options.rules }
    : options.tags === 'all'
      ? undefined
      : { type: 'tag' as const, values: options.tags ?? FULL_RULES };
  const violations = await page.evaluate(
    async ({ include, runOnly }) => {
      const context = include ? { include: [include] } : document;
      const results = await (window as unknown as { axe: typeof axe }).axe.run(context, runOnly ? { runOnly } : {});
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { include: options.include, runOnly: only },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}`);
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
