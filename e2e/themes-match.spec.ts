/**
 * Issue 15 §4 on the real seed: match any / all of the checked themes, "Only this theme" (button
 * and Alt-click), counts that say what a click will do, and the choice kept in the link.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { hashParams, themeCheckbox } from './helpers/app';
import { validateEventList } from '../src/lib/schema';

const file = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const v = validateEventList(JSON.parse(readFileSync(file, 'utf8')));
if (!v.ok) throw new Error('public/data/events.json is invalid');
const seed = v.value;
const status = (page: import('@playwright/test').Page) => page.locator('.filter-status');
const only = (t: string) => seed.events.filter((e) => e.themes.includes(t)).length;
const covidAlone = seed.events.filter((e) => e.themes.length === 1 && e.themes[0] === 'covid').length;

test('the hint beside a theme says what unchecking it does, and it does that', async ({ page }) => {
  await page.goto('/');
  const total = seed.events.length;
  await expect(page.locator('#theme-hint-covid')).toHaveText(`unchecking hides ${covidAlone}`);
  await (await themeCheckbox(page, 'COVID-19')).uncheck();
  await expect(status(page)).toHaveText(`Showing ${total - covidAlone} of ${total} events`);
  await expect(page.locator('#theme-hint-covid')).toHaveText(`checking shows ${covidAlone}`);
  await expect(page.locator('.hidden-line')).toContainText(
    `${covidAlone} event${covidAlone === 1 ? '' : 's'} hidden by themes`,
  );
});

test('Only this theme (button and Alt-click) and match all, kept in the link', async ({ page }) => {
  await page.goto('/');
  const total = seed.events.length;
  await page.getByRole('button', { name: 'Only Regional security' }).click();
  await expect(status(page)).toHaveText(`Showing ${only('regional-security')} of ${total} events`);
  await expect(await themeCheckbox(page, 'Regional security')).toBeChecked();
  await expect(await themeCheckbox(page, 'Diplomacy')).not.toBeChecked();
  await (await themeCheckbox(page, 'R&D')).click({ modifiers: ['Alt'] });
  await expect(status(page)).toHaveText(`Showing ${only('rnd')} of ${total} events`);
  await expect(await themeCheckbox(page, 'Regional security')).not.toBeChecked();

  // Match all: R&D and Diplomacy both checked shows only events carrying both.
  await (await themeCheckbox(page, 'Diplomacy')).check();
  const anyCount = seed.events.filter((e) => e.themes.includes('rnd') || e.themes.includes('diplomacy')).length;
  await expect(status(page)).toHaveText(`Showing ${anyCount} of ${total} events`);
  await page.getByRole('radio', { name: 'all' }).check();
  const both = seed.events.filter((e) => e.themes.includes('rnd') && e.themes.includes('diplomacy')).length;
  await expect(status(page)).toHaveText(`Showing ${both} of ${total} events`);
  await expect.poll(() => hashParams(page).get('match')).toBe('all');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'all' })).toBeChecked();
  await expect(status(page)).toHaveText(`Showing ${both} of ${total} events`);
  // In match-all the hint for an unchecked theme says how many events checking it hides: those with R&D and
  // Diplomacy but not COVID-19 (two in the seed).
  const hides = seed.events.filter(
    (e) => e.themes.includes('rnd') && e.themes.includes('diplomacy') && !e.themes.includes('covid'),
  ).length;
  expect(hides).toBeGreaterThan(0);
  await expect(page.locator('#theme-hint-covid')).toHaveText(`checking hides ${hides}`);
  await page.screenshot({ path: 'test-results/themes-match-all.png' });
});
