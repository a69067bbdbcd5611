import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { detailsRegion, detailsTitle, openEvent, showList, sourceRegion } from './detailsHelpers';
import { HOSTILE_URLS, PAYLOADS, hostileEventList, hostileTexts } from './fixtures/hostile';

const data = hostileEventList();
const texts = hostileTexts();

async function serveHostile(page: Page, dialogs: string[]) {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/data/events.json', (route) => route.fulfill({ json: data }));
  await page.route('**/data/sources/*.txt', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const body = texts[path];
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ body, contentType: 'text/plain; charset=utf-8' });
  });
}

/** Nothing from the data ran, and nothing from the data became markup or a link. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs, 'no alert/confirm/prompt').toEqual([]);
  const report = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      pwned: (window as unknown as { pwnedByData?: unknown }).pwnedByData ?? null,
      foreignTags: all
        .filter(
          (el) => ['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FRAME'].includes(el.tagName) && el.closest('#root'),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
      // The app draws its own SVG (the presenter strip); none may carry anything from a payload.
      injectedAttrs: all.flatMap((el) =>
        Array.from(el.attributes)
          .filter(
            (a) =>
              /^(on.*|src|srcdoc|xlink:href|data|action|formaction|style)$/i.test(a.name) &&
              /pwnedByData|alert\(/.test(a.value),
          )
          .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 60)}`),
      ),
      svgFromData: Array.from(document.querySelectorAll('svg')).filter((el) => !el.getAttribute('class')).length,
      scripts: Array.from(document.scripts).map((s) => s.src || `inline:${s.textContent?.slice(0, 40)}`),
      handlers: all.flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.tagName} ${a.name}`),
      ),
      hrefs: Array.from(document.querySelectorAll('[href]')).map((el) => el.getAttribute('href') ?? ''),
      srcs: Array.from(document.querySelectorAll('[src]')).map((el) => el.getAttribute('src') ?? ''),
    };
  });
  expect(report.pwned, 'no payload set window.pwnedByData').toBeNull();
  expect(report.foreignTags, 'no <img>/<iframe>/<object>/<embed>/<style> made from data').toEqual([]);
  expect(report.injectedAttrs, 'no attribute that loads or runs anything carries a payload').toEqual([]);
  expect(report.svgFromData, "no unclassed <svg> (the payload's) in the page").toBe(0);
  expect(report.handlers, 'no event-handler attributes').toEqual([]);
  for (const s of report.scripts)
    expect(s, 'only the app bundle runs').toMatch(new RegExp(`^${escape(new URL(page.url()).origin)}/`));
  for (const href of report.hrefs)
    expect(href, 'every href is http(s), same-document or same-origin').toMatch(/^(https?:\/\/|#|\/(?!\/)|data:,$)/);
  for (const src of report.srcs) expect(src).not.toMatch(/^(javascript|data:text|vbscript)/i);
  const linkHrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const h of linkHrefs) expect(new URL(h).protocol).toMatch(/^https?:$/);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('hostile strings render as text everywhere and nothing executes', async ({ page }) => {
  const dialogs: string[] = [];
  await serveHostile(page, dialogs);
  await page.goto('/');
  // The payloads are shown literally, as text: on the timeline, then in the list.
  await expect(page.getByRole('application')).toBeVisible();
  await expect(page.getByText(PAYLOADS[0]!, { exact: false }).first()).toBeAttached();
  await expectNothingRan(page, dialogs);
  await showList(page);
  await expect(page.locator('table.event-table').getByText(PAYLOADS[0]!, { exact: false }).first()).toBeVisible();
  await expectNothingRan(page, dialogs);

  for (const event of data.events) {
    await openEvent(page, event.title);
    const panel = detailsRegion(page);
    await expect(detailsTitle(page)).toHaveText(event.title);
    await expect(panel.locator('blockquote').first()).toHaveText(event.evidence[0]!.quote);
    // Only the one https source address becomes a link; the others say why not.
    const source = data.sources.find((s) => s.id === event.evidence[0]!.source)!;
    const linkable = source.url.startsWith('https:');
    await expect(panel.locator('figure').first().getByRole('link')).toHaveCount(linkable ? 1 : 0);
    if (!linkable) await expect(panel.locator('figure').first()).toContainText('not a web (http/https) address');
    await expectNothingRan(page, dialogs);

    // The reader shows the hostile article as text, with its quotes marked.
    await panel
      .getByRole('button', { name: /Read in source/ })
      .first()
      .click();
    const reader = sourceRegion(page);
    if (source.text.startsWith('https:')) {
      await expect(reader.getByRole('alert')).toContainText('not a plain relative path');
    } else {
      await expect(reader.locator('mark.current').first()).toHaveText(event.evidence[0]!.quote);
      await expect(reader.locator('.sr-body')).toContainText(texts[source.text]!.slice(0, 30));
    }
    await expectNothingRan(page, dialogs);
    await page.keyboard.press('Escape');
    await expect(reader).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  }
  await expectNothingRan(page, dialogs);
});

test('activating a marked passage in a hostile article goes to its event, still as text', async ({ page }) => {
  const dialogs: string[] = [];
  await serveHostile(page, dialogs);
  await page.goto('/');
  const event = data.events[1]!;
  await openEvent(page, event.title);
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  // Event 0 quotes the very passage event 1 came from: an identical, overlapping quote, so it is
  // reached by the small extra button beside the current mark.
  const other = sourceRegion(page).locator('.sr-extra[data-event-id]').first();
  await expect(other).toBeVisible();
  await expect(other).toHaveAccessibleName(/^Also quoted by: /);
  const target = await other.getAttribute('data-event-id');
  expect(target).not.toBe(event.id);
  await other.click();
  const title = data.events.find((e) => e.id === target)!.title;
  await expect(detailsTitle(page)).toHaveText(title);
  await expectNothingRan(page, dialogs);
  expect(HOSTILE_URLS.length).toBeGreaterThan(3);
});

const strictCspTitle =
  'the Content-Security-Policy stays strict: no inline or eval scripts, no plugins, no base or form targets';
test(strictCspTitle, async ({ page, allowConsole }) => {
  allowConsole(/Content Security Policy/);
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  const directives = new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)] as const),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('connect-src') ?? ["'self'"]).toEqual(["'self'"]);
  for (const [name, values] of directives) {
    expect(values, `${name} allows no eval`).not.toContain("'unsafe-eval'");
    if (name !== 'style-src') expect(values, `${name} allows no inline`).not.toContain("'unsafe-inline'");
    expect(values, `${name} allows no wildcard`).not.toContain('*');
  }
  // And the policy is in force: an inline script injected now does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.appendChild(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
});
