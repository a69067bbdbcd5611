import { test, expect } from './fixtures';
import { detailsRegion, detailsTitle, loadEventList, openEvent, sourceRegion } from './detailsHelpers';

const VISION = /Vision on Defence Cooperation/;

test('read the vision statement in its source and come back through another marked passage', async ({
  page,
  request,
}) => {
  const data = await loadEventList(request);
  const event = data.events.find((e) => VISION.test(e.title))!;
  const evidence = event.evidence[0]!;
  const source = data.sources.find((s) => s.id === evidence.source)!;
  await page.goto('/');
  await openEvent(page, VISION);
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();

  const reader = sourceRegion(page);
  await expect(reader).toBeVisible();
  await expect(reader.getByRole('heading', { name: source.headline })).toBeVisible();
  const current = reader.locator('mark.current');
  await expect(current.first()).toBeFocused();
  await expect(current.first()).toBeInViewport();
  expect((await current.allTextContents()).join('')).toBe(evidence.quote);

  // The whole article is there, as text.
  const text = await (await request.get(`/${source.text}`)).text();
  const shown = await reader.locator('.sr-body').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-also').forEach((x) => x.remove());
    return copy.textContent;
  });
  expect(shown).toBe(text);

  // Another event quoted from the same article is marked, and activating it shows that event.
  const other = data.events.find((e) => e.id !== event.id && e.evidence.some((x) => x.source === source.id));
  expect(other, 'the seed data quotes another event from the same article').toBeTruthy();
  if (!other) return;
  const passage = reader.locator(`mark.other-event[data-event-id="${other.id}"] a.sr-link`).first();
  await expect(passage).toBeVisible();
  await expect(passage).toHaveAccessibleName(new RegExp(`show its details`));
  await passage.focus();
  await page.keyboard.press('Enter');
  await expect(sourceRegion(page)).toHaveCount(0);
  await expect(detailsTitle(page)).toHaveText(other.title);
  await expect(detailsTitle(page)).toBeFocused();
});

test('Esc closes the reader and gives focus back to its Read in source button; Esc again closes the details', async ({
  page,
}) => {
  await page.goto('/');
  await openEvent(page, VISION);
  const read = detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first();
  await read.click();
  await expect(sourceRegion(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sourceRegion(page)).toHaveCount(0);
  await expect(detailsRegion(page)).toBeVisible();
  await expect(read).toBeFocused();

  await read.press('Enter');
  await expect(sourceRegion(page)).toBeVisible();
  await sourceRegion(page).getByRole('button', { name: 'Close source text' }).click();
  await expect(sourceRegion(page)).toHaveCount(0);
  await expect(read).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detailsRegion(page)).toHaveCount(0);
});

test('on a 390 px phone both panels fill the width and have a visible close button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await openEvent(page, VISION);
  for (const which of ['details', 'source'] as const) {
    if (which === 'source')
      await detailsRegion(page)
        .getByRole('button', { name: /Read in source/ })
        .first()
        .click();
    const region = which === 'details' ? detailsRegion(page) : sourceRegion(page);
    const box = await region.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(389);
    expect(box?.x).toBeLessThanOrEqual(1);
    expect(box?.y).toBeLessThanOrEqual(1);
    expect(box?.height, 'the drawer covers the whole height').toBeGreaterThanOrEqual(843);
    const close = region.getByRole('button', { name: /^Close / });
    await expect(close).toBeVisible();
    await expect(close).toBeInViewport();
  }
  // No horizontal scrolling inside the panels.
  const overflow = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.details-panel, .source-reader')).map(
      (el) => el.scrollWidth - el.clientWidth,
    ),
  );
  expect(overflow.every((d) => d <= 1)).toBe(true);
});

test('a changed article text is flagged, and a quote that moved is still found and marked', async ({
  page,
  request,
}) => {
  const data = await loadEventList(request);
  const event = data.events.find((e) => VISION.test(e.title))!;
  const source = data.sources.find((s) => s.id === event.evidence[0]!.source)!;
  const original = await (await request.get(`/${source.text}`)).text();
  // Someone prepended a line: the bytes no longer match sha256 and every offset is off by 30.
  const changed = `EDITOR'S NOTE: updated later.\n${original}`;
  await page.route(`**/${source.text}`, (route) =>
    route.fulfill({ body: changed, contentType: 'text/plain; charset=utf-8' }),
  );
  await page.goto('/');
  await openEvent(page, VISION);
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  const reader = sourceRegion(page);
  await expect(reader.getByText(/does not match the checksum/)).toBeVisible();
  expect((await reader.locator('mark.current').allTextContents()).join('')).toBe(event.evidence[0]!.quote);
});

test('where the header wraps onto two lines (900 px), nothing of either panel hides under it', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await openEvent(page, VISION);
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  await expect(sourceRegion(page).locator('mark.current').first()).toBeFocused();
  for (const name of ['Close source text', 'Close event details']) {
    const close = page.getByRole('button', { name });
    const hit = await close.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top === el || el.contains(top);
    });
    expect(hit, `${name} is not covered`).toBe(true);
  }
  const headerBottom = await page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const readerTop = await sourceRegion(page).evaluate((el) => el.getBoundingClientRect().top);
  expect(readerTop).toBeGreaterThanOrEqual(headerBottom - 1);
});

test("with the reader open, another quote's Read in source moves the mark; Esc returns to that button", async ({
  page,
  request,
}) => {
  const data = await loadEventList(request);
  const event = data.events.find((e) => VISION.test(e.title))!;
  // The seed's vision statement has two quotes: a test that skipped itself when it had one could pass unseen.
  expect(event.evidence.length, 'the vision statement has two quotes').toBeGreaterThanOrEqual(2);
  await page.goto('/');
  await openEvent(page, VISION);
  const reads = detailsRegion(page).getByRole('button', { name: /Read in source/ });
  await reads.nth(0).click();
  await expect(sourceRegion(page).locator('mark.current').first()).toBeFocused();
  await reads.nth(1).click();
  await expect(sourceRegion(page).locator('mark.current').first()).toBeFocused();
  expect((await sourceRegion(page).locator('mark.current').allTextContents()).join('')).toBe(event.evidence[1]!.quote);
  await page.keyboard.press('Escape');
  await expect(sourceRegion(page)).toHaveCount(0);
  await expect(reads.nth(1)).toBeFocused();
});

test('one Esc closes only the top panel (the source reader), wherever the focus is', async ({ page }) => {
  const places = {
    'source reader': () => sourceRegion(page).getByRole('button', { name: 'Close source text' }),
    'details panel': () =>
      detailsRegion(page)
        .getByRole('button', { name: /Read in source/ })
        .first(),
    'timeline canvas': () => page.locator('.timeline-canvas'),
    'list row': () => page.locator('table.event-table').getByRole('button').first(),
    'search box': () => page.getByRole('searchbox', { name: 'Search events' }),
  };
  await page.goto('/');
  for (const [where, target] of Object.entries(places)) {
    const list = where !== 'timeline canvas';
    await page.getByRole('radio', { name: list ? 'List' : 'Timeline' }).check();
    await openEvent(page, VISION);
    if (!list) await page.getByRole('radio', { name: 'Timeline' }).check();
    await detailsRegion(page)
      .getByRole('button', { name: /Read in source/ })
      .first()
      .click();
    await expect(sourceRegion(page)).toBeVisible();
    await target().focus();
    await page.keyboard.press('Escape');
    await expect(sourceRegion(page), `Esc from the ${where}`).toHaveCount(0);
    await expect(detailsRegion(page), `Esc from the ${where} must leave the details open`).toBeVisible();
    await detailsRegion(page).getByRole('button', { name: /Close/ }).first().click();
    await expect(detailsRegion(page)).toHaveCount(0);
  }
});
