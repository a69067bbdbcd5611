/**
 * Hostile and large imports (issue 11 item 8): HTML fields are read by the browser's own parser
 * (small files, an inert DOMParser document) or parse5 in a Web Worker (files over 1 MB), never by
 * regular expressions: a 200 kB `<a<a<a…` field imports at once, every named entity is decoded,
 * no attribute text leaks, and a 20 MB import shows its progress while the page stays responsive.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openBriefingApp } from './helpers/briefing';

const importInput = (page: Page) => page.getByTestId('import-file-input');
const banner = (page: Page) => page.locator('.imported-banner');
const slide = (i: number, headline: string, text: string) => ({
  start_date: { year: 2001 + Math.floor(i / 300), month: 1 + (Math.floor(i / 25) % 12), day: 1 + (i % 25) },
  text: { headline, text },
});
const json = (events: unknown[]) => Buffer.from(JSON.stringify({ title: { text: { headline: 'Big file' } }, events }));

/** Long tasks (over 50 ms) on the page's main thread, recorded from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);

test('a 200 kB <a<a<a… field imports at once; entities decoded, attribute text never leaks', async ({ page }) => {
  await openBriefingApp(page);
  await page.getByRole('radio', { name: 'List' }).check();
  const file = json([
    slide(
      0,
      'Caf&eacute; &copy; &euro; &hellip; R&amp;D',
      '<p><a title="x>y" href="javascript:alert(1)">the link</a></p>',
    ),
    slide(1, 'Quadratic once', `x${'<a'.repeat(100_000)}`),
  ]);
  expect(file.length).toBeGreaterThan(200_000);
  const t0 = Date.now();
  await importInput(page).setInputFiles({ name: 'angle.json', mimeType: 'application/json', buffer: file });
  await expect(banner(page)).toContainText('Showing imported data from angle.json');
  const ms = Date.now() - t0;
  test.info().annotations.push({ type: 'figure', description: `200 kB <a<a<a… import shown after ${ms} ms` });
  expect(ms).toBeLessThan(5000);
  const table = page.locator('table.event-table');
  await expect(table).toContainText('Café © € … R&D');
  await expect(table).toContainText('Quadratic once');
  await expect(table).not.toContainText('y">');
  await expect(table).not.toContainText('&eacute;');
});

test('a 20 MB import runs in a worker with progress; the page stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await openBriefingApp(page);
  await page.getByRole('radio', { name: 'List' }).check();
  // The 20 MB file is made in the page and handed to the file input there: sending it from the test through the
  // browser's debugging protocol took longer than the import itself, and is not the app's work.
  await watchLongTasks(page);
  const t0 = Date.now();
  const size = await page.evaluate(() => {
    const para =
      '<p>Paragraph with <b>markup</b>, caf&eacute; &amp; entities, ' +
      '<a title="t>x" href="https://example.org/">a link</a>.</p>';
    const body = para.repeat(Math.ceil(9_000 / para.length));
    const events = Array.from({ length: 2_100 }, (_, i) => ({
      start_date: { year: 2001 + Math.floor(i / 300), month: 1 + (Math.floor(i / 25) % 12), day: 1 + (i % 25) },
      text: { headline: `Slide ${i + 1} &ndash; big`, text: body },
    }));
    const text = JSON.stringify({ title: { text: { headline: 'Big file' } }, events });
    const file = new File([text], 'big.json', { type: 'application/json' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = document.querySelector<HTMLInputElement>('[data-testid="import-file-input"]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return file.size;
  });
  expect(size).toBeGreaterThan(19_000_000);
  expect(size).toBeLessThan(20 * 1024 * 1024);
  const progress = page.locator('.import-progress');
  await expect(progress).toContainText('Importing big.json');
  // From here on the file is the worker's (handing the test's 20 MB buffer to the page is not the app's work).
  const parseStart = await page.evaluate(() => performance.now());
  // Responsive while it runs: the page answers (a frame is drawn, a click lands) within a frame or two.
  const frame = await page.evaluate(
    () =>
      new Promise<number>((r) => {
        const t = performance.now();
        requestAnimationFrame(() => r(performance.now() - t));
      }),
  );
  await expect(progress).toContainText(/of 2,100 slides read/);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('group', { name: /Export the \d+ events? the filters show/ })).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const whileParsing = (await longTasks(page)).filter((t) => t.start + t.duration > parseStart);
  await expect(banner(page)).toContainText('Showing imported data from big.json', { timeout: 90_000 });
  await expect(progress).toHaveCount(0);
  const ms = Date.now() - t0;
  const longest = Math.max(0, ...whileParsing.map((t) => t.duration));
  test.info().annotations.push({
    type: 'figure',
    description:
      `20 MB import (${size} bytes, 2,100 slides): shown after ${ms} ms; ` +
      `frame during parse ${Math.round(frame)} ms; longest main-thread task while parsing ${Math.round(longest)} ms`,
  });
  // On the page's thread only message handling and small renders run while the worker parses; the bound
  // leaves room for a loaded 2-core machine (measured 44 ms frames, longest task 0.3-0.7 s). On the main
  // thread the old regex took 14-56 s for one 200 kB field.
  expect(frame).toBeLessThan(500);
  expect(longest).toBeLessThan(1500);
  // Every slide is in the list: the table counts them all, and its last row is drawn once scrolled to (the list
  // is virtualised: only the rows in view are in the DOM).
  await expect(page.locator('table.event-table caption')).toContainText('2100 of 2100 events');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator('table.event-table')).toContainText('Slide 2100 – big');
});
