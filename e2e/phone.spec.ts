import { test, expect } from './fixtures';
import { hashParams, openApp } from './helpers/app';
import { seedLike } from './helpers/seedLike';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('phone width: nothing overflows, filters are a drawer, details cover the screen', async ({ page }) => {
  await openApp(page);
  // No horizontal scrolling of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The filters start closed and open as a full-width drawer from the header.
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Filters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(filters).toBeVisible();
  expect((await filters.boundingBox())!.width).toBeGreaterThan(370);
  await page
    .getByRole('group', { name: 'Themes' })
    .getByRole('checkbox', { name: /^Diplomacy/ })
    .tap();
  await expect(page.getByText(/\d+ events? hidden/)).toBeVisible();
  await toggle.tap();
  await expect(filters).toBeHidden();

  // Tapping a timeline item opens the details as a full-screen drawer with a close button.
  const item = page.locator('.timeline-canvas .vis-item.vis-range', { hasText: 'largest buyer' });
  await item.tap();
  await expect.poll(() => hashParams(page).get('sel')).toBe('largest-buyer');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  const db = (await details.boundingBox())!;
  expect(db.width).toBeGreaterThanOrEqual(385);
  await details.getByRole('button', { name: /close/i }).tap();
  await expect(details).toHaveCount(0);

  // The list fits the width too.
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.locator('tbody tr')).toHaveCount(
    seedLike.events.filter((e) => !e.themes.every((t) => t === 'diplomacy')).length,
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

const phoneListTitle =
  'phone list: every row shows its date, title, themes and sources inside the screen, and keeps the table headers';
test(phoneListTitle, async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'List' }).check();
  const rows = page.locator('table.event-table tbody tr');
  await expect(rows).toHaveCount(seedLike.events.length);
  for (const row of await rows.all()) {
    for (const col of ['.col-date', '.col-title', '.col-themes', '.col-sources']) {
      const cell = row.locator(col);
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await expect(row.locator('.col-sources')).toHaveText(/^\d+ \(.+\)$/);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Still a real table for screen readers: the four column headers are there.
  await expect(page.getByRole('columnheader')).toHaveCount(4);
  await expect(page.getByRole('columnheader', { name: 'Sources' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/phone-list.png' });
});

test('printing from a phone prints the list as a plain table with its Sources column, not as cards', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'List' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('table.event-table tbody tr').first()).toHaveCSS('display', 'table-row');
  await expect(page.locator('table.event-table thead th').nth(3)).toHaveCSS('display', 'table-cell');
  await expect(page.locator('table.event-table thead th').nth(3)).toHaveCSS('position', 'static');
});
