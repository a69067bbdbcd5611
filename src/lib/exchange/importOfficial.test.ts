/**
 * Every file of TimelineJS3's own templates and website examples (e2e/fixtures/timelinejs3-official/) imports with
 * every slide an event, except the years no date can hold, listed by slide (issue 15 §8).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { importFile } from './importFile';
import { parseCsv } from './csv';

const DIR = 'e2e/fixtures/timelinejs3-official/';
/** Per file: slides in the file (title and eras not counted), events imported, slides no date holds. */
const EXPECTED: Record<string, { slides: number; events: number; noDate?: number[] }> = {
  'contrib_women_in_computing.csv': { slides: 10, events: 10 },
  'contrib_women_in_computing.json': { slides: 10, events: 10 },
  'src_template_all-media-types.json': { slides: 41, events: 41 },
  'src_template_cosmo-mixed.json': { slides: 11, events: 7, noDate: [1, 2, 3, 4] },
  'src_template_cosmo.json': { slides: 7, events: 1, noDate: [1, 2, 3, 4, 5, 6] },
  'src_template_eras.json': { slides: 20, events: 20 },
  'src_template_my-own-timeline.csv': { slides: 10, events: 10 },
  'website_examples_example.json': { slides: 28, events: 28 },
  'website_examples_houston_timeline2.json': { slides: 18, events: 18 },
  'website_examples_houston_timeline3.json': { slides: 18, events: 18 },
  'website_examples_mediatypes_timeline3.json': { slides: 29, events: 29 },
  'website_examples_republican_timeline3.json': { slides: 13, events: 13 },
  'website_examples_shit-people-say_timeline2.json': { slides: 20, events: 20 },
  'website_examples_shit-people-say_timeline3.json': { slides: 20, events: 20 },
  'website_examples_soundcite_timeline3.json': { slides: 18, events: 18 },
  'website_examples_timeline3.json': { slides: 18, events: 18 },
  'website_examples_twain_marktwain.json': { slides: 17, events: 17 },
  'website_examples_user-interface_timeline2.json': { slides: 22, events: 22 },
  'website_examples_user-interface_timeline3.json': { slides: 22, events: 22 },
  'website_static_welcome_welcome.json': { slides: 17, events: 17 },
};

const run = (name: string) => importFile(importArgs(name, readFileSync(DIR + name, 'utf8')));

/** Slides counted from the file itself, as TimelineJS reads them (TL3 events, TL2 dates, CSV rows not title/era). */
function slidesIn(name: string): number {
  const text = readFileSync(DIR + name, 'utf8');
  if (name.endsWith('.csv')) {
    const [header = [], ...rows] = parseCsv(text).rows;
    const type = header.indexOf('Type');
    return rows.filter((r) => !['title', 'era'].includes((r[type] ?? '').toLowerCase())).length;
  }
  const doc = JSON.parse(text) as { events?: unknown[]; timeline?: { date?: unknown[]; slides?: unknown[] } };
  return (doc.events ?? doc.timeline?.date ?? doc.timeline?.slides ?? []).length;
}

describe("TimelineJS3's own files", () => {
  it('the table names every file in the folder', () => {
    const files = readdirSync(DIR).filter((f) => /\.(json|csv)$/.test(f));
    expect(files.filter((f) => !(f in EXPECTED)).toSorted()).toEqual(['src_js_core___tests___parser_test.csv']);
  });
  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: ${want.events} of ${want.slides} slides become events`, async () => {
      expect(slidesIn(name)).toBe(want.slides);
      const r = await run(name);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.value.events).toHaveLength(want.events);
      // Nothing is skipped but the years no date can hold (listed by slide), eras (not events) and media.
      const noDate = r.notes.flatMap(
        (n) => /^slide (\d+): the year -?\d+ is outside what a date can hold\.$/.exec(n)?.[1] ?? [],
      );
      expect(noDate.map(Number)).toEqual(want.noDate ?? []);
      expect(want.events + (want.noDate?.length ?? 0)).toBe(want.slides);
      const others = r.notes.filter((n) => !/outside what a date can hold|media item|era\(s\) drawn/.test(n));
      expect(others.join(' ')).not.toMatch(/skipped|left out|not imported/);
    });
  }
  it('a CSV that is not a timeline (TimelineJS3 parser test) is refused, saying which columns it lacks', async () => {
    const r = await run('src_js_core___tests___parser_test.csv');
    expect(!r.ok && r.problems[0]).toMatchObject({ field: 'Year, Headline', message: /required column missing/ });
  });
  it('eras.json keeps its three eras as background bands, years before 1000 as written', async () => {
    const r = await run('src_template_eras.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.eras).toEqual([
      { start: '0650-01-01', end: '0700-12-31', headline: 'Era Test 650-700' },
      { start: '0600-01-01', end: '0650-12-31', headline: 'Era Test 600-650' },
      { start: '0700-01-01', end: '0720-12-31', headline: 'Era Test 700-720' },
    ]);
  });
  it('TimelineJS2: a backwards end date keeps the start and says so', async () => {
    const r = await run('website_examples_example.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.notes).toContain('slide 17: the end date is before the start date, so only the start date was kept.');
    expect(r.value.events.find((e) => e.title === "Stars in 'Butterfield 8'")?.date.start).toBe('1961-01-01');
  });
});
