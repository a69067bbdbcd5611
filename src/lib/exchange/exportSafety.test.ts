/**
 * Exports that a spreadsheet or a calendar opens: separators of every common locale are quoted,
 * formula starts are neutralised in every field (OWASP CSV injection), every address passes
 * safeHref, and undated events carry no invented day (issue 11 items 9-10, issue 15 item 9).
 */
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../briefing/__fixtures__/data';
import { parseCsv, toCsv } from './csv';
import { CSV_BOM, exportCsv, TIMELINEJS_COLUMNS } from './exportCsv';
import { exportIcs } from './ics';
import { exportTimelineJs } from './timelinejs';
import type { EventList } from '../schema';

const data = fixtureData();
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/** Split a line the way a spreadsheet in a locale with this separator does (quotes respected). */
function splitLikeSpreadsheet(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === sep) {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells;
}

describe('CSV in every locale', () => {
  it('quotes a cell holding a comma, semicolon, tab, quote or line break', () => {
    for (const v of ['a,b', 'x;=1+1;y', 'a\tb', 'say "hi"', 'a\nb', 'a\rb'])
      expect(toCsv([[v]]).startsWith('"'), JSON.stringify(v)).toBe(true);
    expect(toCsv([['plain text']])).toBe('plain text\r\n');
  });
  it('a comma or semicolon locale never sees a cell that starts a formula', () => {
    const line = toCsv([['x;=1+1;y', 'a\t=2+2', 'b,=3+3', 'ok']]).trimEnd();
    for (const sep of [',', ';']) {
      for (const cell of splitLikeSpreadsheet(line, sep))
        expect(
          FORMULA_STARTS.some((f) => cell.startsWith(f)),
          `${JSON.stringify(sep)}: ${cell}`,
        ).toBe(false);
    }
  });
  it('neutralises formula starts in every field of an export, the Briefline columns too', () => {
    const evil = '=HYPERLINK("http://evil","x")';
    const e = data.events[0]!;
    const hostile: EventList = {
      ...data,
      themes: data.themes.map((t) => (t.id === e.themes[0] ? { ...t, label: '@SUM(A1)' } : t)),
      events: [{ ...e, title: evil, summary: '+1;-1', actors: ['-2+3', '\tcmd'] }],
    };
    const { rows } = parseCsv(exportCsv(hostile, hostile.events));
    for (const cell of rows[1]!)
      expect(
        FORMULA_STARTS.some((f) => cell.startsWith(f)),
        cell,
      ).toBe(false);
    expect(rows[1]).toContain(`'${evil}`);
  });
  it('starts with a UTF-8 byte-order mark so Excel on Windows reads curly quotes and dashes', () => {
    const text = exportCsv(data, data.events);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(parseCsv(text).rows[0]?.[0]).toBe('Year');
  });
  it('an undated event has empty Year/Month/Day and says "before" in Display Date', () => {
    const { rows } = parseCsv(exportCsv(data, data.events));
    const col = (name: string) => (rows[0] as string[]).indexOf(name);
    const row = rows.find((r) => r.includes('hcq-ban-lifted'))!;
    expect([row[col('Year')], row[col('Month')], row[col('Day')]]).toEqual(['', '', '']);
    expect(row[col('Display Date')]).toBe('before 24 Jul 2020');
    expect([row[col('End Year')], row[col('End Month')], row[col('End Day')]]).toEqual(['2020', '7', '24']);
    expect(rows[0]?.slice(0, TIMELINEJS_COLUMNS.length)).toEqual([...TIMELINEJS_COLUMNS]);
  });
});

const withUrl = (url: string): EventList => ({ ...data, sources: data.sources.map((s) => ({ ...s, url })) });

describe('every exported address passes safeHref', () => {
  const bad = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(2)',
    'data:text/html,<script>alert(3)</script>',
    'vbscript:x',
    '//evil.example/x',
    'file:///etc/passwd',
  ];
  it('iCalendar writes no URL: and no address in the description for a hostile source', () => {
    for (const url of bad) {
      const text = exportIcs(withUrl(url), data.events, new Date('2026-01-01T00:00:00Z')).text.replace(/\r\n /g, '');
      expect(text, url).not.toMatch(/^URL:/m);
      expect(text.toLowerCase(), url).not.toMatch(/javascript|vbscript|data:text|file:|evil\.example/);
    }
  });
  it('CSV and TimelineJS carry no hostile address, the evidence column included', () => {
    for (const url of bad) {
      const list = withUrl(url);
      expect(exportCsv(list, list.events).toLowerCase(), url).not.toMatch(
        /javascript|vbscript|data:text|file:|evil\.example/,
      );
      const doc = JSON.stringify(exportTimelineJs(list, list.events)).toLowerCase();
      expect(doc, url).not.toMatch(/javascript|vbscript|data:text|file:|evil\.example/);
    }
  });
  it('keeps http(s) addresses, normalised as the screen links them', () => {
    const text = exportIcs(
      withUrl('HTTPS://Example.ORG/a b'),
      data.events,
      new Date('2026-01-01T00:00:00Z'),
    ).text.replace(/\r\n /g, '');
    expect(text).toContain('URL:https://example.org/a%20b');
  });
});

describe('iCalendar CATEGORIES', () => {
  it("are the themes' labels, not their ids", () => {
    const text = exportIcs(data, data.events, new Date('2026-01-01T00:00:00Z')).text.replace(/\r\n /g, '');
    const cats = [...text.matchAll(/^CATEGORIES:(.*)$/gm)].map((m) => m[1]);
    expect(cats.length).toBeGreaterThan(0);
    const labels = new Set(data.themes.map((t) => t.label.replace(/,/g, '\\,')));
    for (const c of cats) for (const l of c!.split(/(?<!\\),/)) expect(labels.has(l), l).toBe(true);
  });
});
