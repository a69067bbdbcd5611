/**
 * 10,000 events: the app loads a generated list (served through page.route, generated at test time
 * by src/lib/generate) and stays responsive. Generous bounds: this catches a hang, it does not time
 * anything (`npm run bench` does that).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { generateEventList } from '../src/lib/generate';
import { labelOverlaps } from './helpers/overlaps';

const N = 10_000;
const generated = await generateEventList({ count: N, seed: 10_000, textPrefix: 'perf-10k/sources/' });
const body = JSON.stringify(generated.list);

async function serveList(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/perf-10k/events.json',
    (route) => route.fulfill({ contentType: 'application/json', body }),
  );
  await page.route(
    (url) => url.pathname.startsWith('/perf-10k/sources/'),
    (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      const text = generated.texts[path];
      return text === undefined
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ contentType: 'text/plain; charset=utf-8', body: text });
    },
  );
}

const status = (page: Page) => page.locator('.filter-status');

// Generous: these catch a hang at 10,000 events on a shared two-core machine, they do not time anything.
test.describe.configure({ timeout: 180_000 });

test('10,000 events load, filter, search and select without hanging', async ({ page }) => {
  await serveList(page);
  // Article texts load lazily: none of the 1,250 is fetched to show the timeline, filter or search.
  const textRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/sources/')) textRequests.push(r.url());
  });
  await page.goto('/?data=/perf-10k/events.json');
  await expect(status(page)).toHaveText(`Showing ${N} of ${N} events`, { timeout: 30_000 });
  // The timeline draws something, and not 10,000 boxes: clustered or summarised at this zoom.
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas.locator('.vis-item').first()).toBeVisible({ timeout: 15_000 });
  expect(await canvas.locator('.vis-item').count()).toBeLessThan(1000);
  // No summary's label lies over another item, at any width: a label near the right edge goes before its box,
  // and vis stacks the box where its label is (it was moved after the stacking, over its neighbours).
  const size = page.viewportSize()!;
  const panelWidth = () => page.locator('.timeline-canvas .vis-panel.vis-center').evaluate((el) => el.clientWidth);
  await expect.poll(() => labelOverlaps(page), { message: 'first view' }).toEqual([]);
  for (const [width, height] of [
    [768, 1024],
    [390, 844],
    [1920, 1080],
  ] as const) {
    const before = await panelWidth();
    await page.setViewportSize({ width, height });
    // vis has drawn at the new size once its panel has the new width.
    await expect.poll(panelWidth, { timeout: 10_000 }).not.toBe(before);
    await expect.poll(() => labelOverlaps(page), { message: `${width}x${height}`, timeout: 10_000 }).toEqual([]);
  }
  await page.setViewportSize(size);

  // A theme filter click changes the visible count within a generous bound.
  const themes = page.getByRole('group', { name: 'Themes' });
  const covid = themes.getByRole('checkbox', { name: /^COVID-19 \(\d+\)$/ });
  const covidOnly = generated.list.events.filter((e) => e.themes.every((t) => t === 'covid')).length;
  await covid.click();
  await expect(status(page)).toHaveText(`Showing ${N - covidOnly} of ${N} events`, { timeout: 5_000 });
  await covid.click();
  await expect(status(page)).toHaveText(`Showing ${N} of ${N} events`, { timeout: 5_000 });

  // Typing in the search narrows the set within the same bound; clearing brings everything back.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.pressSequentially('heron', { delay: 20 });
  await expect(status(page)).not.toHaveText(`Showing ${N} of ${N} events`, { timeout: 5_000 });
  const narrowed = Number((await status(page).textContent())?.match(/Showing (\d+)/)?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(N);
  await search.fill('');
  await expect(status(page)).toHaveText(`Showing ${N} of ${N} events`, { timeout: 5_000 });

  // Swimlanes: every event in each of its themes' lanes, still summarised (not 10,000 × themes items).
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await expect(canvas.locator('.vis-labelset .group-label').first()).toBeVisible({ timeout: 5_000 });
  expect(await canvas.locator('.vis-item').count()).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await expect(canvas.locator('.vis-labelset .group-label')).toHaveCount(0, { timeout: 5_000 });

  expect(textRequests, 'article texts fetched before any source was opened').toEqual([]);

  // The page still answers: the main thread is free for a trivial evaluate.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  expect(Date.now() - t0).toBeLessThan(5_000);
});

test('10,000 events: zooming in expands a summary into single events that can be selected', async ({ page }) => {
  await serveList(page);
  await page.goto('/?data=/perf-10k/events.json');
  await expect(status(page)).toHaveText(`Showing ${N} of ${N} events`, { timeout: 30_000 });
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas.locator('.vis-item').first()).toBeVisible({ timeout: 15_000 });
  const single = canvas.locator('.vis-item.vis-box.ev:not(.ev-summary), .vis-item.vis-range.ev:not(.ev-summary)');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no timeline canvas');
  // Clicking a summary zooms to the time it stands for; a few clicks reach single events.
  for (let i = 0; i < 8 && (await single.count()) === 0; i++) {
    const summary = await page.evaluate(() => {
      const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect();
      if (!panel) return null;
      for (const el of Array.from(document.querySelectorAll('.timeline-canvas .vis-item.ev-summary'))) {
        const r = el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 20);
        const y = r.top + r.height / 2;
        if (x > panel.left + 2 && x < panel.right - 2 && y > panel.top + 2 && y < panel.bottom - 2) return { x, y };
      }
      return null;
    });
    if (summary) await page.mouse.click(summary.x, summary.y);
    else {
      await page.mouse.move(box.x + box.width / 2, box.y + 60);
      await page.mouse.wheel(0, -500);
    }
    await page.waitForTimeout(400);
  }
  await expect(single.first()).toBeAttached({ timeout: 5_000 });
  // Click the first single event whose box lies inside the visible part of the timeline.
  const point = await page.evaluate(() => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel) return null;
    for (const el of Array.from(
      document.querySelectorAll(
        '.timeline-canvas .vis-item.vis-box.ev:not(.ev-summary), ' +
          '.timeline-canvas .vis-item.vis-range.ev:not(.ev-summary)',
      ),
    )) {
      const r = el.getBoundingClientRect();
      const x = Math.max(r.left, panel.left + 4) + 6;
      const y = r.top + r.height / 2;
      if (x < Math.min(r.right, panel.right) - 2 && y > panel.top + 2 && y < Math.min(panel.bottom, innerHeight) - 2)
        return { x, y };
    }
    return null;
  });
  expect(point, 'a single event inside the visible timeline').not.toBeNull();
  if (point) await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })).toBeVisible({
    timeout: 5_000,
  });
});
