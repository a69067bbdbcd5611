/**
 * Exported files open safely where they are opened (issue 11 items 9-10, issue 15 item 9): the CSV
 * starts with a byte-order mark, quotes every locale's separators and runs no formula; no export
 * (CSV, iCalendar, TimelineJS, the printed handout) carries an address the screen would not link.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadExport } from './helpers/app';
import { test, expect } from './fixtures';
import { newBriefing, panel } from './helpers/briefing';
import { briefingFixture } from '../src/lib/briefing/__fixtures__/events';
import { parseCsv } from '../src/lib/exchange/csv';

type Doc = {
  themes: { id: string; label: string }[];
  sources: { url: string }[];
  events: { id: string; title: string }[];
};
const HOSTILE_URL = 'javascript:window.pwnedByData=1';

async function serve(page: Page): Promise<Doc> {
  const doc = structuredClone(briefingFixture) as Doc;
  doc.events[0]!.title = 'x;=1+1;y';
  doc.sources[0]!.url = HOSTILE_URL;
  await page.route('**/data/events.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }),
  );
  await page.route('**/data/sources/*.txt', (r) => r.fulfill({ status: 404, body: '' }));
  return doc;
}

/** Split one CSV line at `sep` outside quoted cells, as a spreadsheet of that locale does. */
function splitOutsideQuotes(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      cells.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  cells.push(cur);
  return cells.map((c) => (c.startsWith('"') ? c.slice(1) : c));
}

/** The app over the hostile data, ready to export (the fixture's missing article texts answer 404). */
async function openWithHostileData(page: Page, allowConsole: (pattern: RegExp) => void): Promise<Doc> {
  allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const doc = await serve(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  return doc;
}

async function exportBytes(page: Page, name: string): Promise<Buffer> {
  const d = await downloadExport(page, name);
  return readFileSync((await d.path()) ?? '');
}

test('CSV: byte-order mark, a semicolon headline stays one quoted cell, undated rows carry no day', async ({
  page,
  allowConsole,
}) => {
  const doc = await openWithHostileData(page, allowConsole);
  const bytes = await exportBytes(page, 'CSV (spreadsheet)');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('"x;=1+1;y"');
  // Split as a semicolon-locale spreadsheet would: no cell starts a formula.
  for (const line of text.split('\r\n'))
    expect(
      splitOutsideQuotes(line, ';').filter((c) => /^[=+\-@\t\r]/.test(c)),
      line,
    ).toEqual([]);
  const { rows } = parseCsv(text);
  const head = rows[0]!;
  const undated = rows.find((r) => r[head.indexOf('Display Date')]?.startsWith('before '))!;
  expect([undated[head.indexOf('Year')], undated[head.indexOf('Month')], undated[head.indexOf('Day')]]).toEqual([
    '',
    '',
    '',
  ]);
  expect(text).not.toContain('javascript:');
  expect(rows).toHaveLength(doc.events.length + 1);
});

test('iCalendar and TimelineJS exports carry no address the screen would not link; CATEGORIES are labels', async ({
  page,
  allowConsole,
}) => {
  const doc = await openWithHostileData(page, allowConsole);
  const ics = (await exportBytes(page, 'iCalendar (.ics)')).toString('utf8').replace(/\r\n /g, '');
  expect(ics).not.toMatch(/javascript:/i);
  for (const m of ics.matchAll(/^URL:(.*)$/gm)) expect(m[1]).toMatch(/^https?:\/\//);
  const cats = [...ics.matchAll(/^CATEGORIES:(.*)$/gm)].flatMap((m) => m[1]!.split(/(?<!\\),/));
  expect(cats.length).toBeGreaterThan(0);
  const labels = doc.themes.map((t) => t.label);
  for (const c of cats) expect(labels).toContain(c);
  const tjs = (await exportBytes(page, 'TimelineJS3 JSON')).toString('utf8');
  expect(tjs).not.toMatch(/javascript:/i);
});

test('the printed handout prints only addresses the screen links', async ({ page, allowConsole }) => {
  allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const doc = await serve(page);
  await page.goto('/');
  await newBriefing(page, doc.events.length);
  await expect(panel(page).getByRole('button', { name: 'Print handout' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.handout-footnotes li').first()).toBeVisible();
  expect(await page.locator('.handout').textContent()).not.toMatch(/javascript:/i);
  for (const href of await page
    .locator('.handout a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});
