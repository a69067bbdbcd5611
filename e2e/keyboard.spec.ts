import { test, expect } from './fixtures';
import { hashParams, openApp } from './helpers/app';
import { seedLikeOrdered } from './helpers/seedLike';

const ordered = seedLikeOrdered;

/** Press Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: import('@playwright/test').Page, matches: () => Promise<boolean>, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

test('keyboard only: filters, search, timeline arrows, Enter, Esc', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  // Tab reaches the search box and typing filters.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await tabTo(page, () => search.evaluate((el) => el === document.activeElement));
  await page.keyboard.type('Gantz');
  await expect(page.locator('.filter-status')).toContainText('Showing');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');

  // Tab to a theme checkbox, Space toggles it.
  const covid = page.getByRole('checkbox', { name: /^COVID-19 \(\d+\)$/ });
  await tabTo(page, () => covid.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Space');
  await expect(covid).not.toBeChecked();
  await expect(page.getByText(/\d+ events? hidden/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(covid).toBeChecked();

  // Tab to the timeline canvas; its focus ring is visible.
  const canvas = page.getByRole('application', { name: /Timeline of \d+ events/ });
  await tabTo(page, () => canvas.evaluate((el) => el === document.activeElement));
  await expect(canvas).toHaveCSS('outline-style', 'solid');

  // Arrows move a cursor through the events in date order, announced; Home goes to the first.
  await page.keyboard.press('Home');
  const first = ordered[0]!;
  await expect(page.locator('.vis-item.is-active .ev-content')).toContainText(first.title);
  await expect(page.locator('[aria-live="polite"]', { hasText: first.title })).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = ordered[2]!;
  await expect(page.locator('.vis-item.is-active .ev-content')).toContainText(third.title);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.vis-item.is-active .ev-content')).toContainText(ordered[1]!.title);
  expect(hashParams(page).get('sel')).toBeNull(); // moving is not opening

  // Enter opens the event: selected, in the link, details shown.
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe(ordered[1]!.id);
  await expect(page.locator('.vis-item.vis-selected .ev-content')).toContainText(ordered[1]!.title);
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(ordered[1]!.title);
  await expect(page.locator('.timeline-region [aria-live="polite"]')).toContainText(`Selected: ${ordered[1]!.title}`);

  // Esc closes it and focus returns to the timeline; End jumps to the last event.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await expect.poll(() => hashParams(page).get('sel')).toBeNull();
  await expect(canvas).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('.vis-item.is-active .ev-content')).toContainText(ordered.at(-1)!.title);
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe(ordered.at(-1)!.id);
});

test('keyboard only: view switch, list rows and the sort button', async ({ page }) => {
  await openApp(page);
  const timelineRadio = page.getByRole('radio', { name: 'Timeline' });
  await timelineRadio.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(page.getByRole('table')).toBeVisible();
  const sort = page.getByRole('button', { name: /^Date/ });
  await sort.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  await page.keyboard.press('Tab');
  await expect(page.locator('tbody tr').first().getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe(ordered.at(-1)!.id);
  await expect(page.locator('tbody tr.is-selected')).toHaveCount(1);
});
