import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { importFile } from './importFile';
import { fixtureData } from '../briefing/__fixtures__/data';
import { formatEventDate } from '../dateLabel';

const data = fixtureData();
const fixture = (name: string) => readFileSync(`e2e/fixtures/timelinejs/${name}`, 'utf8');
const run = (name: string, text: string) => importFile(importArgs(name, text, { themes: data.themes }));

describe('TimelineJS slides with media only, eras and cosmological years', () => {
  it('titles media-only slides from the caption, the credit or "(untitled slide N)", with a note', async () => {
    const r = await run('media.json', fixture('media-eras-cosmic.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.events.map((e) => e.title)).toEqual([
      'A slide with a headline',
      'A harbour at dawn',
      'Photo: B. Person',
      '(untitled slide 4)',
    ]);
    expect(r.notes).toContain(
      'slides 2, 3, 4 had no headline or text: titled from the media caption or credit, or "(untitled slide N)".',
    );
  });

  it('lists a year no date can hold by slide, and imports the rest', async () => {
    const r = await run('media.json', fixture('media-eras-cosmic.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.notes).toContain('slide 5: the year -13800000000 is outside what a date can hold.');
    expect(r.value.events).toHaveLength(4);
  });

  it('an import that yields no events says so in words, never a schema message', async () => {
    const r = await run('cosmic.json', fixture('cosmic-only.json'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(
      /^No events could be read from cosmic\.json: .*slide 1: the year -13800000000 is outside what a date can hold\./,
    );
    expect(JSON.stringify(r.problems)).not.toMatch(/Too small|expected array/);
  });

  it('a file of only cosmological years says which slides and why', async () => {
    const doc = { events: [{ start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } }] };
    const r = await run('cosmos.json', JSON.stringify(doc));
    expect(!r.ok && r.problems[0]?.message).toBe(
      'No events could be read from cosmos.json: slide 1: the year -13800000000 is outside what a date can hold.',
    );
  });
});

describe('years before 1000 and BC years', () => {
  it('602 to 1453 import and read "602", "Aug 717 – Aug 718", "29 May 1453"; a BC year reads "44 BC"', async () => {
    const r = await run('byz.json', fixture('byzantium-602-1453.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.events.map((e) => formatEventDate(e.date))).toEqual([
      '602',
      'Aug 717 – Aug 718',
      '13 Apr 1204',
      '29 May 1453',
      '15 Mar 44 BC',
    ]);
    expect(r.value.events[0]?.date.start).toBe('0602-01-01');
    // TimelineJS's year -44 is the year it labels "44 BCE": ISO 8601 year -43.
    expect(r.value.events[4]?.date.start).toBe('-000043-03-15');
    expect(r.notes.join(' ')).not.toMatch(/skipped/);
  });

  it('a file of BC years only imports, each read "490 BC", "15 Mar 44 BC"', async () => {
    const r = await run('bc.json', fixture('bc-only.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.events.map((e) => formatEventDate(e.date))).toEqual(['490 BC', '15 Mar 44 BC']);
  });
});
