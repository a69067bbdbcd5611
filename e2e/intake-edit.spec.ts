/**
 * Issue 16, after an article is added: "Edit event" and "Remove event" from the details panel (removing
 * the last event of an article asks whether to keep the article), axe in the Edit event dialog (light,
 * dark, 390 px), two tabs of one browser staying consistent, and a 200 kB article proposed with progress.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectNoViolations, expectNoViolationsLightAndDark } from './helpers/axe';
import { addArticleWithEvents, addDialog, fillArticle, openAddDialog, proposals } from './helpers/intake';
import { detailsRegion } from './detailsHelpers';

test.describe.configure({ timeout: 90_000 });
const shot = (name: string) => `${process.env.SHOTS_DIR ?? 'test-results/intake-shots'}/${name}.png`;

const addedRows = (page: import('@playwright/test').Page) =>
  page.locator('table.event-table tbody tr', { has: page.locator('.list-added') });

test('edit an added event, then remove it: the last one asks whether to keep its article', async ({ page }) => {
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await page.goto('/');
  await addArticleWithEvents(page, 1);
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(addedRows(page)).toHaveCount(1);
  await addedRows(page).getByRole('button').first().click();
  const details = detailsRegion(page);
  await details.getByRole('button', { name: 'Edit event' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit).toBeVisible();
  await expectNoViolationsLightAndDark(page, 'edit event');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shot('edit-event-phone-dark') });
  await expectNoViolations(page, 'edit event, 390 px, dark');
  expect(await edit.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'no sideways scroll').toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // A title the schema refuses (empty) is reported and nothing is kept; a good one is kept.
  await edit.getByRole('textbox', { name: 'Title' }).fill('');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toBeVisible();
  await edit.getByRole('textbox', { name: 'Title' }).fill('Officials review the missile programme');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(addedRows(page)).toContainText('Officials review the missile programme');
  await expect(details).toContainText('Officials review the missile programme');

  await details.getByRole('button', { name: 'Remove event' }).click();
  await expect(addedRows(page)).toHaveCount(0);
  expect(asked).toEqual([
    'Remove “Officials review the missile programme” from this browser?',
    expect.stringMatching(/^That was the last event from test-2023-03-10\. Keep the article in “Your articles”\?/),
  ]);
  // Kept (the second question was answered OK): listed in Your articles with no events.
  await page.getByRole('button', { name: /^Your articles/ }).click();
  const panel = page.getByRole('dialog', { name: 'Your articles' });
  await expect(panel).toContainText('India and Israel review missile partnership');
  await expect(panel.locator('.ya-event')).toHaveCount(0);
});

test('two tabs of one browser stay consistent: an article added in one shows in the other', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('radio', { name: 'List' }).check();
  await expect(other.locator('table.event-table tbody tr').first()).toBeVisible();
  await expect(addedRows(other)).toHaveCount(0);
  await page.goto('/');
  await addArticleWithEvents(page, 2);
  // No reload in the other tab: the database tells it.
  await expect(addedRows(other)).toHaveCount(2);
  await expect(other.getByRole('button', { name: /^Your articles/ })).toBeVisible();
  await other.close();
});

test('a 200 kB article: proposed with its progress shown', async ({ page }) => {
  const one = readFileSync(new URL('../data/articles/devdiscourse-2020-07-24.txt', import.meta.url), 'utf8');
  const big = Array.from({ length: Math.ceil(200_000 / one.length) }, (_, i) => one.replace('unique', `unique (${i})`))
    .join('\n\n')
    .slice(0, 200_000);
  await page.goto('/');
  await openAddDialog(page);
  await fillArticle(page, big);
  // Every progress value the dialog shows while it reads, recorded as it changes (not sampled by time).
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: number[]; proposeMs: number };
    w.progressSeen = [];
    let t0 = 0;
    document.addEventListener('click', () => (t0 ||= performance.now()), { capture: true });
    new MutationObserver(() => {
      const p = document.querySelector<HTMLProgressElement>('progress[aria-label="Reading the article"]');
      if (p && w.progressSeen.at(-1) !== p.value) w.progressSeen.push(p.value);
      if (document.querySelector('[aria-label="proposed events"] li') && !w.proposeMs)
        w.proposeMs = performance.now() - t0;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await addDialog(page).getByRole('button', { name: 'Propose events' }).click();
  await expect(proposals(page).first()).toBeVisible({ timeout: 60_000 });
  const { seen, ms } = await page.evaluate(() => {
    const w = window as unknown as { progressSeen: number[]; proposeMs: number };
    return { seen: w.progressSeen, ms: w.proposeMs };
  });
  test.info().annotations.push({ type: 'propose 200 kB', description: `${Math.round(ms)} ms` });
  expect(
    seen.some((v) => v > 0 && v < 1),
    `progress between 0 and 1 was shown: ${seen.join(', ')}`,
  ).toBe(true);
});
