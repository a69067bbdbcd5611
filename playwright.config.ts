import { defineConfig, devices } from '@playwright/test';
import type { FontOptions } from './e2e/fixtures';
import { existsSync } from 'node:fs';

// This machine cannot download Playwright's own browser: use Debian's Chromium
// (or CHROMIUM_PATH) when present, else Playwright's bundled one for users elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);

export const chromiumLaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

export default defineConfig<FontOptions>({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  // No retries anywhere: a flaky test must show up as a failure, not pass on its second try.
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } },
    // The layout tests once more with another typeface served in place of the shipped one: they must
    // pass whatever fonts a machine has (issue 14).
    {
      name: 'font-fallback',
      grep: /@layout/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, fallbackFont: true },
    },
  ],
  webServer: {
    // npm test builds dist/ beside the type check and says so with E2E_PREBUILT (scripts/test-all.mjs).
    command: `${process.env.E2E_PREBUILT ? '' : 'npx vite build --logLevel error && '}npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
