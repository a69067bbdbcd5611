import { openEvent } from './detailsHelpers';
import { test, expect } from './fixtures';
import { expectNoViolations } from './helpers/axe';
import {
  counter,
  DATE_ORDER,
  newBriefing,
  openBriefingApp,
  panel,
  presentation,
  serveBriefingFixture,
  slideTitle,
  stepTitles,
} from './helpers/briefing';

const buildTitle =
  'build a briefing: date order, rename, reorder by keyboard, talking points, title card, remove, kept after reload';
test(buildTitle, async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await expect(stepTitles(page)).toHaveText(DATE_ORDER);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Cabinet briefing');

  // Keyboard reorder: focus the first step's Move down button and press Enter twice; focus follows the step.
  const first = DATE_ORDER[0]!;
  await panel(page)
    .getByRole('button', { name: `Move down: ${first}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: `Move down: ${first}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stepTitles(page).nth(2)).toHaveText(first);
  await expect(panel(page).getByRole('button', { name: `Move down: ${first}` })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panel(page).getByRole('button', { name: `Move up: ${first}` })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(stepTitles(page).nth(1)).toHaveText(first);

  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })
    .fill('First call since Galwan.');
  await panel(page).getByRole('textbox', { name: 'New title card' }).fill('Part one: 2020');
  await panel(page).getByRole('button', { name: 'Add title card' }).click();
  await expect(stepTitles(page).last()).toHaveText('Title card: Part one: 2020');
  await panel(page)
    .getByRole('button', { name: `Remove: ${DATE_ORDER[4]}` })
    .click();
  await expect(stepTitles(page)).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Briefing (6)' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await expect(panel(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Cabinet briefing');
  await expect(stepTitles(page).nth(1)).toHaveText(first);
  await expect(panel(page).getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })).toHaveValue(
    'First call since Galwan.',
  );
  // One key per briefing (src/lib/briefing/storage.ts), versioned.
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('briefline.briefing.v2.'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? 'null')),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0].version).toBe(2);
  expect(stored[0].briefing.steps).toHaveLength(6);
});

test('Add to briefing / Remove from briefing from the event details', async ({ page }) => {
  await openBriefingApp(page);
  await openEvent(page, DATE_ORDER[2]!);
  const add = page.getByRole('button', { name: 'Add to briefing' });
  await add.click();
  await expect(page.getByRole('button', { name: 'Remove from briefing' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Briefing (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove from briefing' }).click();
  await expect(page.getByRole('button', { name: 'Add to briefing' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Briefing$/ })).toBeVisible();
});

test('present with clicker keys: counter, blank, notes, Esc', async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })
    .fill('Mention Ladakh.');
  await panel(page).getByRole('button', { name: 'Present' }).click();
  await expect(presentation(page)).toBeVisible();
  await expect(counter(page)).toHaveText('1 / 6');
  await expect(presentation(page).locator('.slide-date')).toHaveText('before 24 Jul 2020');
  for (const [key, n] of [
    ['ArrowRight', 2],
    ['ArrowDown', 3],
    ['PageDown', 4],
    [' ', 5],
    ['Enter', 6],
    ['Enter', 6],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(counter(page)).toHaveText(`${n} / 6`);
  }
  await expect(slideTitle(page)).toHaveText(DATE_ORDER[5]!);
  for (const [key, n] of [
    ['ArrowLeft', 5],
    ['ArrowUp', 4],
    ['PageUp', 3],
    ['Backspace', 2],
  ] as const) {
    await page.keyboard.press(key);
    await expect(counter(page)).toHaveText(`${n} / 6`);
  }
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('6 / 6');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 6');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // The key quote with outlet and date, and the strip marks the current event.
  await expect(presentation(page).locator('.slide-quote figcaption')).toHaveText('— NDTV, 24 Jul 2020');
  await expect(presentation(page).locator('.strip-current text')).toHaveText('24 Jul 2020');
  await expect(presentation(page).locator('.strip-tick')).toHaveCount(6);

  await page.keyboard.press('b');
  await expect(presentation(page)).toHaveClass(/is-blank/);
  await expect(slideTitle(page)).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(slideTitle(page)).toHaveText(DATE_ORDER[2]!);
  await page.keyboard.press('.');
  await expect(slideTitle(page)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('4 / 6');
  await page.keyboard.press('ArrowLeft');

  await expect(presentation(page).getByRole('complementary', { name: 'Talking points' })).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(presentation(page).getByRole('complementary', { name: 'Talking points' })).toContainText(
    'Mention Ladakh.',
  );
  await expectNoViolations(page, 'presenting with notes');

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  expect(new URL(page.url()).hash).not.toContain('present=');
});

const stepAddressTitle =
  'each step has its own address: reloading opens the same step; another browser opens it from the address alone';
test(stepAddressTitle, async ({ page, browser }) => {
  await openBriefingApp(page);
  await page
    .getByRole('group', { name: 'Themes' })
    .getByRole('checkbox', { name: /^Procurement/ })
    .uncheck();
  await newBriefing(page);
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })
    .fill('Private note');
  await panel(page).getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 6');
  await expect.poll(() => new URL(page.url()).hash).toContain('step=3');
  const address = page.url();

  expect(new URL(address).hash).toMatch(/^#hide=procurement&.*present=briefing-[a-z0-9-]+&step=3&b=/);
  await page.reload();
  await expect(counter(page)).toHaveText('3 / 6');
  await expect(
    page.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: /^Procurement/ }),
  ).not.toBeChecked();
  await expect(slideTitle(page)).toHaveText(DATE_ORDER[2]!);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).hash).toContain('step=4');

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await serveBriefingFixture(page2);
  await page2.goto(address);
  await expect(page2.locator('.presenter-counter')).toHaveText('3 / 6');
  await expect(page2.locator('.slide-heading')).toHaveText(DATE_ORDER[2]!);
  await page2.keyboard.press('n');
  await expect(page2.locator('.presenter-notes')).toContainText('None for this step.');
  await other.close();
});

test('presenter view in a second window stays in sync', async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[1]}` })
    .fill('Say: largest buyer.');
  await panel(page).getByRole('button', { name: 'Present' }).click();
  await expect(counter(page)).toHaveText('1 / 6');
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const popup = await popupPromise;
  const pv = popup.getByRole('dialog', { name: /^Presenter view/ });
  await expect(pv.locator('.presenter-counter')).toHaveText('1 / 6');
  await page.keyboard.press('ArrowRight');
  await expect(pv.locator('.presenter-counter')).toHaveText('2 / 6');
  await expect(pv.locator('.presenter-notes-text')).toHaveText('Say: largest buyer.');
  await expect(pv.locator('.presenter-next')).toHaveText(`Next: ${DATE_ORDER[2]}`);
  await popup.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 6');
  await popup.keyboard.press('b');
  await expect(presentation(page)).toHaveClass(/is-blank/);
  await popup.close();
});

test('a damaged saved briefing is reported and set aside, never lost', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'briefline.briefings.v1',
        '{"version":1,"currentId":null,"briefings":[{"id":"Bad id!","name":"Old"}]}',
      );
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openBriefingApp(page);
  await expect(
    page
      .locator('.notice')
      .filter({ hasText: /Saved briefing 1 "Old" is damaged .* set aside under "briefline\.briefings\.corrupt\.\d+"/ }),
  ).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('briefline.briefings.corrupt.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['[{"id":"Bad id!","name":"Old"}]']);
});
