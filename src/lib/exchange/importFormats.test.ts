/**
 * Reading the shapes of each import format (TimelineJS examples and spreadsheets, foreign sheets, month-only,
 * year-only and BC dates) and listing every problem of a bad file.
 */
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { fixtureData } from '../briefing/__fixtures__/data';
import { importFile, type ImportResult } from './importFile';
import { formatEventDate } from '../dateLabel';

const data = fixtureData();
const args = (name: string, text: string) => importArgs(name, text, data);
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
  return r;
};

const knightlabShapes = {
  title: {
    media: { url: 'https://example.org/a.jpg', caption: '', credit: '' },
    text: { headline: 'Whitney Houston<br/> 1963 - 2012', text: "<p>Houston's voice caught the imagination</p>" },
  },
  events: [
    {
      media: { url: 'https://youtu.be/x', caption: 'c', credit: 'cr' },
      start_date: { month: '8', day: '9', year: '1963' },
      text: { headline: 'A Musical Heritage', text: '<p>Born in <b>New Jersey</b> <script>alert(1)</script></p>' },
    },
    { start_date: { year: '1978' }, group: 'Career', text: { headline: 'Year only' } },
    {
      start_date: { year: 1985, month: 2 },
      end_date: { year: 1985, month: 4 },
      group: 'Career',
      text: { headline: 'Month span', text: '' },
    },
    {
      start_date: { year: 1992, month: 11, day: 25, hour: 10 },
      display_date: 'Late 1992',
      background: { color: '#000' },
      text: { text: 'Only text, no headline' },
    },
  ],
  eras: [{ start_date: { year: 1963 }, end_date: { year: 1980 }, text: { headline: 'Early years' } }],
  scale: 'human',
};

describe('TimelineJS examples import without error', () => {
  it('dates with and without month/day, eras, groups, media, title slide, HTML as text', async () => {
    const r = ok(await importFile(args('whitney.json', JSON.stringify(knightlabShapes))));
    expect(r.value.title).toBe('Whitney Houston\n1963 - 2012');
    const [a, b, c, d] = r.value.events;
    expect(a).toMatchObject({
      title: 'A Musical Heritage',
      summary: 'Born in New Jersey',
      date: { start: '1963-08-09', end: '1963-08-09', precision: 'day' },
    });
    expect(b).toMatchObject({
      date: { start: '1978-01-01', end: '1978-12-31', precision: 'year' },
      themes: ['career'],
    });
    expect(c).toMatchObject({ date: { start: '1985-02-01', end: '1985-04-30', precision: 'span' } });
    expect(d).toMatchObject({ title: 'Only text, no headline', date: { precision: 'day', expression: 'Late 1992' } });
    expect(r.value.themes.map((t) => t.label)).toEqual(['Imported', 'Career']);
    // Two media: the title slide's and the first event's.
    expect(r.notes).toEqual([
      '1 era(s) drawn as background bands (not events: not counted, searched or listed).',
      '2 media item(s) not shown: Briefline shows text and sources only.',
    ]);
    expect(r.value.eras).toEqual([{ start: '1963-01-01', end: '1980-12-31', headline: 'Early years' }]);
  });
  it('TimelineJS spreadsheet CSV with title and era rows', async () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,' +
        'Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,My <i>timeline</i>,Intro,https://x/title.jpg,,,,title,,',
      '1900,,,,1910,,,,,The 1900s,,,,,,era,,',
      '2020,7,24,10:00,,,,,,Phone call,"<p>Talks, &amp; more</p>",https://x/y.jpg,,,,,Diplomacy,',
      '2021,,,,,,,,,A year,,,,,,,,',
    ].join('\n');
    const r = ok(await importFile(args('sheet.csv', csv)));
    expect(r.value.title).toBe('My timeline');
    expect(r.value.events).toHaveLength(2);
    expect(r.value.events[0]).toMatchObject({
      title: 'Phone call',
      summary: 'Talks, & more',
      themes: ['diplomacy'],
      date: { start: '2020-07-24' },
    });
    expect(r.value.eras).toEqual([{ start: '1900-01-01', end: '1910-12-31', headline: 'The 1900s' }]);
    expect(r.notes).toEqual([
      '1 era(s) drawn as background bands (not events: not counted, searched or listed).',
      '2 media item(s) not shown: Briefline shows text and sources only.',
    ]);
  });
  it('a CSV row with an empty Headline is a problem, even when it has Text', async () => {
    const r = await importFile(args('sheet.csv', 'Year,Headline,Text\r\n2020,,Some text\r\n2021,Fine,\r\n'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => `${p.id} ${p.field}: ${p.message}`)).toEqual([
        'row 2 Headline: is empty (every row needs a headline)',
      ]);
  });
});

it('the welcome example shape: empty-string parts, a year-only end after a full start, empty media', async () => {
  const empty = { month: '', day: '', hour: '', minute: '', second: '', millisecond: '', format: '' };
  const doc = {
    scale: 'javascript',
    events: [
      {
        start_date: { ...empty, year: '1850' },
        media: { caption: '', credit: '', url: '', thumb: '' },
        text: { headline: 'Welcome', text: "<p>One.</p><p>You're looking at <a href='#make'>it</a>.</p>" },
      },
      {
        start_date: { ...empty, year: '1950', month: '2', day: '7' },
        end_date: { ...empty, year: '1955' },
        media: { url: '<blockquote><p>Quote</p></blockquote>' },
        text: { headline: 'Blockquote', text: 'A &lt;blockquote&gt; &ldquo;x&rdquo;' },
        uniqueid: '',
      },
      {
        start_date: { ...empty, year: '1985', month: '01', day: '05', hour: '6', minute: '45' },
        media: { credit: null, url: 'https://vimeo.com/1' },
        text: { headline: 'Vimeo with no text', text: '' },
      },
    ],
  };
  const r = ok(await importFile(args('welcome.json', JSON.stringify(doc))));
  expect(r.value.events.map((e) => [e.date.start, e.date.end, e.date.precision])).toEqual([
    ['1850-01-01', '1850-12-31', 'year'],
    ['1950-02-07', '1955-12-31', 'span'],
    ['1985-01-05', '1985-01-05', 'day'],
  ]);
  expect(r.value.events[0]?.summary).toBe("One.\nYou're looking at it.");
  expect(r.value.events[1]?.summary).toBe('A <blockquote> “x”');
  expect(r.notes).toEqual(['2 media item(s) not shown: Briefline shows text and sources only.']);
});

it("a foreign TimelineJS sheet (no Briefline columns) is read as HTML, Briefline's own CSV as plain text", async () => {
  const foreign = ok(
    await importFile(args('sheet.csv', 'Year,Headline,Text\r\n2020,R&amp;D <b>talks</b>,<p>x &lt; y</p>\r\n')),
  );
  expect(foreign.value.events[0]).toMatchObject({ title: 'R&D talks', summary: 'x < y' });
  const own = ok(
    await importFile(args('own.csv', 'Year,Headline,Text,Briefline ID\r\n2020,R&amp;D <b>talks</b>,x &lt; y,e1\r\n')),
  );
  expect(own.value.events[0]).toMatchObject({ title: 'R&amp;D <b>talks</b>', summary: 'x &lt; y' });
});

it('month-only and year-only parts keep their precision: no invented days', async () => {
  const csv = [
    'Year,Month,Day,End Year,End Month,End Day,Headline',
    '2020,5,,2020,7,,Three months',
    '2020,5,,2020,5,,One month',
    '2019,,,2019,,,One year',
    '2019,,,2021,,,Years',
  ].join('\r\n');
  const r = ok(await importFile(args('months.csv', csv)));
  expect(r.value.events.map((e) => [e.date.precision, formatEventDate(e.date)])).toEqual([
    ['span', 'May 2020 – Jul 2020'],
    ['month', 'May 2020'],
    ['year', '2019'],
    ['span', 'Jan 2019 – Dec 2021'],
  ]);
});

// Issue 15 §8 changed this twice: years 100–999 imported first, now BC years and years 1–99 import too (they were
// skipped with a note). TimelineJS's -500 is what TimelineJS labels "500 BCE": ISO year -499.
describe('BC years and years 1–99 import (TimelineJS BC years are negative), read "500 BC", "20"', () => {
  it('TimelineJS JSON', async () => {
    const doc = {
      events: [
        { start_date: { year: -500 }, text: { headline: 'Ancient' } },
        { start_date: { year: '1948', month: '5' }, text: { headline: 'Kept' } },
        { start_date: { year: 990 }, end_date: { year: 1010 }, text: { headline: 'Straddles' } },
        { start_date: { year: 20, month: 3, day: 1 }, text: { headline: 'Year twenty' } },
      ],
    };
    const r = ok(await importFile(args('bc.json', JSON.stringify(doc))));
    expect(r.value.events.map((e) => e.title)).toEqual(['Ancient', 'Kept', 'Straddles', 'Year twenty']);
    expect(r.value.events.map((e) => formatEventDate(e.date))).toEqual([
      '500 BC',
      'May 1948',
      'Jan 990 – Dec 1010',
      '1 Mar 20',
    ]);
    expect(r.value.events[0]!.date).toMatchObject({ start: '-000499-01-01', end: '-000499-12-31' });
    expect(r.value.events[3]!.date.start).toBe('0020-03-01');
    expect(r.notes.join(' ')).not.toMatch(/skipped/);
  });
  it('CSV', async () => {
    const csv = ['Year,Month,Day,End Year,Headline,Text', '-500,,,,Ancient,', '2020,7,24,,Kept,'].join('\r\n');
    const r = ok(await importFile(args('bc.csv', csv)));
    expect(r.value.events.map((e) => e.title)).toEqual(['Ancient', 'Kept']);
    expect(formatEventDate(r.value.events[0]!.date)).toBe('500 BC');
    expect(r.notes).toEqual([]);
  });
});

describe('problems are all listed, nothing is shown', () => {
  it('a bad CSV names row, field and what is wrong', async () => {
    const csv = [
      'Year,Month,Day,Headline,Text',
      '2020,13,1,Bad month,',
      'abc,,,Bad year,',
      '2020,2,30,Bad day,',
      '2020,,,,',
      '2020,1,1,"unclosed',
    ].join('\r\n');
    const r = await importFile(args('bad.csv', csv));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.id} ${p.field}`)).toEqual(['line 6 (CSV)']);
    const r2 = await importFile(args('bad.csv', csv.split('\r\n').slice(0, 5).join('\r\n')));
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.problems.map((p) => `${p.id} ${p.field}: ${p.message}`)).toEqual([
        'row 2 Month: "13" is not a month (1–12)',
        'row 3 Year: "abc" is not a whole number',
        'row 4 Day: "30" is not a day of 2020-02',
        'row 5 Headline: is empty (an event needs a headline or text)',
      ]);
  });
  it('a CSV without the required columns', async () => {
    const r = await importFile(args('x.csv', 'Name,Text\na,b\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ id: 'row 1', field: 'Year, Headline' });
  });
  it('bad TimelineJS JSON slides', async () => {
    const doc = {
      events: [
        { text: { headline: 'no date' } },
        { start_date: { year: 20 }, text: { headline: 'x' } },
        { start_date: { year: 2020, month: 5 }, end_date: { year: 2019 }, text: { headline: 'y' } },
        'nope',
      ],
    };
    const r = await importFile(args('t.json', JSON.stringify(doc)));
    expect(r.ok).toBe(false);
    // Event 2 (year 20) is not a problem: it imports (issue 15 §8).
    if (!r.ok)
      expect(r.problems.map((p) => `${p.id} ${p.field}`)).toEqual([
        'event 1 start_date',
        'event 3 end_date',
        'event 4 (slide)',
      ]);
  });
  it('a broken Briefline events.json and non-JSON', async () => {
    const bad = { ...data, events: [{ ...data.events[0], title: '' }] };
    const r = await importFile(args('events.json', JSON.stringify(bad)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ id: 'singh-gantz-call-2020', field: 'title' });
    expect((await importFile(args('x.json', '{nope'))).ok).toBe(false);
    expect((await importFile(args('x.bin', '\u0000\u0001'))).ok).toBe(false);
  });
});
