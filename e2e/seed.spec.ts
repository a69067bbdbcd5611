/**
 * The main ways analysts use Briefline, on the real seed data (public/data/events.json as the
 * pipeline wrote it). Events are found by their content, so a re-run of the extraction that
 * renames ids does not break these tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { hashParams, jumpToYear } from './helpers/app';
import { validateEventList } from '../src/lib/schema';

const file = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const v = validateEventList(JSON.parse(readFileSync(file, 'utf8')));
if (!v.ok) throw new Error('public/data/events.json is invalid');
const seed = v.value;
const call = seed.events.find(
  (e) => e.date.start === '2020-07-24' && /telephon|phone|call/i.test(e.title) && e.evidence.length > 1,
);
const rnd = seed.events.filter((e) => e.themes.includes('rnd'));

test('scroll and zoom the timeline to the 2020 phone call and open it', async ({ page }) => {
  expect(call, 'the seed has the 24 Jul 2020 call').toBeTruthy();
  await page.goto('/');
  const canvas = page.locator('.timeline-canvas .vis-center');
  await expect(page.locator('.timeline-canvas .ev-content').first()).toBeVisible();
  const box = (await canvas.boundingBox())!;
  // Zoom in with the wheel around mid-2020, then keep zooming until the day is a few weeks wide.
  await jumpToYear(page, 2020);
  await page.mouse.move(box.x + box.width * 0.56, box.y + 30);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -250);
  const item = page.locator('.timeline-canvas .vis-item', { hasText: call!.title });
  // Pan towards the call until it is on screen.
  for (let i = 0; i < 15 && !(await item.isVisible()); i++) {
    const [s, e] = (hashParams(page).get('win') ?? '0..0').split('..').map(Number) as [number, number];
    const target = new Date(2020, 6, 24, 12).getTime();
    const dx = ((target - (s + e) / 2) / (e - s)) * box.width;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(
      box.x + box.width / 2 - Math.max(-box.width * 0.45, Math.min(box.width * 0.45, dx)),
      box.y + 20,
      { steps: 4 },
    );
    await page.mouse.up();
  }
  // Scroll the item area vertically if the call is below the fold, then open it.
  await item.scrollIntoViewIfNeeded();
  await expect(item).toContainText('24 Jul 2020');
  await expect(item).toContainText(`${new Set(call!.evidence.map((q) => q.source)).size} sources`);
  await item.click();
  await expect.poll(() => hashParams(page).get('sel')).toBe(call!.id);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { name: call!.title })).toBeVisible();
});

test('filter to R&D only and see exactly the R&D events in timeline and list', async ({ page }) => {
  await page.goto('/');
  const group = page.getByRole('group', { name: 'Themes' });
  await expect(group.getByRole('checkbox', { name: `R&D (${rnd.length})`, exact: true })).toBeChecked();
  for (const t of seed.themes.filter((x) => x.id !== 'rnd'))
    await group.getByRole('checkbox', { name: new RegExp(`^${t.label} \\(`) }).uncheck();
  await expect(page.getByText(`Showing ${rnd.length} of ${seed.events.length} events`)).toBeVisible();
  await expect(page.getByText(`${seed.events.length - rnd.length} events hidden`)).toBeVisible();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.locator('.timeline-canvas .ev-title')).toHaveCount(rnd.length);
  expect((await page.locator('.timeline-canvas .ev-title').allTextContents()).toSorted()).toEqual(
    rnd.map((e) => e.title).toSorted(),
  );
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.locator('tbody tr')).toHaveCount(rnd.length);
  expect((await page.locator('tbody .col-title').allTextContents()).toSorted()).toEqual(
    rnd.map((e) => e.title).toSorted(),
  );
});

test('deep link on the seed: reload restores the view exactly', async ({ page }) => {
  await page.goto(`/#sel=${call!.id}&hide=procurement&q=Gantz&view=list`);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  const hash = new URL(page.url()).hash;
  const rows = await page.locator('tbody .col-title').allTextContents();
  await page.reload();
  await expect(page.locator('tbody .col-title')).toHaveText(rows);
  expect(new URL(page.url()).hash).toBe(hash);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
});

test('an event selected from outside the timeline is scrolled into view, even when stacked below the fold', async ({
  page,
}) => {
  const vision = seed.events.find((e) => /vision/i.test(e.title));
  expect(vision, 'the seed has the 2022 vision statement').toBeTruthy();
  await page.goto(`/#sel=${vision!.id}`);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  const selected = page.locator('.timeline-canvas .vis-item.vis-selected:is(.vis-box, .vis-range)');
  await expect(selected).toHaveCount(1);
  const canvas = page.locator('.timeline-canvas .vis-panel.vis-center');
  await expect
    .poll(async () => {
      const [item, view] = await Promise.all([selected.boundingBox(), canvas.boundingBox()]);
      return !!item && !!view && item.y >= view.y - 1 && item.y + item.height <= view.y + view.height + 1;
    })
    .toBe(true);
});

test('printing the timeline view prints its events as a table, not a blank canvas', async ({ page }) => {
  await page.goto('/#hide=procurement,regional-security');
  await expect(page.locator('.filter-status')).toBeVisible();
  const status = (await page.locator('.filter-status').textContent()) ?? '';
  const shown = Number(/Showing (\d+) of/.exec(status)?.[1]);
  expect(shown).toBeGreaterThan(0);
  // On screen there is no hidden copy of the rows (it would cost every filter change at 10,000 events).
  await expect(page.locator('.print-only table.event-table')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-region')).toBeHidden();
  await expect(page.locator('.print-title')).toHaveText(seed.title);
  await expect(page.locator('.print-only table.event-table tbody tr')).toHaveCount(shown);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
