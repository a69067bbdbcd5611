/**
 * Building a briefing quickly (issue 14): Add to briefing puts an event in date order, title cards go
 * before or after a step, drag reorder with a mouse and a finger, Alt+↑/↓ announced, focus after Remove,
 * talking points that grow, Duplicate.
 */
import type { Locator, Page } from '@playwright/test';
import { openEvent } from './detailsHelpers';
import { test, expect } from './fixtures';
import { expectNoViolations } from './helpers/axe';
import { DATE_ORDER, newBriefing, openBriefingApp, panel, stepTitles } from './helpers/briefing';

const handle = (page: Page, n: number) => panel(page).locator('.briefing-step-handle').nth(n);
const live = (page: Page) => panel(page).locator('output');

test('Add to briefing puts each event in its date order, whatever order they are added in', async ({ page }) => {
  await openBriefingApp(page);
  for (const i of [5, 2, 4, 0]) {
    await openEvent(page, DATE_ORDER[i]!);
    await page.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(page.getByRole('button', { name: 'Remove from briefing' })).toBeVisible();
  }
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await expect(stepTitles(page)).toHaveText([0, 2, 4, 5].map((i) => DATE_ORDER[i]!));
});

test('insert a title card before or after a step; focus goes to its title', async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page)
    .getByRole('button', { name: `Insert title card after: ${DATE_ORDER[3]}` })
    .click();
  await expect(panel(page).getByRole('textbox', { name: 'Title of card 5' })).toBeFocused();
  await page.keyboard.type('Part two: 2022');
  await expect(stepTitles(page).nth(4)).toHaveText('Title card: Part two: 2022');
  await expect(live(page)).toHaveText('Title card inserted as step 5.');
  await panel(page)
    .getByRole('button', { name: `Insert title card before: ${DATE_ORDER[0]}` })
    .click();
  await page.keyboard.type('Part one: 2020');
  await expect(stepTitles(page).first()).toHaveText('Title card: Part one: 2020');
  await expect(stepTitles(page)).toHaveCount(8);
});

async function dragBy(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + ((b.y - a.y + 8) * i) / 10);
  await page.mouse.up();
}

test('drag a step to another place with the mouse; the move is announced', async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await dragBy(page, handle(page, 0), panel(page).locator('.briefing-step').nth(1));
  await expect(stepTitles(page)).toHaveText([DATE_ORDER[1]!, DATE_ORDER[0]!, ...DATE_ORDER.slice(2)]);
  await expect(live(page)).toHaveText(`Moved “${DATE_ORDER[0]}” to step 2 of 6.`);
});

test.describe('with a touch screen', () => {
  test.use({ hasTouch: true });
  test('drag a step with a finger', async ({ page }) => {
    await openBriefingApp(page);
    await newBriefing(page);
    await panel(page).locator('.briefing-step').nth(0).scrollIntoViewIfNeeded();
    const a = (await handle(page, 2).boundingBox())!;
    const b = (await panel(page).locator('.briefing-step').nth(0).boundingBox())!;
    // Touch as the browser reports it to the page: pointer events of pointerType "touch" (dnd-kit's
    // PointerSensor), down on the handle, then moves and up on the document.
    const x = a.x + a.width / 2;
    const y0 = a.y + a.height / 2;
    const common = {
      pointerId: 11,
      pointerType: 'touch',
      isPrimary: true,
      bubbles: true,
      button: 0,
      buttons: 1,
      clientX: x,
    };
    await handle(page, 2).dispatchEvent('pointerdown', { ...common, clientY: y0 });
    for (let i = 1; i <= 10; i++)
      await page.evaluate((init) => document.dispatchEvent(new PointerEvent('pointermove', init)), {
        ...common,
        clientY: y0 + ((b.y + 10 - y0) * i) / 10,
      });
    await page.evaluate((init) => document.dispatchEvent(new PointerEvent('pointerup', init)), {
      ...common,
      buttons: 0,
      clientY: b.y + 10,
    });
    await expect(stepTitles(page)).toHaveText([DATE_ORDER[2]!, DATE_ORDER[0]!, DATE_ORDER[1]!, ...DATE_ORDER.slice(3)]);
  });
});

const altArrowsTitle =
  'Alt+↑/↓ on a focused step moves it, keeps focus on it and announces it; Remove moves focus to the next step';
test(altArrowsTitle, async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await handle(page, 0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stepTitles(page).nth(1)).toHaveText(DATE_ORDER[0]!);
  await expect(live(page)).toHaveText(`Moved “${DATE_ORDER[0]}” to step 2 of 6.`);
  await expect(handle(page, 1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stepTitles(page).nth(2)).toHaveText(DATE_ORDER[0]!);
  await expect(handle(page, 2)).toBeFocused();
  // From inside the talking points too.
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[0]}` })
    .focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(stepTitles(page).nth(1)).toHaveText(DATE_ORDER[0]!);
  await expect(panel(page).getByRole('textbox', { name: `Talking points: ${DATE_ORDER[0]}` })).toBeFocused();
  await handle(page, 0).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(live(page)).toHaveText(`“${DATE_ORDER[1]}” is already step 1 of 6.`);

  await panel(page)
    .getByRole('button', { name: `Remove: ${DATE_ORDER[0]}` })
    .click();
  await expect(stepTitles(page)).toHaveCount(5);
  await expect(handle(page, 1)).toBeFocused();
  await expect(handle(page, 1)).toHaveAccessibleName(new RegExp(`^Step 2 of 5: ${DATE_ORDER[2]}`));
  await expect(live(page)).toContainText(`Removed “${DATE_ORDER[0]}”.`);
  await panel(page)
    .getByRole('button', { name: `Remove: ${DATE_ORDER[5]}` })
    .click();
  await expect(handle(page, 3)).toBeFocused();
});

test('talking points grow with their text; a briefing can be duplicated; axe finds nothing', async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  const box = panel(page).getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` });
  const before = (await box.boundingBox())!.height;
  await box.fill(
    Array.from({ length: 8 }, (_, i) => `Point ${i + 1}: a line of what to say about this step.`).join('\n'),
  );
  await expect.poll(async () => (await box.boundingBox())!.height).toBeGreaterThan(before * 2);
  expect(await box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Cabinet');
  await panel(page).getByRole('button', { name: 'Duplicate' }).click();
  await expect(panel(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Cabinet (copy)');
  await expect(panel(page).getByRole('combobox', { name: 'Briefing' }).locator('option')).toHaveText([
    'Cabinet',
    'Cabinet (copy)',
  ]);
  await expect(panel(page).getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })).toHaveValue(/^Point 1:/);
  await expectNoViolations(page, 'briefing built');
});
