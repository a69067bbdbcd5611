/**
 * Issue 15 §8: a TimelineJS file's eras are drawn as labelled background bands, not events, and the Period fields
 * hold BC years (fixture e2e/fixtures/timelinejs/rome-eras.json: three eras from 133 BC, five events 49 BC – AD 79).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { hashParams, importJson } from './helpers/app';
import { openBriefingApp } from './helpers/briefing';

/** A UTC instant of a proleptic Gregorian day (years before 1 included). */
const utc = (y: number, m = 0, d = 1) => new Date(0).setUTCFullYear(y, m, d);

test('eras are labelled bands behind the events, not events; a period can be set on BC years', async ({ page }) => {
  await openBriefingApp(page);
  await importJson(page, 'rome.json', readFileSync('e2e/fixtures/timelinejs/rome-eras.json'));
  const report = page.getByRole('dialog', { name: 'Imported rome.json' });
  await expect(report).toContainText('3 era(s) drawn as background bands');
  await report.getByRole('button', { name: 'Close' }).click();

  const canvas = page.locator('.timeline-canvas');
  const bands = canvas.locator('.vis-item.vis-background.era');
  const events = canvas.locator('.ev-content');
  await expect(events).toHaveCount(5);
  // The first view fits the events (49 BC – AD 79): all three bands lie at least partly in it.
  await expect(bands).toHaveCount(3);
  const republic = bands.filter({ hasText: 'Late Republic & civil wars' });
  await expect(republic.locator('.era-label')).toHaveText('Late Republic & civil wars 133 BC – 28 BC');
  await expect(republic.locator('.era-label')).toHaveAttribute(
    'title',
    'Late Republic & civil wars, 133 BC – 28 BC (era)',
  );
  await expect(bands.filter({ hasText: 'Julio-Claudian dynasty' })).toContainText('16 Jan 27 BC – 9 Jun 68');
  // Each label is drawn inside its band (clipped to it), above the events.
  for (const band of await bands.all()) {
    const b = (await band.boundingBox())!;
    const l = (await band.locator('.era-label').boundingBox())!;
    expect(l.y).toBeGreaterThanOrEqual(b.y);
    const visibleRight = Math.min(l.x + l.width, b.x + b.width);
    expect(visibleRight).toBeGreaterThan(Math.max(l.x, b.x));
  }
  const firstEvent = (await canvas.locator('.vis-item.ev:is(.vis-box, .vis-range)').first().boundingBox())!;
  const label = (await republic.locator('.era-label').boundingBox())!;
  expect(label.y + label.height).toBeLessThanOrEqual(firstEvent.y + 1);

  // Not events: not counted, not searched, not in the list, not reached by the keyboard cursor, not clickable.
  await expect(page.locator('.filter-status')).toHaveText('Showing 5 of 5 events');
  await expect(canvas).toHaveAttribute('aria-label', 'Timeline of 5 events');
  await canvas.focus();
  await page.keyboard.press('End');
  await expect(canvas.locator('.vis-box.is-active')).toContainText('Vesuvius buries Pompeii');
  await page.keyboard.press('Home');
  await expect(canvas.locator('.vis-box.is-active')).toContainText('Caesar crosses the Rubicon');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('dynasty');
  await expect(page.locator('.filter-status')).toContainText('Showing 0 of 5 events');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('');

  // A period of BC years: typed as people write them, kept in the link as ISO 8601 days.
  const from = page.getByLabel('From', { exact: true });
  await from.fill('44 BC');
  await from.press('Enter');
  await page.getByLabel('To', { exact: true }).fill('AD 14');
  await page.getByLabel('To', { exact: true }).press('Enter');
  await expect(page.locator('.filter-status')).toContainText('Showing 3 of 5 events');
  await expect(page.getByText('Reads as 1 Jan 44 BC – 31 Dec 14')).toBeVisible();
  expect([hashParams(page).get('from'), hashParams(page).get('to')]).toEqual(['-000043-01-01', '0014-12-31']);
  await expect(events).toHaveCount(3);
  await expect(bands.first()).toBeAttached();

  // The axis reads "44 BC" at every zoom, from decades down to hours (a window over BC years in the link).
  const axis = page.locator('.timeline-canvas .vis-time-axis .vis-text');
  for (const [start, end, want] of [
    [utc(-50), utc(-38), /\b44 BC\b/],
    [utc(-44, 0), utc(-43, 2), /\bMar\b.*\b44 BC\b|\b44 BC\b.*\bMar\b/],
    [utc(-43, 2, 14), utc(-43, 2, 17), /March 44 BC/],
    [utc(-43, 2, 15), utc(-43, 2, 15) + 6 * 3_600_000, /15 March 44 BC/],
  ] as const) {
    await page.evaluate((win) => {
      const p = new URLSearchParams(window.location.hash.slice(1));
      p.set('win', win);
      window.location.hash = p.toString();
    }, `${start}..${end}`);
    await expect.poll(async () => (await axis.allTextContents()).join(' ')).toMatch(want);
    expect((await axis.allTextContents()).join(' ')).not.toMatch(/-0\d|\b0\d{3}\b|BCE/);
  }

  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.locator('table.event-table tbody tr')).toHaveCount(3);
  await expect(page.locator('table.event-table')).not.toContainText('dynasty');
});
