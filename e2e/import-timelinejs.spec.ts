/** Issue 15 §8: TimelineJS3 files shown in full (fixtures in e2e/fixtures/timelinejs/). */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { hashParams } from './helpers/app';
import { openBriefingApp } from './helpers/briefing';

const fixture = (name: string) => readFileSync(`e2e/fixtures/timelinejs/${name}`);

test('an import fits the window to its events, titles media-only slides and lists cosmological years', async ({
  page,
}) => {
  await openBriefingApp(page);
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'media.json',
    mimeType: 'application/json',
    buffer: fixture('media-eras-cosmic.json'),
  });
  const report = page.getByRole('dialog', { name: 'Imported media.json' });
  await expect(report).toContainText('slide 5: the year -13800000000 is outside what a date can hold.');
  await expect(report).toContainText('slides 2, 3, 4 had no headline or text');
  await report.getByRole('button', { name: 'Close' }).click();
  // The window moved to the imported years (2001-2004) without "Fit all", and every event is drawn.
  await expect
    .poll(() => {
      const [s, e] = (hashParams(page).get('win') ?? '').split('..').map(Number) as [number, number];
      return [new Date(s).getUTCFullYear(), new Date(e).getUTCFullYear()];
    })
    .toEqual([2000, 2005]);
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(4);
  await expect(page.locator('.timeline-canvas')).toContainText('(untitled slide 4)');
  await expect(page.locator('.timeline-canvas')).toContainText('A harbour at dawn');
});

test('an import with no readable events says so in words', async ({ page }) => {
  await openBriefingApp(page);
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'bc.json',
    mimeType: 'application/json',
    buffer: fixture('bc-only.json'),
  });
  const dialog = page.getByRole('dialog', { name: /bc\.json was not imported/ });
  await expect(dialog).toContainText('No events could be read from bc.json');
  await expect(dialog).not.toContainText('Too small');
});

test('years 602 to 1453 are drawn and labelled "602"', async ({ page }) => {
  await openBriefingApp(page);
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'byzantium.json',
    mimeType: 'application/json',
    buffer: fixture('byzantium-602-1453.json'),
  });
  await page.getByRole('dialog', { name: 'Imported byzantium.json' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(4);
  const first = page.locator('.timeline-canvas .ev-content').filter({ hasText: 'Phocas seizes the throne' });
  await expect(first).toContainText(/throne\s*602$/);
  await expect(first).not.toContainText('0602');
});
