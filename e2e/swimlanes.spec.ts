/**
 * Issue 15 §3 on the real seed: one swimlane per theme with visible events, labelled with its
 * count; an event is drawn in every lane it belongs to, and selection and the keyboard cursor
 * mark all its copies; lanes follow the theme filter.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { themeCheckbox } from './helpers/app';
import { validateEventList } from '../src/lib/schema';

const file = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const v = validateEventList(JSON.parse(readFileSync(file, 'utf8')));
if (!v.ok) throw new Error('public/data/events.json is invalid');
const seed = v.value;
const count = (theme: string) => seed.events.filter((e) => e.themes.includes(theme)).length;
// Its two lanes (COVID-19 and R&D) are the first two, both in the first view (vis draws lanes in view only).
const call = seed.events.find((e) => e.themes.join() === 'covid,rnd')!;

test('one lane per theme with its count, every event in each of its lanes, all copies selected', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  const labels = page.locator('.vis-labelset .group-label');
  await expect(labels).toHaveCount(seed.themes.length);
  for (const t of seed.themes) await expect(labels.filter({ hasText: `${t.label} (${count(t.id)})` })).toHaveCount(1);
  // Regional security has its own lane, with every event that carries it.
  await expect(labels.filter({ hasText: 'Regional security' })).toHaveCount(1);
  const copies = page.locator('.timeline-canvas .vis-item:is(.vis-box, .vis-range)', { hasText: call.title });
  await expect(copies).toHaveCount(call.themes.length);
  await copies.first().click();
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected:is(.vis-box, .vis-range)')).toHaveCount(
    call.themes.length,
  );
  // The keyboard cursor marks every copy too: walk it from the first event to the two-lane call.
  await page.locator('.timeline-canvas').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  const active = page.locator('.timeline-canvas .vis-item.is-active:is(.vis-box, .vis-range)');
  for (let i = 0; i < seed.events.length; i++) {
    await expect(active.first()).toBeVisible();
    if ((await active.first().locator('.ev-title').textContent()) === call.title) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(active.first().locator('.ev-title')).toHaveText(call.title);
  await expect(active).toHaveCount(call.themes.length);
  await page.screenshot({ path: 'test-results/swimlanes-1920.png' });
});

test('lanes follow the theme filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
  await (await themeCheckbox(page, 'Regional security')).uncheck();
  const labels = page.locator('.vis-labelset .group-label');
  await expect(labels).toHaveCount(seed.themes.length - 1);
  await expect(labels.filter({ hasText: 'Regional security' })).toHaveCount(0);
  await (await themeCheckbox(page, 'Regional security')).check();
  await expect(labels.filter({ hasText: 'Regional security' })).toHaveCount(1);
});
