/**
 * The shared Playwright fixture: every e2e test imports `test` and `expect` from here.
 * A test fails on any console error or warning and on any uncaught page error, so
 * "no console errors or warnings in any e2e test" is checked everywhere, not by hand.
 * A test that expects a particular console message can allow it with `allowConsole(/pattern/)`.
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';

interface Fixtures {
  /** Allow console errors/warnings whose text matches (for tests that provoke them on purpose). */
  allowConsole: (pattern: RegExp) => void;
  consoleProblems: string[];
}

export const test = base.extend<Fixtures>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await use(problems);
      void page;
    },
    { scope: 'test' },
  ],
  allowConsole: [
    async ({ page, consoleProblems }, use, testInfo) => {
      const allowed: RegExp[] = [];
      const onConsole = (m: ConsoleMessage) => {
        if (m.type() !== 'error' && m.type() !== 'warning') return;
        const text = `console.${m.type()}: ${m.text()} (${m.location().url}:${m.location().lineNumber})`;
        if (!allowed.some((re) => re.test(m.text()))) consoleProblems.push(text);
      };
      const onPageError = (e: Error) => {
        if (!allowed.some((re) => re.test(e.message))) consoleProblems.push(`pageerror: ${e.message}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      await use((re) => allowed.push(re));
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      if (testInfo.status === testInfo.expectedStatus) {
        expect(consoleProblems, 'console errors, warnings or page errors during the test').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
