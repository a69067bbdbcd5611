import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadExport } from './helpers/app';
import { test, expect } from './fixtures';
import { DATE_ORDER, openBriefingApp } from './helpers/briefing';
import { validateEventList } from '../src/lib/schema';
import { parseCsv } from '../src/lib/exchange/csv';

async function exportAs(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const d = await downloadExport(page, name);
  return { fileName: d.suggestedFilename(), text: readFileSync((await d.path()) ?? '', 'utf8') };
}

const importInput = (page: Page) => page.getByTestId('import-file-input');
const listRows = (page: Page) => page.locator('table.event-table tbody tr');
const banner = (page: Page) => page.locator('.imported-banner');

test('export the shown events in each format', async ({ page }) => {
  await openBriefingApp(page);
  const json = await exportAs(page, 'Briefline events.json');
  expect(json.fileName).toMatch(/^briefline-events-\d{4}-\d{2}-\d{2}\.json$/);
  const v = validateEventList(JSON.parse(json.text));
  expect(v.ok && v.value.events.map((e) => e.title).toSorted()).toEqual(DATE_ORDER.toSorted());

  const csv = await exportAs(page, 'CSV (spreadsheet)');
  const rows = parseCsv(csv.text).rows;
  expect(rows[0]?.slice(0, 10)).toEqual([
    'Year',
    'Month',
    'Day',
    'Time',
    'End Year',
    'End Month',
    'End Day',
    'End Time',
    'Display Date',
    'Headline',
  ]);
  expect(rows).toHaveLength(7);
  expect(csv.text).toContain('\r\n');
  expect(rows.find((r) => r.includes('letter-of-intent-2022'))?.slice(0, 3)).toEqual(['2022', '6', '']);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.locator('.export-note')).toHaveText(/leaves out 2 undated events/);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const ics = await exportAs(page, 'iCalendar (.ics)');
  expect(ics.fileName).toMatch(/\.ics$/);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  expect(ics.text.replace(/\r\n /g, '')).toContain('DTSTART;VALUE=DATE:20200724\r\nDTEND;VALUE=DATE:20200725');
  expect(ics.text).toContain('URL:https://www.ndtv.com/');
  for (const line of ics.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  const tjs = await exportAs(page, 'TimelineJS3 JSON');
  const doc = JSON.parse(tjs.text) as {
    events: { start_date: Record<string, number>; display_date: string; group: string }[];
  };
  expect(doc.events).toHaveLength(6);
  expect(doc.events.find((e) => e.display_date === 'Jun 2022')?.start_date).toEqual({ year: 2022, month: 6 });
});

test('export follows the filters', async ({ page }) => {
  await openBriefingApp(page);
  for (const theme of [/^COVID-19/, /^Procurement/, /^Diplomacy/, /^Regional security/, /^Defence industry/])
    await page.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: theme }).uncheck();
  const json = await exportAs(page, 'Briefline events.json');
  const v = validateEventList(JSON.parse(json.text));
  expect(v.ok && v.value.events.map((e) => e.id)).toEqual([
    'covid-delegation-2020',
    'letter-of-intent-2022',
    'vision-statement-2022',
  ]);
});

const timelineJs = {
  title: { text: { headline: 'A <i>newsroom</i> timeline', text: '<p>Intro</p>' } },
  events: [
    {
      start_date: { year: '2019', month: '4', day: '2' },
      group: 'Diplomacy',
      media: { url: 'https://example.org/a.jpg' },
      text: {
        headline: 'A <b>bold</b> visit<img src=x onerror="window.hacked=1">',
        text: '<p>Talks &amp; more</p><script>window.hacked=2</script>',
      },
    },
    { start_date: { year: 2021 }, text: { headline: 'A whole year' } },
    {
      start_date: { year: 2021, month: 3 },
      end_date: { year: 2021, month: 5 },
      group: 'Trade',
      text: { headline: 'A span of months' },
    },
  ],
  eras: [{ start_date: { year: 2019 }, end_date: { year: 2020 }, text: { headline: 'Era' } }],
};

test('import a TimelineJS file: shown as text for this session, with a way back', async ({ page, allowConsole }) => {
  // The inert DOMParser document that reads the file's HTML inherits the page's CSP, and Chrome reports
  // (and blocks) each inline handler attribute as it is parsed: the CSP at work, nothing runs.
  allowConsole(
    /^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''/,
  );
  await openBriefingApp(page);
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(listRows(page)).toHaveCount(6);
  await importInput(page).setInputFiles({
    name: 'newsroom.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(timelineJs)),
  });
  await expect(banner(page)).toContainText('Showing imported data from newsroom.json (this session only)');
  await expect(page.getByRole('dialog', { name: 'Imported newsroom.json' })).toContainText(
    '1 era(s) drawn as background bands',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(listRows(page)).toHaveCount(3);
  await expect(page.locator('table.event-table')).toContainText('A bold visit');
  await expect(page.locator('table.event-table b, table.event-table img, table.event-table script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('.app-subtitle')).toContainText('A newsroom timeline');
  // Imported events cite the imported file, never a news article.
  await page.locator('table.event-table').getByRole('button', { name: 'A bold visit' }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Imported file (unverified)');
  // The file has no publication date: its date is named as the import date.
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
    /newsroom\.json, imported \d{1,2} [A-Z][a-z]{2} \d{4}/,
  );
  await expect(page.getByRole('region', { name: 'Event details' }).locator('figcaption').first()).toContainText(
    /imported [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}/,
  );
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
    'Imported file: there is no original article to link to.',
  );
  // Its "source" is the imported file itself, read from memory, not fetched.
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  const reader = page.getByRole('region', { name: 'Source text' });
  await expect(reader.locator('mark.current')).toContainText('A bold visit');
  await expect(reader.locator('img, script, b')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await banner(page).getByRole('button', { name: 'Back to built-in data' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(listRows(page)).toHaveCount(6);
  // Session only: a reload shows the built-in data.
  await importInput(page).setInputFiles({
    name: 'newsroom.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(timelineJs)),
  });
  await expect(banner(page)).toBeVisible();
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
});

test('a bad CSV lists every problem and shows nothing', async ({ page }) => {
  await openBriefingApp(page);
  const csv =
    'Year,Month,Day,Headline,Text\r\n2020,13,1,Bad month,\r\nabc,,,Bad year,\r\n' +
    '2020,2,30,Bad day,\r\n2020,1,1,,\r\n2021,1,1,Fine row,ok\r\n';
  await importInput(page).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'bad.csv was not imported: 4 problems' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.import-problems li')).toHaveText([
    'bad.csv [row 2] Month: "13" is not a month (1–12)',
    'bad.csv [row 3] Year: "abc" is not a whole number',
    'bad.csv [row 4] Day: "30" is not a day of 2020-02',
    'bad.csv [row 5] Headline: is empty (an event needs a headline or text)',
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.locator('.app-subtitle')).toContainText('test fixture');
});

test('drag and drop a TimelineJS CSV onto the page', async ({ page }) => {
  await openBriefingApp(page);
  const csv =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,' +
    'Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
    '2020,7,24,,,,,,,Dropped event,"Text, with comma",,,,,,Diplomacy,\n';
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return d;
  }, csv);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  await expect(banner(page)).toContainText('dropped.csv');
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(listRows(page)).toHaveCount(1);
  await expect(listRows(page)).toContainText('Dropped event');
});
