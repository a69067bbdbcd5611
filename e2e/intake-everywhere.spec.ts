/**
 * Issue 16: the events of an article added in this browser stand beside the built-in ones everywhere the
 * journey (intake.spec.ts) does not look: the theme and period filters (counts, timeline, list), a briefing's
 * printed handout (title, date, verbatim quote, source) and every file of the Export menu.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { themeCheckbox, downloadExport } from './helpers/app';
import { panel, stepTitles } from './helpers/briefing';
import { ARTICLE, META, addArticleWithEvents } from './helpers/intake';
import { joined, pdfPages, spaced } from './helpers/pdfText';
import { detailsRegion, openEvent } from './detailsHelpers';
import { validateEventList } from '../src/lib/schema';
import { parseCsv } from '../src/lib/exchange/csv';

test.describe.configure({ timeout: 90_000 });

const checked = validateEventList(
  JSON.parse(readFileSync(new URL('../public/data/events.json', import.meta.url), 'utf8')),
);
if (!checked.ok) throw new Error('public/data/events.json is invalid');
const seed = checked.value;

interface Entry {
  title: string;
  start: string | null;
  end: string;
  themes: string[];
  added?: boolean;
}

/** The three events addArticleWithEvents keeps (the first three proposals for the fixture article). */
const SENIOR = {
  title: 'Senior defence officials met in New Delhi to review the joint development',
  start: '2023-03-09',
  end: '2023-03-09',
  label: '9 Mar 2023',
  parts: [2023, 3, 9],
  themes: ['procurement', 'diplomacy'],
};
const IAI = {
  title: 'Israel Aerospace Industries would open a second production line in Hyderabad',
  start: '2023-03-08',
  end: '2023-03-08',
  label: '8 Mar 2023',
  parts: [2023, 3, 8],
  themes: ['defence-industry'],
  quote:
    'Israel Aerospace Industries chief Boaz Levy said on Wednesday that the company would open a second ' +
    'production line in Hyderabad with Bharat Dynamics.',
};
// No theme proposed: acceptProposal gives it Diplomacy. "next month" of 10 Mar 2023, planned.
const NAVIES = {
  title: 'The two navies will hold their first joint exercise in the Arabian Sea',
  start: '2023-04-01',
  end: '2023-04-30',
  label: 'Apr 2023',
  parts: [2023, 4],
  themes: ['diplomacy'],
};
const ADDED = [SENIOR, IAI, NAVIES];
const ALL: Entry[] = [
  ...seed.events.map((e) => ({ title: e.title, start: e.date.start, end: e.date.end!, themes: e.themes })),
  ...ADDED.map((e) => ({ ...e, added: true })),
];
const BUILT_IN = seed.events.find((e) => e.title === 'Gantz calls on Prime Minister Modi')!;

// Match "any" (the default): an event shows while one of its themes is checked.
const withTheme = (t: string) => ALL.filter((e) => e.themes.includes(t));
const withoutTheme = (t: string) => ALL.filter((e) => e.themes.some((x) => x !== t));
/** The events whose days can overlap the period (an undated "before" one has no start: any start up to its end). */
const inPeriod = (from: string | null, to: string | null) =>
  ALL.filter((e) => (to === null || e.start === null || e.start <= to) && (from === null || e.end >= from));
const sorted = async (l: Locator) => (await l.allTextContents()).map((t) => t.trim()).toSorted();
const status = (page: Page) => page.locator('.filter-status');

/** Exactly these events on the status line, on the timeline (fitted) and in the list, the added ones marked so. */
async function expectShown(page: Page, shown: Entry[]) {
  const titles = shown.map((e) => e.title).toSorted();
  const added = shown.filter((e) => e.added).map((e) => e.title);
  await expect(status(page)).toHaveText(`Showing ${shown.length} of ${ALL.length} events`);
  await page.getByRole('radio', { name: 'Timeline' }).check();
  await page.getByRole('button', { name: 'Fit all' }).click();
  const items = page.locator('.timeline-canvas .vis-item');
  await expect.poll(() => sorted(items.locator('.ev-title'))).toEqual(titles);
  const addedItems = items.filter({ hasText: 'added in this browser' }).locator('.ev-title');
  await expect.poll(() => sorted(addedItems)).toEqual(added.toSorted());
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.locator('#list-caption')).toHaveText(`${shown.length} of ${ALL.length} events, oldest first`);
  const rows = page.locator('table.event-table tbody tr');
  await expect.poll(() => sorted(rows.locator('.col-title'))).toEqual(titles);
  const addedRows = rows.filter({ has: page.locator('.list-added') }).locator('.col-title');
  await expect.poll(() => sorted(addedRows)).toEqual(added.toSorted());
}

async function expectCounts(page: Page, events: Entry[]) {
  const group = page.getByRole('group', { name: 'Themes' });
  for (const t of seed.themes) {
    const n = events.filter((e) => e.themes.includes(t.id)).length;
    await expect(group.getByRole('checkbox', { name: `${t.label} (${n})`, exact: true })).toBeVisible();
  }
}

test('theme and period filters count, hide and show the added events beside the built-in ones', async ({ page }) => {
  // Tall enough that the list (virtualised: only the rows in view are drawn) has every row in the page.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto('/');
  await addArticleWithEvents(page, 3);
  await expectCounts(page, ALL);
  await expectShown(page, ALL);

  // Defence industry is the added Hyderabad event's only theme: unchecking it hides that event (and no built-in one).
  await (await themeCheckbox(page, 'Defence industry')).uncheck();
  await expectShown(page, withoutTheme('defence-industry'));
  await (await themeCheckbox(page, 'Defence industry')).check();
  await expectShown(page, ALL);
  await page.getByRole('button', { name: 'Only Defence industry' }).click();
  await expectShown(page, withTheme('defence-industry'));
  await page.getByRole('button', { name: 'Only Diplomacy' }).click();
  await expectShown(page, withTheme('diplomacy'));
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await expectShown(page, ALL);

  // The period: from the day of the meeting (the Hyderabad event, a day earlier, and every built-in one go) ...
  await page.getByLabel('From', { exact: true }).fill('2023-03-09');
  await expectShown(page, inPeriod('2023-03-09', null));
  await expectCounts(page, inPeriod('2023-03-09', null));
  // ... to the end of March (the naval exercise of April goes too) ...
  await page.getByLabel('To', { exact: true }).fill('2023-03-31');
  await expectShown(page, inPeriod('2023-03-09', '2023-03-31'));
  // ... and a period before the article, which hides every added event and keeps the built-in ones.
  await page.getByRole('button', { name: 'Clear period' }).click();
  await page.getByLabel('To', { exact: true }).fill('2022-12-31');
  await expectShown(page, inPeriod(null, '2022-12-31'));
  await expectCounts(page, inPeriod(null, '2022-12-31'));
});

test('an added event in a briefing prints on the handout: title, date, verbatim quote and its article', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('/');
  await addArticleWithEvents(page, 3);
  // The added event first, then a built-in one from a year before: the briefing keeps them in date order.
  for (const title of [IAI.title, BUILT_IN.title]) {
    await openEvent(page, title);
    await detailsRegion(page).getByRole('button', { name: 'Add to briefing' }).click();
    await expect(detailsRegion(page).getByRole('button', { name: 'Remove from briefing' })).toBeVisible();
  }
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await expect(stepTitles(page)).toHaveText([BUILT_IN.title, IAI.title]);
  await panel(page).getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-entry')).toHaveCount(2);
  await expect(page.locator('.handout-entry').nth(1)).toContainText(IAI.quote);

  const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
  // Read whole: lines joined by spaces, a hyphen at a line end joined back, and addresses without breaks.
  const prose = pages
    .map(spaced)
    .join(' ')
    .replace(/(\w)- (\w)/g, '$1-$2');
  const all = pages.map(joined).join('');
  // The cover: its period and themes reach the added event.
  expect(prose).toContain(`Period 2 Jun 2022 – ${IAI.label} Themes Diplomacy, Defence industry`);
  expect(prose).toMatch(/Events\s*2/);
  expect(prose).toContain(`1. 2 Jun 2022 ${BUILT_IN.title}`);
  const entry = prose.indexOf(`2. ${IAI.label}`);
  expect(entry, 'the added event is step 2, with its date').toBeGreaterThan(prose.indexOf(BUILT_IN.title));
  const title = prose.indexOf(IAI.title, entry);
  const quote = prose.indexOf(`] “${IAI.quote}”`, entry);
  const source = prose.indexOf(`— ${META.outlet}, “${META.headline}”, 10 Mar 2023.`, entry);
  expect(title, 'its title follows its date').toBeGreaterThan(entry);
  expect(quote, 'its quote, verbatim, in a footnote under it').toBeGreaterThan(title);
  expect(source, 'the quote cites the added article').toBeGreaterThan(quote);
  expect(all).toContain(`10 Mar 2023. ${META.url}`);
});

const uid = (vevent: string) => /^UID:(.*)@briefline$/m.exec(vevent.replace(/\r/g, ''))?.[1];

async function exportAs(page: Page, name: string): Promise<string> {
  return readFileSync((await (await downloadExport(page, name)).path()) ?? '', 'utf8');
}

test('events.json, CSV, iCalendar and TimelineJS exports hold the added events beside the built-in ones', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleWithEvents(page, 3);
  const seedIds = seed.events.map((e) => e.id);

  // events.json: valid, every built-in event and the three added ones citing the added article verbatim.
  const v = validateEventList(JSON.parse(await exportAs(page, 'Briefline events.json')));
  if (!v.ok) throw new Error(`the exported events.json is invalid: ${JSON.stringify(v.problems).slice(0, 500)}`);
  const json = v.value;
  expect(json.events).toHaveLength(ALL.length);
  expect(json.events.map((e) => e.id)).toEqual(expect.arrayContaining(seedIds));
  const src = json.sources.find((s) => s.headline === META.headline);
  expect(src).toMatchObject({ outlet: META.outlet, published: META.published, url: META.url });
  const ids = new Map<string, string>();
  for (const a of ADDED) {
    const e = json.events.find((x) => x.title === a.title);
    expect(e, a.title).toBeDefined();
    expect(e).toMatchObject({ date: { start: a.start, end: a.end }, themes: a.themes });
    for (const q of e!.evidence) {
      expect(q.source).toBe(src!.id);
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.quote);
    }
    ids.set(a.title, e!.id);
  }

  // CSV: one row per event, the added ones with their date parts and the article they come from.
  const [head, ...rows] = parseCsv(await exportAs(page, 'CSV (spreadsheet)')).rows;
  const col = (name: string) => head!.indexOf(name);
  expect(rows).toHaveLength(ALL.length);
  expect(rows.map((r) => r[col('Briefline ID')])).toEqual(expect.arrayContaining(seedIds));
  for (const a of ADDED) {
    const row = rows.find((r) => r[col('Headline')] === a.title);
    expect(row, a.title).toBeDefined();
    const [y, m, d] = a.parts.map(String);
    expect([row![col('Year')], row![col('Month')], row![col('Day')]]).toEqual([y, m, d ?? '']);
    expect(row![col('Briefline ID')]).toBe(ids.get(a.title));
    expect(row![col('Sources')]).toContain(`${META.outlet}, "${META.headline}", ${META.published}`);
  }

  // iCalendar: every dated event an all-day VEVENT (the undated ones are left out), the added ones on their days.
  const ics = (await exportAs(page, 'iCalendar (.ics)')).replace(/\r\n[ \t]/g, '');
  const vevents = ics.split('BEGIN:VEVENT').slice(1);
  const dated = seed.events.filter((e) => e.date.precision !== 'before').map((e) => e.id);
  expect(vevents).toHaveLength(dated.length + ADDED.length);
  expect(vevents.map(uid)).toEqual(expect.arrayContaining(dated));
  for (const a of ADDED) {
    const block = vevents.find((b) => uid(b) === ids.get(a.title));
    expect(block, a.title).toBeDefined();
    expect(block).toContain(`\r\nSUMMARY:${a.title}`);
    const next = new Date(Date.parse(`${a.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(block).toContain(`DTSTART;VALUE=DATE:${a.start.replace(/-/g, '')}\r\n`);
    expect(block).toContain(`DTEND;VALUE=DATE:${next.replace(/-/g, '')}\r\n`);
    expect(block).toContain(`URL:${META.url}\r\n`);
  }

  // TimelineJS: one slide per event, the added ones with their dates to the precision known.
  const tjs = JSON.parse(await exportAs(page, 'TimelineJS3 JSON')) as {
    events: {
      unique_id: string;
      start_date: Record<string, number>;
      display_date: string;
      text: { headline: string };
    }[];
  };
  expect(tjs.events).toHaveLength(ALL.length);
  expect(tjs.events.map((e) => e.unique_id)).toEqual(expect.arrayContaining(seedIds));
  for (const a of ADDED) {
    const slide = tjs.events.find((e) => e.text.headline === a.title);
    expect(slide, a.title).toBeDefined();
    const [year, month, day] = a.parts;
    expect(slide!.start_date).toEqual({ year, month, ...(day === undefined ? {} : { day }) });
    expect(slide!.display_date).toBe(a.label);
    expect(slide!.unique_id).toBe(ids.get(a.title));
  }
});
