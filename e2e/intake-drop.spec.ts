/**
 * Issue 16 §1: dropping a file anywhere on the page. A saved web page (.html) or a text file that is not a
 * TimelineJS sheet (.txt) opens "Add an article" with it read in; a TimelineJS sheet saved as .txt, like a .csv
 * or .json, goes to Import.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addDialog, ARTICLE } from './helpers/intake';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/intake/${name}`, import.meta.url), 'utf8');

/** Drop a file on the page as a user drags one from their file manager. */
async function dropFile(page: Page, name: string, type: string, text: string): Promise<void> {
  const dt = await page.evaluateHandle(
    ([n, t, body]) => {
      const d = new DataTransfer();
      d.items.add(new File([body!], n!, { type: t! }));
      return d;
    },
    [name, type, text],
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
}

test('a dropped web page opens "Add an article" with its text and details read in', async ({ page, allowConsole }) => {
  // The page's own <img onerror> is refused by the app's CSP inside the inert document (Chromium reports it).
  allowConsole(/Executing inline event handler violates the following Content Security Policy/);
  await page.goto('/');
  await expect(page.locator('.timeline-canvas .vis-item').first()).toBeVisible();
  await dropFile(page, 'heron.html', 'text/html', fixture('page.html'));
  const d = addDialog(page);
  await expect(d).toBeVisible();
  await expect(d.getByLabel('Article text')).toHaveValue(/^The Indian Air Force received the first of four Heron/);
  await expect(d.getByLabel('Headline')).toHaveValue('First Heron drones from Israel arrive in India');
  await expect(d.getByLabel('Published')).toHaveValue('2023-05-12');
  await expect(page.locator('.imported-banner')).toHaveCount(0);
});

test('a dropped text file is an article to add, unless it is a TimelineJS sheet saved as text', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.timeline-canvas .vis-item').first()).toBeVisible();
  await dropFile(page, 'report.txt', 'text/plain', ARTICLE);
  const d = addDialog(page);
  await expect(d).toBeVisible();
  await expect(d.getByLabel('Article text')).toHaveValue(ARTICLE.replace(/\r\n?/g, '\n'));
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(d).toBeHidden();

  const sheet =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,' +
    'Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
    '2020,7,24,,,,,,,Dropped sheet event,"Saved from a spreadsheet as text",,,,,,Diplomacy,\n';
  await dropFile(page, 'sheet.txt', 'text/plain', sheet);
  await expect(page.locator('.imported-banner')).toContainText('sheet.txt');
  await expect(addDialog(page)).toBeHidden();
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.locator('.event-table tbody tr')).toContainText(['Dropped sheet event']);
});
