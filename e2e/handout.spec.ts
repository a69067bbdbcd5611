import { test, expect } from './fixtures';
import { DATE_ORDER, newBriefing, openBriefingApp, panel } from './helpers/briefing';
import { readFileSync } from 'node:fs';
import { joined, pdfPageFill, pdfPages, spaced } from './helpers/pdfText';

const NDTV =
  'https://www.ndtv.com/india-news/' +
  'standoff-with-china-figures-prominently-in-india-israel-defence-talks-report-2268566';
const OUTLOOK =
  'https://www.outlookindia.com/national/' +
  'india-israel-decide-to-expand-defense-ties-focus-on-developing-futuristic-technologies-news-200077';

test('the printed handout: cover, overview, one entry per step with talking points and numbered footnotes', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Cabinet briefing: India and Israel');
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[2]}` })
    .fill('Stress the Ladakh standoff.\nAsk about the procurement list.');
  await panel(page).getByRole('textbox', { name: 'New title card' }).fill('Part two: 2022');
  await panel(page).getByRole('button', { name: 'Add title card' }).click();
  for (let i = 0; i < 2; i++) await panel(page).getByRole('button', { name: 'Move up: Part two: 2022' }).click();
  await panel(page).getByRole('button', { name: 'Print handout' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // On screen the handout is not shown; in print only the handout is.
  await expect(page.locator('.handout')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.handout-overview svg .ov-row')).toHaveCount(6);

  const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
  const all = pages.map(joined).join('\n');
  const cover = joined(pages[0] ?? '');
  expect(cover).toContain('Cabinet briefing: India and Israel');
  expect(spaced(pages[0] ?? '')).toContain(
    '24 Jul 2020 – 30 Jun 2022, and 2 undated events known only to have happened before their report',
  );
  expect(cover).toContain('COVID-19, Procurement, R&D, Diplomacy, Regional security, Defence industry');
  expect(cover).toMatch(/Events\s*6/);
  expect(cover).toContain('1. India lifts hydroxychloroquine export ban');
  // The entries start after the cover.
  expect(cover).not.toContain('[1] “');
  for (const title of DATE_ORDER) expect(all).toContain(title);
  expect(all).toContain('Part two: 2022');
  expect(all).toContain('Talking points: Stress the Ladakh standoff.');
  expect(all).toContain('3. 24 Jul 2020');
  expect(all).toContain('4. week of 27 Jul 2020 · planned');
  // Footnotes: numbered through the handout, with outlet, headline, publication date and address.
  for (let n = 1; n <= 8; n++) expect(all).toContain(`[${n}] “`);
  expect(all).toContain(`[3] “India's standoff with China in eastern Ladakh figured prominently`);
  // A headline's hyphen can fall at a line end ("India-\nIsrael"): read it whole.
  const prose = pages
    .map(spaced)
    .join(' ')
    .replace(/(\w)- (\w)/g, '$1-$2');
  expect(prose).toContain(
    '— NDTV, “Standoff with China figures prominently in India-Israel defence talks: report”, 24 Jul 2020.',
  );
  expect(prose).toContain(
    '— Outlook India, “India, Israel decide to expand defense ties, ' +
      'focus on developing futuristic technologies”, 3 Jun 2022.',
  );
  expect(all).toContain(`24 Jul 2020. ${NDTV}`);
  // The date and the address follow each other (a line may break inside either: read each whole).
  expect(all).toContain(OUTLOOK);
  expect(prose).toContain('3 Jun 2022. https://www.outlookindia.com/');
  // Page breaks never split an entry: each entry's title and its last footnote are on one page.
  const lastNote: Record<string, number> = {
    [DATE_ORDER[0]!]: 1,
    [DATE_ORDER[1]!]: 2,
    [DATE_ORDER[2]!]: 4,
    [DATE_ORDER[3]!]: 5,
    [DATE_ORDER[4]!]: 6,
    [DATE_ORDER[5]!]: 8,
  };
  for (const [title, n] of Object.entries(lastNote)) {
    const titlePage = pages.findIndex((p, i) => i > 0 && joined(p).includes(title));
    const notePage = pages.findIndex((p) => joined(p).includes(`[${n}] “`));
    expect(titlePage, title).toBeGreaterThan(0);
    expect(notePage, `footnote ${n} of ${title}`).toBe(titlePage);
  }
});

const filteredHandoutTitle =
  'a briefing made from filtered events hands out those events; without a briefing the page prints as it is';
test(filteredHandoutTitle, async ({ page }) => {
  await openBriefingApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toHaveCount(0);
  await expect(page.locator('.main')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  for (const theme of [/^COVID-19/, /^Procurement/, /^Diplomacy/, /^Regional security/, /^Defence industry/])
    await page.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: theme }).uncheck();
  await newBriefing(page, 3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-entry')).toHaveCount(3);
  await expect(page.locator('.main')).toBeHidden();
  const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })));
  const all = pages.map(spaced).join(' ');
  expect(all).toMatch(/Events\s*3/);
  // The cover names the themes its events carry and says what the briefing was built from.
  expect(all).toMatch(
    new RegExp(
      /Themes\s*[^]*R&D[^]*Built from\s*/.source +
        /hidden themes: COVID-19, Procurement, Diplomacy, Regional security, Defence industry\s*Events/.source,
    ),
  );
  expect(all).not.toContain('hydroxychloroquine');
});

const seedHandoutTitle =
  'the handout of all 19 seed events: one footnote per distinct quote, balanced quote marks, packed pages @layout';
test(seedHandoutTitle, async ({ page }) => {
  const seed = JSON.parse(readFileSync(new URL('../public/data/events.json', import.meta.url), 'utf8')) as {
    events: { evidence: { source: string; quote: string }[] }[];
  };
  const distinct = new Set(seed.events.flatMap((e) => e.evidence.map((q) => `${q.source} ${q.quote}`))).size;
  const citations = seed.events.reduce((n, e) => n + e.evidence.length, 0);
  expect(citations, 'the seed cites some quotes from several events').toBeGreaterThan(distinct);
  await page.goto('/');
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await panel(page).getByRole('button', { name: 'New briefing from the 19 shown events' }).click();
  await page.emulateMedia({ media: 'print' });
  // The handout's code loads on first use: print once its 19 entries are drawn.
  await expect(page.locator('.handout-entry')).toHaveCount(19);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  const pages = await pdfPages(pdf.slice());
  const text = pages.map(spaced).join(' ');
  // Footnotes print as "[n] <quote>": each number once, 1..distinct.
  const printed = [...text.matchAll(/\[(\d+)\] (?!quoted under)[“"'‘]/g)].map((m) => Number(m[1]));
  expect(printed).toEqual(Array.from({ length: distinct }, (_, i) => i + 1));
  // A quote cited again refers to its note.
  expect(text).toMatch(/\[\d+\] quoted under step \d+\./);
  // Every footnote's quote marks are balanced (straight " pairs, curly “ ” pairs).
  const notes = text
    .split(/(?=\[\d+\] )/)
    .filter((n) => /^\[\d+\] (?!quoted under)/.test(n))
    .map((n) => n.split(' — ')[0] ?? '');
  for (const n of notes) {
    expect((n.match(/"/g) ?? []).length % 2, n).toBe(0);
    expect((n.match(/“/g) ?? []).length, n).toBe((n.match(/”/g) ?? []).length);
  }
  // Entries pack the pages: every page but the last is at least half full.
  const fill = await pdfPageFill(pdf);
  expect(fill.length).toBeLessThanOrEqual(8);
  for (const [i, f] of fill.slice(0, -1).entries())
    expect(f, `page ${i + 1} of ${fill.length} is ${Math.round(f * 100)}% full`).toBeGreaterThanOrEqual(0.5);
});
