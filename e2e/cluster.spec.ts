import { test, expect } from './fixtures';
import { generateEventList } from '../src/lib/generate';
import { serveEvents } from './helpers/seedLike';

const { list } = generateEventList({ count: 600, seed: 7 });

test('many events are clustered until zoomed in or filtered down', async ({ page }) => {
  await serveEvents(page, list);
  await page.goto('/');
  await expect(page.getByText(`Showing 600 of 600 events`)).toBeVisible();
  // Overlapping items are drawn as clusters with their count as text.
  const clusters = page.locator('.timeline-canvas .vis-cluster');
  await expect(clusters.first()).toBeVisible();
  const counts = (await clusters.locator('.ev-cluster').allTextContents()).map(Number);
  expect(counts.every((n) => n > 1)).toBe(true);
  // Filtering down to a few events turns clustering off: every item is drawn on its own.
  await page.getByRole('searchbox', { name: 'Search events' }).fill(list.events[0]!.title);
  await expect(page.locator('.filter-status')).not.toHaveText('Showing 600 of 600 events');
  const shown = Number((await page.locator('.filter-status').textContent())?.match(/Showing (\d+)/)?.[1]);
  expect(shown).toBeLessThan(300);
  await expect(clusters).toHaveCount(0);
  await expect(page.locator('.timeline-canvas .ev-content')).not.toHaveCount(0);
});
