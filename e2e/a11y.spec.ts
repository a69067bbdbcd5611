import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations, expectNoViolationsLightAndDark } from './helpers/axe';
import { detailsRegion, detailsTitle, openEvent, rowButton, showList, sourceRegion } from './detailsHelpers';

const VISION = /Vision on Defence Cooperation/;

// axe over a whole page is slow on a busy machine: one state per test, with room to finish.
test.describe.configure({ timeout: 60_000 });

type State = 'timeline' | 'list' | 'details open' | 'source open';

async function reach(page: Page, state: State) {
  await page.goto('/');
  await expect(page.getByRole('application')).toBeVisible();
  if (state === 'timeline') return;
  await showList(page);
  if (state === 'list') return;
  await openEvent(page, VISION);
  if (state === 'details open') return;
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  await expect(sourceRegion(page).locator('mark.current').first()).toBeFocused();
}

// One page load per state, checked in the light and then the dark colour scheme.
for (const state of ['timeline', 'list', 'details open', 'source open'] as const) {
  test(`axe: no violations, ${state}, light and dark`, async ({ page }) => {
    await reach(page, state);
    await expectNoViolationsLightAndDark(page, state);
  });
}

test('axe: no violations on a 390 px phone with the source open over the details', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await reach(page, 'source open');
  await expectNoViolations(page, 'phone, source open');
  await page.keyboard.press('Escape');
  await expect(sourceRegion(page)).toHaveCount(0);
  await expectNoViolations(page, 'phone, details open');
});

test('keyboard only: reach Read in source, open it, move through marks, close both panels', async ({ page }) => {
  await page.goto('/');
  const opener = await rowButton(page, VISION);
  await opener.focus();
  await page.keyboard.press('Enter');
  const panel = detailsRegion(page);
  await expect(detailsTitle(page)).toBeFocused();
  // Tab forward until the first "Read in source" button has focus.
  const read = panel.getByRole('button', { name: /Read in source/ }).first();
  for (let i = 0; i < 30 && !(await read.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(read).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sourceRegion(page).locator('mark.current').first()).toBeFocused();
  // Tab reaches a marked passage of another event, with a visible focus indicator.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/sr-link|sr-extra|dp-close/);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(read).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();
});
