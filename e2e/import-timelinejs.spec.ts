/** Issue 15 §8: TimelineJS3 files shown in full (fixtures in e2e/fixtures/timelinejs/). */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hashParams, importJson } from './helpers/app';
import { openBriefingApp } from './helpers/briefing';

const fixture = (name: string) => readFileSync(`e2e/fixtures/timelinejs/${name}`);
const official = (name: string) => readFileSync(`e2e/fixtures/timelinejs3-official/${name}`);

test('an import fits the window to its events, titles media-only slides and lists cosmological years', async ({
  page,
}) => {
  await openBriefingApp(page);
  await importJson(page, 'media.json', fixture('media-eras-cosmic.json'));
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
  // Only cosmological years (BC years import now: the BC-only file of this test before issue 15 §8 was finished).
  await importJson(page, 'cosmic.json', fixture('cosmic-only.json'));
  const dialog = page.getByRole('dialog', { name: /cosmic\.json was not imported/ });
  await expect(dialog).toContainText('No events could be read from cosmic.json');
  await expect(dialog).toContainText('slide 1: the year -13800000000 is outside what a date can hold.');
  await expect(dialog).not.toContainText('Too small');
});

const axisText = async (page: Page) =>
  (await page.locator('.timeline-canvas .vis-time-axis .vis-text').allTextContents()).join(' ');

test('BC years are drawn and read "490 BC", "15 Mar 44 BC" on the items, the axis and in the list', async ({
  page,
}) => {
  await openBriefingApp(page);
  await importJson(page, 'bc.json', fixture('bc-only.json'));
  // Nothing to report (every slide imported): no report dialog, the banner says what is shown.
  await expect(page.getByRole('status').filter({ hasText: 'Showing imported data from bc.json' })).toBeVisible();
  const items = page.locator('.timeline-canvas .ev-content');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Battle of Marathon' })).toContainText('490 BC');
  await expect(items.filter({ hasText: 'Caesar killed' })).toContainText('15 Mar 44 BC');
  await expect.poll(() => axisText(page)).toMatch(/\d+ BC/);
  expect(await axisText(page)).not.toMatch(/-0\d|\b0\d{3}\b/);
  await page.getByRole('radio', { name: 'List' }).check();
  const rows = page.locator('table.event-table tbody tr');
  // In date order across the sign: 490 BC before 44 BC.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('490 BC');
  await expect(rows.last()).toContainText('15 Mar 44 BC');
});

test('years 602 to 1453 are drawn and labelled "602"', async ({ page }) => {
  await openBriefingApp(page);
  await importJson(page, 'byzantium.json', fixture('byzantium-602-1453.json'));
  await expect(page.getByRole('status').filter({ hasText: 'Showing imported data from byzantium.json' })).toBeVisible();
  // Four slides of 602–1453 and, since BC years import (issue 15 §8), the fifth of 44 BC.
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(5);
  const first = page.locator('.timeline-canvas .ev-content').filter({ hasText: 'Phocas seizes the throne' });
  await expect(first).toContainText(/throne\s*602$/);
  await expect(first).not.toContainText('0602');
  await expect(page.locator('.timeline-canvas .ev-content').filter({ hasText: '44 BC' })).toHaveCount(1);
  await expect.poll(() => axisText(page)).toMatch(/\b[1-9]\d{2,3}\b/);
  expect(await axisText(page)).not.toMatch(/\b0\d{3}\b|-0\d/);
});

test("TimelineJS3's own files import with every slide drawn (eras.json, a TimelineJS2 file)", async ({ page }) => {
  await openBriefingApp(page);
  for (const [name, count] of [
    ['src_template_eras.json', 20],
    ['website_examples_houston_timeline2.json', 18],
  ] as const) {
    await importJson(page, name, official(name));
    await page
      .getByRole('dialog', { name: `Imported ${name}` })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(count);
  }
});
