import { test, expect } from './fixtures';
import { hashParams, jumpToYear, openApp, timelineItem } from './helpers/app';
import { seedLike } from './helpers/seedLike';

const CALL = 'Rajnath Singh and Benny Gantz hold a telephone call';

async function visibleWindow(page: import('@playwright/test').Page) {
  await expect.poll(() => hashParams(page).get('win')).toBeTruthy();
  const [s, e] = (hashParams(page).get('win') ?? '').split('..').map(Number) as [number, number];
  return { start: s, end: e, span: e - s };
}

test('scroll and zoom the timeline to the 2020 phone call and open it', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(seedLike.events.length);
  const before = await visibleWindow(page);

  // To 2020 (overview strip), then zoom in with the wheel over the canvas and pan by dragging.
  await jumpToYear(page, 2020);
  await expect.poll(async () => (await visibleWindow(page)).span).toBeLessThan(before.span);
  const canvas = page.locator('.timeline-canvas .vis-center');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + 40);
  const spanBeforeWheel = (await visibleWindow(page)).span;
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(120);
  }
  await expect.poll(async () => (await visibleWindow(page)).span).toBeLessThan(spanBeforeWheel);
  await page.getByRole('button', { name: 'Zoom in' }).click();

  // The call may now be off screen: pan (drag) until it is visible.
  const call = timelineItem(page, CALL);
  for (let i = 0; i < 12 && !(await call.isVisible()); i++) {
    const w = await visibleWindow(page);
    const target = new Date(2020, 6, 24).getTime();
    const dir = target < w.start ? 1 : -1;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dir * box.width * 0.4, box.y + 20, { steps: 5 });
    await page.mouse.up();
  }
  await expect(call).toBeVisible();
  await expect(call).toContainText('24 Jul 2020');
  await expect(call).toContainText('2 sources');
  await call.click();
  await expect(call).toHaveClass(/vis-selected/);
  await expect.poll(() => hashParams(page).get('sel')).toBe('phone-call-2020-07-24');
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(CALL);
});

test('dates are drawn honestly: before, planned, ranges and sources', async ({ page }) => {
  await openApp(page);
  const before = timelineItem(page, "India is the largest buyer of Israel's military hardware");
  await expect(before).toHaveClass(/vis-range/);
  await expect(before).toHaveClass(/is-before/);
  await expect(before).toContainText('before 24 Jul 2020');
  const planned = timelineItem(page, 'Israeli COVID-19 delegation to arrive in India');
  await expect(planned).toHaveClass(/is-planned/);
  await expect(planned).toHaveClass(/vis-range/);
  await expect(planned).toContainText('week of 27 Jul 2020 · planned');
  await expect(planned).toHaveCSS('border-top-style', 'dashed');
  const day = timelineItem(page, 'Letter of intent on futuristic defence technologies');
  await expect(day).toHaveClass(/vis-box/);
  await expect(day).not.toContainText('sources');
  // Item colours follow the first theme.
  await expect(day).toHaveClass(/theme-rnd/);
  await expect(page.locator('.legend')).toContainText('R&D');
});

test('zoom buttons, fit all and the zoom limits', async ({ page }) => {
  await openApp(page);
  const w0 = await visibleWindow(page);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await visibleWindow(page)).span).toBeGreaterThan(w0.span);
  for (let i = 0; i < 30; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const DAY = 86_400_000;
  await expect.poll(async () => (await visibleWindow(page)).span).toBeLessThan(3 * DAY);
  expect((await visibleWindow(page)).span).toBeGreaterThanOrEqual(DAY - 1000);
  // The axis stays readable at a single day: hour labels plus a major label naming the day.
  await expect(page.locator('.vis-time-axis .vis-text.vis-major:not(.vis-measure)').first()).toHaveText(/\d{4}/);
  expect(await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').count()).toBeGreaterThan(3);
  for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await visibleWindow(page)).span).toBeGreaterThan(9 * 365 * DAY);
  expect((await visibleWindow(page)).span).toBeLessThanOrEqual(15 * 366 * DAY);
  expect(await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').count()).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => (await visibleWindow(page)).span).toBeLessThan(8 * 366 * DAY);
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(seedLike.events.length);
});

test('swimlanes by theme group the items and can be turned off again', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await expect(page.getByRole('button', { name: 'Swimlanes by theme' })).toHaveAttribute('aria-pressed', 'true');
  // Issue 15 §3 changed this: one lane per theme that has visible events (it was one per first theme).
  const themesWithEvents = new Set(seedLike.events.flatMap((e) => e.themes));
  await expect(page.locator('.vis-labelset .vis-label')).toHaveCount(themesWithEvents.size);
  await expect(page.locator('.vis-labelset')).toContainText('Procurement');
  const lanes = await page.locator('.vis-foreground .vis-group').count();
  expect(lanes).toBe(themesWithEvents.size);
  await expect(page.locator('.vis-foreground .vis-group.theme-procurement .ev-content').first()).toBeVisible();
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await expect(page.locator('.vis-labelset .group-label')).toHaveCount(0);
  await expect(page.locator('.timeline-canvas .ev-content')).toHaveCount(seedLike.events.length);
});

test('undated "before" bars and planned items cannot be confused, and the legend shows the same marks', async ({
  page,
}) => {
  await openApp(page);
  const before = timelineItem(page, "India is the largest buyer of Israel's military hardware");
  const planned = timelineItem(page, 'Israeli COVID-19 delegation to arrive in India');
  // Undated: no dashed edge anywhere, a solid end at the known day, a leading "… undated" tag.
  for (const side of ['top', 'bottom', 'left']) await expect(before).not.toHaveCSS(`border-${side}-style`, 'dashed');
  await expect(before).toHaveCSS('border-right-style', 'solid');
  await expect(before.locator('.ev-tag-undated')).toHaveText('… undated');
  await expect(before.locator('.ev-tag-planned')).toHaveCount(0);
  // Planned: dashed all round and a "planned" tag, never the undated one.
  for (const side of ['top', 'bottom', 'left', 'right'])
    await expect(planned).toHaveCSS(`border-${side}-style`, 'dashed');
  await expect(planned.locator('.ev-tag-planned')).toHaveText('planned');
  await expect(planned.locator('.ev-tag-undated')).toHaveCount(0);
  // The legend draws the same two marks.
  const legend = page.locator('.legend');
  await expect(legend.locator('.shape-before')).not.toHaveCSS('border-top-style', 'dashed');
  await expect(legend.locator('.shape-planned')).toHaveCSS('border-top-style', 'dashed');
  await expect(legend.locator('.ev-tag-undated')).toHaveText('… undated');
  await expect(legend.locator('.ev-tag-planned')).toHaveText('planned');
  for (const [name, size, scheme] of [
    ['desktop-light', { width: 1280, height: 800 }, 'light'],
    ['desktop-dark', { width: 1280, height: 800 }, 'dark'],
    ['phone-light', { width: 390, height: 844 }, 'light'],
  ] as const) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/shapes-${name}.png` });
  }
});
