/**
 * Issue 15 §5 on the real seed: below 1100 px the details open as a drawer over the timeline (the
 * canvas keeps its size); above, the window re-fits so the selected event and its neighbours stay in view.
 */
import { test, expect } from './fixtures';

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
  await expect
    .poll(async () => {
      const [box, view] = await Promise.all([item.boundingBox(), center.boundingBox()]);
      return !!box && !!view && box.x >= view.x && box.x + box.width <= view.x + view.width;
    })
    .toBe(true);
  await page.screenshot({ path: 'test-results/details-beside-1280.png' });
});
