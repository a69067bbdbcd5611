import { defineConfig, devices } from '@playwright/test';
import type { FontOptions } from './e2e/fixtures';
import { existsSync } from 'node:fs';

// This machine cannot download Playwright's own browser: use Debian's. The benchmarks and Lighthouse measure the
// full browser a user runs (chromium); the e2e tests prefer Debian's headless shell, the build Playwright itself
// uses for headless tests: the same Blink and V8 without the desktop browser around them, so the suite takes about
// a third less time on two cores (488 → 327 s, 2 Dec). CHROMIUM_PATH overrides both (scripts/browser-setup.mjs).
const fullBrowser = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const testBrowser =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : fullBrowser);
const port = Number(process.env.E2E_PORT ?? 4173);

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The full browser, for measuring (scripts/bench). */
export const chromiumLaunchOptions = { ...(fullBrowser ? { executablePath: fullBrowser } : {}), args };
/** The browser the e2e tests run in. */
const testLaunchOptions = { ...(testBrowser ? { executablePath: testBrowser } : {}), args };

export default defineConfig<FontOptions>({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  // No retries anywhere: a flaky test must show up as a failure, not pass on its second try.
  retries: 0,
  // The list as it runs; the JSON report lets `npm test` name each failed test again beside its summary, where a
  // CI log's tail shows it (scripts/test-all.mjs).
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: testLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: testLaunchOptions } },
    // The layout tests once more with another typeface served in place of the shipped one: they must
    // pass whatever fonts a machine has (issue 14).
    {
      name: 'font-fallback',
      grep: /@layout/,
      use: { ...devices['Desktop Chrome'], launchOptions: testLaunchOptions, fallbackFont: true },
    },
  ],
  webServer: {
    // npm test builds dist/ beside the type check and says so with E2E_PREBUILT (scripts/test-all.mjs).
    command:
      `${process.env.E2E_PREBUILT ? '' : 'npx vite build --logLevel error && '}` +
      `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
