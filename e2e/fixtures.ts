/**
 * The shared Playwright `test`: fails any test whose page logs a console error or warning,
 * or throws an uncaught exception. Import { test, expect } from './fixtures' in every spec.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      await use(problems);
      expect(problems, 'no console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
