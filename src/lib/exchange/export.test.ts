import { describe, expect, it } from 'vitest';
import { fixtureData } from '../briefing/__fixtures__/data';
import { parseCsv, safeCell, toCsv, unsafeCell } from './csv';
import { exportCsv, TIMELINEJS_COLUMNS } from './exportCsv';
import { escapeText, exportIcs, foldLine } from './ics';
import { exportEventsJson } from './select';
import { exportTimelineJs } from './timelinejs';
import { validateEventList } from '../schema';

const data = fixtureData();
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('CSV', () => {
  it('quotes per RFC 4180 and parses back', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'two\nlines', '']];
    const text = toCsv(rows);
    expect(text).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
    expect(parseCsv(text)).toEqual({ rows, problems: [] });
  });
  it('defuses formulas and restores them on import', () => {
    for (const v of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx']) {
      expect(safeCell(v)).toBe(`'${v}`);
      expect(unsafeCell(safeCell(v))).toBe(v);
    }
    expect(safeCell('plain')).toBe('plain');
    expect(toCsv([['=HYPERLINK("x")']])).toBe('"\'=HYPERLINK(""x"")"\r\n');
  });
  it('reports an unclosed quote', () => {
    expect(parseCsv('a,"b\nc').problems).toEqual([{ line: 1, message: 'a quoted field is not closed' }]);
  });
  it('exports the TimelineJS columns then Briefline columns, dates to the precision known', () => {
    const { rows } = parseCsv(exportCsv(data, data.events));
    expect(rows[0]?.slice(0, TIMELINEJS_COLUMNS.length)).toEqual([...TIMELINEJS_COLUMNS]);
    const byId = (id: string) => rows.find((r) => r.includes(id)) ?? [];
    expect(byId('letter-of-intent-2022').slice(0, 3)).toEqual(['2022', '6', '']);
    expect(byId('hcq-ban-lifted')[8]).toBe('before 24 Jul 2020');
    expect(byId('covid-delegation-2020').slice(4, 7)).toEqual(['2020', '8', '2']);
    expect(byId('singh-gantz-call-2020').join('|')).toContain('https://www.ndtv.com/');
  });
  it('is plain text: Headline and Text hold the raw text, never HTML entities', () => {
    const text = exportCsv(data, data.events);
    expect(text).not.toMatch(/&amp;|&#39;|&lt;|&gt;|&quot;/);
    const { rows } = parseCsv(text);
    const h = rows[0]!.indexOf('Headline');
    const byId = (id: string) => rows.find((r) => r.includes(id)) ?? [];
    expect(byId('hcq-ban-lifted')[h]).toBe("India lifts hydroxychloroquine export ban at Israel's request");
    expect(byId('covid-delegation-2020')[h + 1]).toContain('A DDR&D team');
  });
});

describe('events.json export', () => {
  it('is a valid event list of only the given events and their sources', () => {
    const two = data.events.filter((e) => e.themes.includes('covid'));
    const r = validateEventList(JSON.parse(exportEventsJson(data, two)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.events.map((e) => e.id)).toEqual(two.map((e) => e.id));
      expect(r.value.sources.map((s) => s.id)).toEqual(['devdiscourse-2020-07-24']);
    }
  });
});

describe('iCalendar', () => {
  const { text, omitted } = exportIcs(data, data.events, new Date('2026-01-02T03:04:05.678Z'));
  const unfolded = text.replace(/\r\n /g, '');
  it('uses all-day dates with an exclusive end and omits undated events', () => {
    expect(omitted.map((e) => e.id)).toEqual(['hcq-ban-lifted', 'israel-procurement-record']);
    expect(unfolded).not.toContain('hcq-ban-lifted');
    expect(unfolded).toContain(
      'UID:singh-gantz-call-2020@briefline\r\nDTSTAMP:20260102T030405Z\r\n' +
        'DTSTART;VALUE=DATE:20200724\r\nDTEND;VALUE=DATE:20200725\r\n',
    );
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20220601\r\nDTEND;VALUE=DATE:20220701');
    expect(unfolded).toContain(
      'SUMMARY:Israeli delegation flies to India for rapid COVID-19 testing (planned) (week of 27 Jul 2020)',
    );
    expect(unfolded).toContain('URL:https://www.ndtv.com/india-news/');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('BEGIN:VEVENT')).toHaveLength(5);
  });
  it('folds every line at 75 octets without splitting characters', () => {
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const long = foldLine(`DESCRIPTION:${'Индия–Израиль '.repeat(20)}`);
    for (const l of long.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(long.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'Индия–Израиль '.repeat(20)}`);
  });
  it('adds no second pair of quote marks to a quote that carries its own', () => {
    const e = data.events.find((x) => x.date.precision === 'day')!;
    const own = {
      ...e,
      evidence: [{ ...e.evidence[0]!, quote: '"I am sure," he said.', end: e.evidence[0]!.start + 21 }],
    };
    const out = exportIcs(data, [own], new Date('2026-01-02T00:00:00Z')).text.replace(/\r\n /g, '');
    expect(out).toContain('"I am sure\\," he said. —');
    expect(out).not.toContain('“"');
  });
  it('escapes text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});

describe('TimelineJS export', () => {
  const doc = exportTimelineJs(data, data.events);
  const slide = (id: string) => doc.events.find((s) => s.unique_id === id);
  it('gives date parts only to the precision known, with the honest display date', () => {
    expect(slide('letter-of-intent-2022')).toMatchObject({
      start_date: { year: 2022, month: 6 },
      display_date: 'Jun 2022',
    });
    expect(slide('letter-of-intent-2022')?.start_date).not.toHaveProperty('day');
    expect(slide('hcq-ban-lifted')).toMatchObject({
      start_date: { year: 2020, month: 7, day: 24 },
      display_date: 'before 24 Jul 2020',
    });
    expect(slide('covid-delegation-2020')).toMatchObject({
      end_date: { year: 2020, month: 8, day: 2 },
      group: 'COVID-19',
    });
    expect(slide('singh-gantz-call-2020')).not.toHaveProperty('end_date');
    expect(slide('singh-gantz-call-2020')?.media).toBeUndefined();
  });
  it('escapes text as HTML and links only the sources', () => {
    const s = slide('hcq-ban-lifted');
    expect(s?.text?.headline).toBe('India lifts hydroxychloroquine export ban at Israel&#39;s request');
    expect(s?.text?.text).toContain('<a href="https://www.devdiscourse.com/');
  });
});
