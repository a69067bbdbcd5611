/**
 * Issue 15 §1, nothing hidden without a cue, on the real seed data: the first view shows every day
 * that has events; items below the fold are announced ("N more below") and reachable; the keyboard
 * cursor, a selection and a deep link bring their item into view; Fit all fits both ways.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { validateEventList } from '../src/lib/schema';

const file = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const v = validateEventList(JSON.parse(readFileSync(file, 'utf8')));
if (!v.ok) throw new Error('public/data/events.json is invalid');
const seed = v.value;
const dayOf = (e: (typeof seed.events)[number]) => e.date.start;
const datedDays = [...new Set(seed.events.filter((e) => e.date.start !== null).map(dayOf))];

async function inView(page: Page, item: Locator): Promise<boolean> {
  const [box, view] = await Promise.all([
    item.boundingBox(),
    page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox(),
  ]);
  return (
    !!box &&
    !!view &&
    box.y >= view.y - 1 &&
    box.y + Math.min(box.height, 20) <= view.y + view.height + 1 &&
    box.x + box.width > view.x &&
    box.x < view.x + view.width
  );
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`first view at ${size.width}x${size.height} shows every day that has events`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.locator('.timeline-canvas .ev-content').first()).toBeVisible();
    for (const day of datedDays) {
      const ids = seed.events.filter((e) => e.date.start === day).map((e) => e.title);
      await expect
        .poll(
          async () => {
            for (const title of ids)
              if (
                await inView(
                  page,
                  page.locator('.timeline-canvas .vis-item:is(.vis-box, .vis-range)', { hasText: title }).first(),
                )
              )
                return true;
            return false;
          },
          { message: `an event of ${day} is in the first view` },
        )
        .toBe(true);
    }
    if (size.width < 500) await expect(page.getByRole('button', { name: /more below$/ })).toBeVisible();
    await page.screenshot({ path: `test-results/cues-first-view-${size.width}.png` });
  });
}

test('items below the fold are announced, reachable, and Fit all scrolls back to the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const below = page.getByRole('button', { name: /^↓ \d+ more below$/ });
  await expect(below).toBeVisible();
  await expect(page.locator('.tl-scrollbar-thumb')).toBeVisible();
  const n = Number(/(\d+)/.exec((await below.textContent()) ?? '')?.[1]);
  // Each click scrolls to the nearest hidden item: the count below falls, one appears above.
  await below.click();
  await expect(page.getByRole('button', { name: /^↑ \d+ more above$/ })).toBeVisible();
  await expect
    .poll(async () => ((await below.isVisible()) ? Number(/(\d+)/.exec((await below.textContent()) ?? '')?.[1]) : 0))
    .toBeLessThan(n);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.getByRole('button', { name: /more above$/ })).toHaveCount(0);
  await expect(below).toBeVisible();
});

test('the keyboard cursor scrolls to an item stacked below the fold', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /more below$/ })).toBeVisible();
  const canvas = page.locator('.timeline-canvas');
  await canvas.focus();
  // Home goes to the first event in date order: an undated "before" bar, stacked last (at the bottom).
  await page.keyboard.press('Home');
  const active = page.locator('.timeline-canvas .vis-item.is-active:is(.vis-box, .vis-range)');
  await expect(active).toHaveCount(1);
  await expect.poll(() => inView(page, active)).toBe(true);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => inView(page, page.locator('.timeline-canvas .vis-item.is-active:is(.vis-box, .vis-range)')))
      .toBe(true);
  }
});

test('a deep link to an event at the bottom of the stack shows it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const last = seed.events.find((e) => e.date.start === null && e.date.end === '2020-07-24');
  await page.goto(`/#sel=${last!.id}`);
  const selected = page.locator('.timeline-canvas .vis-item.vis-selected:is(.vis-box, .vis-range)');
  await expect(selected).toHaveCount(1);
  await expect.poll(() => inView(page, selected)).toBe(true);
});
