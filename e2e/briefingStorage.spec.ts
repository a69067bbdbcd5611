/**
 * Briefings are never lost (issue 11 items 5-7): another tab or a newer version writing something
 * unreadable takes nothing from this tab; a full storage keeps working with a notice and the file
 * export; a shared presentation link shows its briefing without saving it until "Keep this briefing".
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { counter, newBriefing, openBriefingApp, panel, serveBriefingFixture, stepTitles } from './helpers/briefing';

const KEY_PREFIX = 'briefline.briefing.v2.';
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).toSorted());
const briefingKeys = async (page: Page) => (await storedKeys(page)).filter((k) => k.startsWith(KEY_PREFIX));
const briefingSelect = (page: Page) => panel(page).getByRole('combobox', { name: 'Briefing' });

async function twoBriefings(page: Page): Promise<string[]> {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Alpha');
  await panel(page)
    .getByRole('button', { name: /^New briefing from the/ })
    .click();
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Beta');
  await expect(briefingSelect(page).locator('option')).toHaveText(['Alpha', 'Beta']);
  await expect.poll(() => briefingKeys(page)).toHaveLength(2);
  return briefingKeys(page);
}

test('another tab writing unreadable values takes nothing from this tab, now or after a reload', async ({ page }) => {
  const keys = await twoBriefings(page);
  const other = await page.context().newPage();
  await other.goto('/favicon.svg').catch(() => undefined);
  await other.evaluate((k) => {
    localStorage.setItem(k, '[]');
    localStorage.setItem('briefline.briefings.v1', '[]');
  }, keys[0]!);
  // The signal: this tab reports what it set aside (it processed the storage events).
  await expect(
    page.locator('.notice').filter({ hasText: /cannot be read .* this window keeps its copy; the data was set aside/ }),
  ).toBeVisible();
  await expect(briefingSelect(page).locator('option')).toHaveText(['Alpha', 'Beta']);
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('briefline.briefings.corrupt.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual(['[]', '[]']);
  await other.close();
  await page.reload();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await expect(briefingSelect(page).locator('option')).toHaveText(['Alpha', 'Beta']);
});

test('what a newer version wrote is never written over; this tab keeps its copy and saves the others', async ({
  page,
}) => {
  const keys = await twoBriefings(page);
  const newer = JSON.stringify({ version: 3, briefing: { id: keys[1]!.slice(KEY_PREFIX.length), future: true } });
  const other = await page.context().newPage();
  await other.goto('/favicon.svg').catch(() => undefined);
  await other.evaluate(([k, v]) => localStorage.setItem(k!, v!), [keys[1]!, newer]);
  await expect(
    page.locator('.notice').filter({ hasText: /"Beta" was saved by a newer version of Briefline in another window/ }),
  ).toBeVisible();
  await other.close();
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Beta, edited here');
  await briefingSelect(page).selectOption({ label: 'Alpha' });
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Alpha, edited here');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toContain('Alpha, edited here');
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[1]!)).toBe(newer);
  await expect(briefingSelect(page).locator('option')).toHaveText(['Alpha, edited here', 'Beta, edited here']);
});

test('full storage: a notice, the file export, and work goes on in memory until saving succeeds again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && (window as unknown as { storageFull?: boolean }).storageFull) {
        throw new DOMException(
          "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
          'QuotaExceededError',
        );
      }
      return setItem.call(this, key, value);
    };
  });
  await openBriefingApp(page);
  await newBriefing(page);
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Kept in memory');
  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toContainText(
    'This browser’s storage is full: your briefings are kept in this tab but not saved.',
  );
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export briefing file' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('kept-in-memory.briefing.json');
  // Work goes on: edits still apply on screen.
  await panel(page)
    .getByRole('button', { name: /^Remove: / })
    .first()
    .click();
  await expect(stepTitles(page)).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Briefing (5)' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Saved again');
  await expect(alert).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await expect(panel(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Saved again');
  await expect(stepTitles(page)).toHaveCount(5);
});

test('a shared presentation link shows its briefing without saving it; "Keep this briefing" saves it', async ({
  page,
  browser,
}) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Sent briefing');
  await panel(page).getByRole('button', { name: 'Present' }).click();
  await expect(counter(page)).toHaveText('1 / 6');
  await expect.poll(() => new URL(page.url()).hash).toContain('b=');
  const address = page.url();

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await serveBriefingFixture(page2);
  await page2.goto(address);
  // Saving runs synchronously with the store change that adds the briefing, before the slide renders:
  // once the slide is shown, a save would already be in localStorage.
  await expect(page2.locator('.presenter-counter')).toHaveText('1 / 6');
  expect(await briefingKeys(page2)).toEqual([]);
  await page2.keyboard.press('Escape');
  const keep = page2
    .locator('.notice')
    .filter({ hasText: 'The briefing “Sent briefing” came with the link and is not saved in this browser.' });
  await expect(keep).toBeVisible();
  expect(await briefingKeys(page2)).toEqual([]);
  await keep.getByRole('button', { name: 'Keep this briefing' }).click();
  await expect(keep).toHaveCount(0);
  await expect.poll(() => briefingKeys(page2)).toHaveLength(1);
  await page2.goto('/');
  await page2.getByRole('button', { name: /^Briefing/ }).click();
  await expect(
    page2.getByRole('complementary', { name: 'Briefing' }).getByRole('textbox', { name: 'Name' }),
  ).toHaveValue('Sent briefing');
  await other.close();
});
