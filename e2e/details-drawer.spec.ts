/**
 * Issue 15 §5 on the real seed: below 1100 px the details open as a drawer over the timeline (the
 * canvas keeps its size); above, the window re-fits so the selected event and its neighbours stay in view.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { validateEventList } from '../src/lib/schema';
import { neighbours } from '../src/lib/eventOrder';

const file = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const v = validateEventList(JSON.parse(readFileSync(file, 'utf8')));
if (!v.ok) throw new Error('public/data/events.json is invalid');
const seed = v.value;

const VISION = /Vision on Defence Cooperation/;

test('768x1024: the details are a drawer over the timeline, which keeps its size', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas.locator('.vis-item').first()).toBeVisible();
  const before = (await canvas.boundingBox())!;
  await canvas.locator('.vis-item.vis-box', { hasText: VISION }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  await expect(details).toHaveCSS('position', 'fixed');
  const after = (await canvas.boundingBox())!;
  expect(Math.abs(after.width - before.width)).toBeLessThan(2);
  expect(Math.abs(after.height - before.height)).toBeLessThan(2);
  await page.screenshot({ path: 'test-results/details-drawer-768.png' });
});

test('1280x800: selecting an event keeps it and its neighbours in view beside the details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const canvas = page.locator('.timeline-canvas');
  const item = canvas.locator('.vis-item.vis-box', { hasText: VISION });
  await item.click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  const center = page.locator('.timeline-canvas .vis-panel.vis-center');
  // The event the details show, and its neighbours in date order (what [ and ] step to), each within the window.
  const selected = seed.events.find((e) => VISION.test(e.title))!;
  const { previous, next } = neighbours(seed.events, selected.id);
  const shown = [selected, previous, next].filter((e) => e !== null);
  expect(shown).toHaveLength(3);
  for (const e of shown) {
    const box = canvas.locator('.vis-item:is(.vis-box, .vis-range)', { hasText: e.title }).first();
    await expect
      .poll(
        async () => {
          const [b, view] = await Promise.all([box.boundingBox(), center.boundingBox()]);
          if (!b || !view) return false;
          const seen = Math.min(b.x + b.width, view.x + view.width) - Math.max(b.x, view.x);
          return seen >= Math.min(b.width, 40) - 1;
        },
        { message: `${e.title} is in the window beside the details (40 px of it at least)` },
      )
      .toBe(true);
  }
  await page.screenshot({ path: 'test-results/details-beside-1280.png' });
});
