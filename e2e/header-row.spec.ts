/**
 * Issue 15 §7: the header stays one row at 1280 px in every state: each panel and view its buttons open, the
 * colour schemes, a search, a selection, swimlanes, a presentation left again. (After an import: overview.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp, timelineItem } from './helpers/app';

/** The header's own controls, not those of the dialogs and menus it opens (they are drawn over the page). */
const HEADER_CONTROLS = ['button', 'a', 'h1', 'label']
  .map((tag) => `${tag}:visible:not(dialog *, [popover] *)`)
  .join(', ');

/** The header's controls all on one line, and the header no taller than in the first view. */
async function expectOneRow(page: Page, height: number, state: string): Promise<void> {
  const header = page.locator('.app-header');
  const tops = await header
    .locator(HEADER_CONTROLS)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.round(r.top + r.height / 2)));
  expect(tops.length, `${state}: controls in the header`).toBeGreaterThan(5);
  expect(Math.max(...tops) - Math.min(...tops), `${state}: the header's controls share one row`).toBeLessThan(6);
  expect((await header.boundingBox())!.height, `${state}: the header keeps its height`).toBeLessThan(height + 4);
}

test('the header is one row at 1280 px in every state @layout', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const height = (await page.locator('.app-header').boundingBox())!.height;
  await expectOneRow(page, height, 'first view');

  await page.getByRole('searchbox', { name: 'Search events' }).fill('Gantz');
  await expectOneRow(page, height, 'a search');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('');

  await timelineItem(page, 'Rajnath Singh and Benny Gantz hold a telephone call').click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expectOneRow(page, height, 'details open');

  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await expectOneRow(page, height, 'swimlanes');

  await page.getByRole('radio', { name: 'List' }).check();
  await expectOneRow(page, height, 'list view');
  await page.getByRole('radio', { name: 'Timeline' }).check();

  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeVisible();
  await expectOneRow(page, height, 'briefing panel open');

  await page.getByRole('button', { name: 'Your articles' }).click();
  await expectOneRow(page, height, 'your articles open');
  await page.getByRole('dialog', { name: 'Your articles' }).getByRole('button', { name: 'Close' }).click();

  await page.locator('.app-header').getByRole('button', { name: 'Export', exact: true }).click();
  await expectOneRow(page, height, 'export menu open');
  await page.keyboard.press('Escape');

  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectOneRow(page, height, `${scheme} colours`);
  }
  await page.getByRole('button', { name: /colours/i }).click();
  await expectOneRow(page, height, 'the colour scheme switched');
});
