/** The overview strip (issue 15 §7) with the seed data and a list spanning nine centuries. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations } from './helpers/axe';
import { clickOverviewAt, importJson, linkWindow, openApp, settledWindow, timelineItem } from './helpers/app';
import { seedLike, seedLikeText, serveEvents } from './helpers/seedLike';
import { showList } from './detailsHelpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline window' });
const centre = (page: Page) => (linkWindow(page).start + linkWindow(page).end) / 2;

test('the strip replaces the year buttons: keys, click, drag and edges move the window @layout', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await expect(page.getByRole('button', { name: /^Jump to/ })).toHaveCount(0);
  await expect(page.locator('.overview-bars rect').first()).toBeVisible();
  // The toolbar stays one row: every control's top within a few pixels of the first one's.
  const tops = await page
    .locator('.timeline-toolbar button')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);

  // Click beside the range: the window centres on mid-2020.
  const mid2020 = new Date(2020, 6, 1).getTime();
  await clickOverviewAt(page, mid2020);
  await expect.poll(() => Math.abs(centre(page) - mid2020)).toBeLessThan(40 * 86_400_000);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await settledWindow(page);

  // Keys: a slider with dates in its value text.
  await slider(page).focus();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^\d+ \w{3} \d{4} to \d+ \w{3} \d{4}, of /);
  const text = await slider(page).getAttribute('aria-valuetext');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => linkWindow(page).start).toBeGreaterThan(zoomed.start);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', text ?? '');
  await page.keyboard.press('Home');
  await expect.poll(() => linkWindow(page).start).toBeLessThan(new Date(2020, 0, 1).getTime());
  expect(linkWindow(page).span).toBeCloseTo(zoomed.span, -5);

  // Drag the middle: pans (same width); drag the end edge: resizes.
  const before = await settledWindow(page);
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => linkWindow(page).start).toBeGreaterThan(before.start);
  const moved = await settledWindow(page);
  expect(Math.abs(moved.span - before.span)).toBeLessThan(86_400_000);
  const edge = (await page.locator('.overview-edge[data-edge="end"]').boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 100, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => linkWindow(page).end).toBeGreaterThan(moved.end);
  await expect.poll(() => Math.abs(linkWindow(page).start - moved.start)).toBeLessThan(86_400_000);

  await expectNoViolations(page, 'overview strip moved', { include: '.timeline-region', tags: 'all' });
});

test('a list over nine centuries fits the strip in one row, with century ticks', async ({ page }) => {
  const doc = JSON.parse(seedLikeText) as { events: { id: string; date: Record<string, unknown> }[] };
  const base = doc.events.filter((e) => e.date['precision'] === 'day');
  doc.events = Array.from({ length: 40 }, (_, i) => {
    const e = base[i % base.length]!;
    const day = `${1100 + i * 23}-06-0${1 + (i % 9)}`;
    return { ...e, id: `${e.id}-${i}`, date: { ...e.date, start: day, end: day } };
  });
  await serveEvents(page, doc);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('.overview-bars rect').first()).toBeVisible();
  const strip = (await page.locator('.overview').boundingBox())!;
  expect(strip.height).toBeLessThan(60);
  await expect(page.locator('.overview-ticks span')).toContainText(['1200', '1400', '1600', '1800']);
  const t = new Date(1500, 0, 1).getTime();
  await clickOverviewAt(page, t);
  await expect.poll(() => Math.abs(centre(page) - t)).toBeLessThan(10 * 365 * 86_400_000);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /149\d|150\d/);
});

test('search: a typo finds, Zoom to results fits them, marks in the details and a snippet in the list', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Ladak');
  const hits = seedLike.events.filter((e) => e.id.includes('ladakh'));
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(hits.length);
  await page.getByRole('button', { name: 'Zoom to results' }).click();
  await expect.poll(() => linkWindow(page).span).toBeLessThan(30 * 86_400_000);

  await page.getByRole('searchbox', { name: 'Search events' }).fill('Gnatz');
  await expect(page.locator('.timeline-canvas mark').first()).toHaveText(/Gantz/i);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('telephonic');
  await timelineItem(page, 'Rajnath Singh and Benny Gantz hold a telephone call').click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.locator('blockquote mark').first()).toHaveText('telephonic');
  await showList(page);
  await expect(page.locator('.list-snippet mark').first()).toHaveText('telephonic');
  await expect(page.locator('.list-snippet').first()).toContainText('Quote:');
});

test('after importing a 15-year TimelineJS file the header and the toolbar stay one row at 1280 px @layout', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const header = page.locator('.app-header');
  const height = (await header.boundingBox())!.height;
  const events = Array.from({ length: 15 }, (_, i) => ({
    start_date: { year: 1985 + i, month: 3, day: 1 + i },
    text: { headline: `Album ${i + 1}`, text: `Released in ${1985 + i}.` },
  }));
  await importJson(
    page,
    'whitney-houston-timeline-of-albums-and-tours.json',
    Buffer.from(JSON.stringify({ title: { text: { headline: 'Whitney Houston' } }, events })),
  );
  await expect(page.locator('.imported-banner')).toContainText('Showing imported data from whitney-houston');
  await expect(page.getByRole('button', { name: 'Back to built-in data' })).toBeVisible();
  // One row: a second would add a whole row's height (the banner's border may add a pixel or two).
  expect((await header.boundingBox())!.height).toBeLessThan(height * 1.3);
  await expect(page.locator('.app-title')).toContainText('Briefline');
  const tops = await page
    .locator('.timeline-toolbar button')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
  await expect(page.locator('.overview-ticks span').first()).toBeVisible();
});
