/**
 * The security headers arrive where we serve (issue 11, item 12): vite preview (this suite's server)
 * and the dev server (started here on a free port). The policy is the meta tag's plus
 * frame-ancestors 'none', so the app cannot be framed; the app still runs under it with no
 * console error (the fixture fails on any), the dev server's inline React Refresh preamble included.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { test, expect } from './fixtures';
import { headerCsp, META_CSP } from '../scripts/securityHeaders';

const root = fileURLToPath(new URL('..', import.meta.url));

function expectSecurityHeaders(headers: Record<string, string>, csp = headerCsp()): void {
  expect(headers['content-security-policy']).toBe(csp);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

test('vite preview sends the policy, nosniff and the referrer policy with the page, the data and the texts', async ({
  page,
  request,
}) => {
  const response = await page.goto('/');
  expectSecurityHeaders(response!.headers());
  // the meta tag stays for static hosts that send no headers
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', META_CSP);
  await expect(page.locator('.timeline-canvas .vis-item, .event-table').first()).toBeVisible();
  const list = await request.get('/data/events.json');
  expectSecurityHeaders(list.headers());
  const doc = (await list.json()) as { sources: { text: string }[] };
  const text = await request.get(`/${doc.sources[0]!.text}`);
  expect(text.status()).toBe(200);
  expectSecurityHeaders(text.headers());
});

test('the app cannot be framed by another page', async ({ page, allowConsole }) => {
  allowConsole(/Refused to (display|frame)|frame-ancestors/);
  // a host page of the same origin as the app (so only frame-ancestors can stop it), sent without headers
  await page.route('**/framing-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><link rel="icon" href="data:,"><title>host</title><body></body>',
    }),
  );
  await page.goto('/framing-host.html');
  const app = new URL('/', page.url()).href;
  const blocked = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, app);
  await blocked; // the signal that the browser refused it
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(
    await frame
      ?.locator('#root')
      .count()
      .catch(() => 0),
  ).toBe(0);
});

test.describe('the dev server', () => {
  let server: ViteDevServer;
  test.beforeAll(async () => {
    // port 0: a free port the system picks, so it cannot collide with any other server on the machine
    server = await createServer({
      root,
      configFile: `${root}vite.config.ts`,
      logLevel: 'error',
      server: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    await server.listen();
  });
  test.afterAll(async () => server?.close());

  test('sends the headers, and the app runs under them (React Refresh preamble allowed by its hash)', async ({
    page,
  }) => {
    const url = server.resolvedUrls!.local[0]!;
    const response = await page.goto(url);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; /,
    );
    expect(headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('.timeline-canvas .vis-item, .event-table').first()).toBeVisible({ timeout: 60_000 });
  });
});
