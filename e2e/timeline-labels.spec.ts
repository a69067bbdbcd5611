/**
 * Issue 15 §2, labels stay readable: at several zooms, at 1280x800 and 390x844, and with another
 * typeface (the font-fallback project runs @layout tests), every range item in view shows its date
 * and its "planned" mark inside the canvas, and an undated "before X" bar's label never crosses the
 * bar's end (X). Box labels stay inside their boxes, and no label lies over another item. Measured
 * on the boxes the browser lays out, across (not down: vertical scrolling does not change where a
 * label sits in its item).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp } from './helpers/app';
import { labelOverlaps } from './helpers/overlaps';

/** Every label problem in view, as text (empty when all is well), and how many items were measured. */
function labelProblems(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')!.getBoundingClientRect();
    const problems: string[] = [];
    let measured = 0;
    const inCanvas = (r: DOMRect) => r.left >= panel.left - 1 && r.right <= panel.right + 1;
    const items = document.querySelectorAll<HTMLElement>('.timeline-canvas .vis-item.ev:is(.vis-range, .vis-box)');
    for (const item of Array.from(items)) {
      const box = item.getBoundingClientRect();
      const left = Math.max(box.left, panel.left);
      const right = Math.min(box.right, panel.right);
      const name = item.querySelector('.ev-title')?.textContent?.slice(0, 30) ?? '?';
      const meta = item.querySelector('.ev-meta')?.getBoundingClientRect();
      const label = item.querySelector('.ev-content')?.getBoundingClientRect();
      // Horizontally only: items stacked below the fold are laid out the same way as those in view.
      if (!meta || !label || right - left <= 0) continue;
      if (item.classList.contains('vis-box')) {
        measured++;
        if (label.left < box.left - 1 || label.right > box.right + 1) problems.push(`${name}: label outside its box`);
        continue;
      }
      if (item.classList.contains('is-before')) {
        // Too little of the bar in view for its date with the label's padding, gaps and the bar's end
        // border (a bar at the canvas's edge): nothing to check.
        if (right - left < meta.width + 40) continue;
        measured++;
        if (label.right > box.right + 1) problems.push(`${name}: label crosses the bar's end`);
        if (meta.right > box.right + 1 || meta.left < left - 1) problems.push(`${name}: "before" date cut off`);
        continue;
      }
      measured++;
      if (!inCanvas(meta)) problems.push(`${name}: date outside the canvas`);
      const planned = item.querySelector('.ev-tag-planned')?.getBoundingClientRect();
      if (item.classList.contains('is-planned') && (!planned || !inCanvas(planned)))
        problems.push(`${name}: "planned" mark not in view`);
    }
    return { problems, measured };
  });
}

async function expectReadable(page: Page, where: string) {
  await expect.poll(async () => (await labelProblems(page)).problems, { message: where }).toEqual([]);
  await expect.poll(() => labelOverlaps(page), { message: `${where}: labels over other items` }).toEqual([]);
  expect((await labelProblems(page)).measured, `${where}: items measured`).toBeGreaterThan(0);
}

const DAY = 86_400_000;
const PLANNED = 'Israeli COVID-19 delegation to arrive in India';

/** How far (in days) the planned week's drawn start lies from where 27 Jul 2020 is in window `w`. */
async function plannedOffset(page: Page, w: { start: number; end: number }): Promise<number> {
  const [item, panel] = await Promise.all([
    page.locator('.timeline-canvas .vis-item.vis-range', { hasText: PLANNED }).boundingBox(),
    page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox(),
  ]);
  if (!item || !panel) return Infinity;
  const day = await page.evaluate(() => new Date(2020, 6, 27).getTime());
  const x = panel.x + ((day - w.start) / (w.end - w.start)) * panel.width;
  return Math.abs(item.x - x) / ((panel.width * DAY) / (w.end - w.start));
}
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const WINDOWS = [
  // The planned week of 27 Jul 2020 at the right edge: its label moves left rather than off the canvas.
  { name: 'planned week at the right edge', start: at(2020, 3, 1), end: at(2020, 7, 29) },
  { name: 'weeks around July 2020', start: at(2020, 7, 10), end: at(2020, 8, 20) },
  { name: 'the undated bars ending near the left edge', start: at(2020, 7, 10), end: at(2021, 6, 1) },
];

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`labels stay readable at every zoom, ${size.width}x${size.height} @layout`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await expectReadable(page, 'first view');
    for (let i = 1; i <= 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expectReadable(page, `zoomed in ${i}x`);
    }
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expectReadable(page, 'zoomed out');
    for (const w of WINDOWS) {
      await page.evaluate((hash) => (window.location.hash = hash), `win=${w.start}..${w.end}`);
      // The signal that vis has drawn the window: the planned week starts where 27 Jul 2020 lies in it.
      await expect.poll(() => plannedOffset(page, w), { message: w.name }).toBeLessThan(4);
      await expectReadable(page, w.name);
    }
  });
}
