/** Small page helpers shared by the app e2e tests. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { serveSeedLike } from './seedLike';

export async function openApp(page: Page, hash = ''): Promise<void> {
  await serveSeedLike(page);
  await page.goto(`/${hash}`);
  await expect(page.locator('.timeline-canvas .vis-item, .event-table').first()).toBeVisible();
}

export const timelineItem = (page: Page, title: string) =>
  page.locator('.timeline-canvas .vis-item', { hasText: title });

export function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.replace(/^#/, ''));
}

export async function themeCheckbox(page: Page, label: string) {
  return page
    .getByRole('group', { name: 'Themes' })
    .getByRole('checkbox', { name: new RegExp(`^${label.replace(/[&()]/g, '\\$&')} \\(\\d+\\)$`) });
}

/** The timeline's window from the link (win=<ms>..<ms>). */
export function linkWindow(page: Page): { start: number; end: number; span: number } {
  const [start, end] = (hashParams(page).get('win') ?? '0..0').split('..').map(Number) as [number, number];
  return { start, end, span: end - start };
}

/**
 * The link's window once it has stopped moving: the same in two readings, each taken after two frames (a drag's
 * last move, a reveal or a fit may still be drawing on a busy machine). Waits for the window, not for a set time.
 */
export async function settledWindow(page: Page): Promise<{ start: number; end: number; span: number }> {
  let last = '';
  await expect
    .poll(async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = JSON.stringify(linkWindow(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return linkWindow(page);
}

/** Click the overview strip where time `t` is drawn (the window centres there). */
export async function clickOverviewAt(page: Page, t: number): Promise<void> {
  const strip = page.locator('.overview');
  const [start, end] = ((await strip.getAttribute('data-span')) ?? '0..0').split('..').map(Number) as [number, number];
  const box = (await strip.boundingBox())!;
  await page.mouse.click(box.x + ((t - start) / (end - start)) * box.width, box.y + box.height / 2);
}

/** What the year buttons did: the window on (about) one year, by the overview strip and Zoom in. */
export async function jumpToYear(page: Page, year: number): Promise<void> {
  await clickOverviewAt(page, new Date(year, 6, 2).getTime());
  await expect
    .poll(() => (linkWindow(page).start + linkWindow(page).end) / 2)
    .toBeGreaterThan(new Date(year, 0, 1).getTime());
  for (let i = 0; i < 6 && linkWindow(page).span > 400 * 86_400_000; i++) {
    const before = linkWindow(page).span;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => linkWindow(page).span).toBeLessThan(before);
  }
}

/** Import a JSON file (TimelineJS or Briefline) through the page's file input, as the Import button does. */
export async function importJson(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Export the events the filters show in one format (the Export menu's button `name`), as a user does. */
export async function downloadExport(page: Page, name: string): Promise<import('@playwright/test').Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: /Export the \d+ events? the filters show/ })
    .getByRole('button', { name })
    .click();
  return downloading;
}
