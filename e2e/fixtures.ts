/**
 * The shared Playwright fixture: every e2e test imports `test` and `expect` from here.
 * A test fails on any console error or warning and on any uncaught page error, so
 * "no console errors or warnings in any e2e test" is checked everywhere, not by hand.
 * A test that expects a particular console message can allow it with `allowConsole(/pattern/)`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type ConsoleMessage } from '@playwright/test';

export interface FontOptions {
  /**
   * Serve a different typeface (Noto Sans, other metrics) in place of the shipped Inter files: the
   * "font-fallback" project (playwright.config.ts) runs the @layout tests so, proving that they do
   * not depend on one font's metrics.
   */
  fallbackFont: boolean;
}

const noto = (file: string) =>
  fileURLToPath(new URL(`../node_modules/@fontsource/noto-sans/files/${file}`, import.meta.url));

interface Fixtures {
  /** Allow console errors/warnings whose text matches (for tests that provoke them on purpose). */
  allowConsole: (pattern: RegExp) => void;
  consoleProblems: string[];
  fontSwap: void;
}

export const test = base.extend<Fixtures & FontOptions>({
  fallbackFont: [false, { option: true }],
  fontSwap: [
    async ({ page, fallbackFont }, use) => {
      if (fallbackFont)
        await page.context().route(/\/assets\/inter-[\w-]+\.woff2$/, (route) => {
          const name = new URL(route.request().url()).pathname;
          const subset = name.includes('latin-ext') ? '-ext' : '';
          const style = name.includes('italic') ? 'italic' : 'normal';
          const file = `noto-sans-latin${subset}-400-${style}.woff2`;
          return route.fulfill({ contentType: 'font/woff2', body: readFileSync(noto(file)) });
        });
      await use();
    },
    { auto: true },
  ],
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
