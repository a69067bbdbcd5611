/**
 * Every bad input of issue 3 run through the extract command line against temporary folders:
 * one line per problem naming file, event id and field; exit code 1; public/data untouched.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './testkit.ts';

let sb: Sandbox;
let before: Map<string, string>;

beforeEach(() => {
  sb = sandbox();
  const first = sb.run();
  expect(first.code, first.stderr).toBe(0);
  before = sb.snapshot();
  expect(before.size).toBe(4);
});
afterEach(() => sb.cleanup());

const DD = 'devdiscourse-2020-07-24';
const CALL = '2020-07-24-singh-gantz-call';

/** Runs extract, expects failure with exactly these problem lines (each a regex), and an untouched output. */
function expectProblems(...patterns: RegExp[]): string[] {
  const r = sb.run();
  expect(r.code).toBe(1);
  const problems = r.lines.slice(0, -1);
  expect(r.lines.at(-1)).toMatch(/^extract: \d+ problem\(s\) in .*; nothing written to /);
  expect(problems, r.stderr).toHaveLength(patterns.length);
  patterns.forEach((p, i) => expect(problems[i], r.stderr).toMatch(p));
  expect(sb.snapshot()).toEqual(before);
  return problems;
}

function editSource(id: string, patch: Record<string, unknown>): void {
  const rows = sb.readJson('sources.json') as Record<string, unknown>[];
  Object.assign(
    rows.find((r) => r.id === id)!,
    patch,
  );
  sb.writeJson('sources.json', rows);
}

function editEvent(id: string, edit: (ev: any) => void): void {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = sb.readJson('events.curated.json');
  edit(doc.events.find((e: { id: string }) => e.id === id));
  sb.writeJson('events.curated.json', doc);
}

/** Adds an article (and its sources.json row) whose text is given, and one event dated by `expression` in `quote`. */
function addArticle(text: string | Buffer, quote: string, expression: string, published = '2022-06-10'): void {
  writeFileSync(join(sb.data, 'articles', 'test-2022.txt'), text);
  const rows = sb.readJson('sources.json') as unknown[];
  rows.push({
    id: 'test-2022',
    outlet: 'Test',
    agency: '',
    headline: 'A test',
    published,
    url: 'https://example.com/a',
    file: 'articles/test-2022.txt',
  });
  sb.writeJson('sources.json', rows);
  const doc = sb.readJson('events.curated.json');
  doc.events.push({
    id: 'test-event',
    title: 'Test',
    summary: 'Test.',
    status: 'reported',
    date: { expression },
    themes: ['rnd'],
    actors: [],
    evidence: [{ source: 'test-2022', quote }],
  });
  sb.writeJson('events.curated.json', doc);
}

describe('extract rejects bad input, names it, and leaves public/data untouched', () => {
  it.each([['2020-02-30'], ['2024-13-01'], ['']])('an invalid publication date %j', (published) => {
    editSource(DD, { published });
    expectProblems(
      new RegExp(`^sources\\.json \\[${DD}\\] published: (not a real calendar day|expected a date written YYYY-MM-DD)`),
    );
  });

  it.each([['on 2020-02-30'], ['2024-13-01']])('an invalid date written in the article: %j', (expression) => {
    addArticle(`The trials ended ${expression} in Haifa.\n`, `The trials ended ${expression} in Haifa.`, expression);
    expectProblems(/^events\.curated\.json \[test-event\] date\.expression: ".*" is not a real calendar day/);
  });

  it('a date range that ends before it starts', () => {
    const s = 'The exercise ran from 5 June to 2 June 2022 in Rajasthan.';
    addArticle(`${s}\n`, s, 'from 5 June to 2 June 2022');
    expectProblems(
      new RegExp(
        /^events\.curated\.json \[test-event\] date\.expression: /.source +
          /the range ends \(2022-06-02\) before it starts \(2022-06-05\)/.source,
      ),
    );
  });

  it('a duplicate event id', () => {
    const doc = sb.readJson('events.curated.json');
    doc.events.push({ ...doc.events[0] });
    sb.writeJson('events.curated.json', doc);
    expectProblems(new RegExp(`^events\\.curated\\.json \\[${CALL}\\] id: duplicate event id "${CALL}"`));
  });

  it('an unknown theme and an unknown source id, reported together', () => {
    editEvent(CALL, (ev) => {
      ev.themes.push('space');
      ev.evidence[1].source = 'nowhere-2020';
    });
    expectProblems(
      new RegExp(`^events\\.curated\\.json \\[${CALL}\\] themes\\.4: unknown theme "space"`),
      new RegExp(`^events\\.curated\\.json \\[${CALL}\\] evidence\\.1\\.source: unknown source "nowhere-2020"`),
    );
  });

  it('a quote that is not in its article, with the closest match', () => {
    editEvent(CALL, (ev) => (ev.evidence[1].quote = 'In a telephone conversation with Defence Minister Rajnath Singh'));
    expectProblems(
      new RegExp(
        `^events\\.curated\\.json \\[${CALL}\\] evidence\\.1\\.quote: quote not found; ` +
          `closest match at offset \\d+: "In a telephonic conversation.*the text differs`,
      ),
    );
  });

  it('curly quote marks where the article has straight ones', () => {
    editEvent(CALL, (ev) => (ev.evidence[2].quote = ev.evidence[2].quote.replace('"reviewed', '\u201Creviewed')));
    expectProblems(
      new RegExp(
        /\[2020-07-24-singh-gantz-call\] evidence\.2\.quote: quote not found exactly; /.source +
          /closest match .*quote marks differ \(curly vs straight\)/.source,
      ),
    );
  });

  it('collapsed whitespace (a paragraph break typed as one space)', () => {
    // the ndtv caption line is followed by a blank line; the quote runs them together with one space
    editEvent(CALL, (ev) =>
      ev.evidence.push({
        source: 'ndtv-2020-07-24',
        quote: 'Benjamin Gantz on Friday Defence Minister Rajnath Singh on Friday held',
      }),
    );
    expectProblems(
      new RegExp(
        /\[2020-07-24-singh-gantz-call\] evidence\.9\.quote: quote not found exactly; /.source +
          /closest match at offset 73: "Benjamin Gantz on Friday\\n\\nDefence.*whitespace differs/.source,
      ),
    );
  });

  it('a missing article file', () => {
    rmSync(join(sb.data, 'articles', `${DD}.txt`));
    expectProblems(new RegExp(`^articles/${DD}\\.txt \\[${DD}\\] \\(article\\): article file missing`));
  });

  it('an empty article file', () => {
    writeFileSync(join(sb.data, 'articles', `${DD}.txt`), '');
    expectProblems(new RegExp(`^articles/${DD}\\.txt \\[${DD}\\] \\(article\\): article file is empty`));
  });

  it('malformed JSON', () => {
    writeFileSync(join(sb.data, 'events.curated.json'), '{ "title": "x", themes: [] }');
    expectProblems(/^events\.curated\.json \(file\): malformed JSON/);
  });

  it('truncated JSON', () => {
    const raw = readFileSync(join(sb.data, 'sources.json'), 'utf8');
    writeFileSync(join(sb.data, 'sources.json'), raw.slice(0, raw.length / 2));
    expectProblems(/^sources\.json \(file\): malformed JSON .*truncated\?/);
  });

  it('a byte order mark at the start of an article', () => {
    const p = join(sb.data, 'articles', `${DD}.txt`);
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(p)]));
    expectProblems(
      new RegExp(`^articles/${DD}\\.txt \\[${DD}\\] \\(article\\): article starts with a byte order mark`),
    );
  });

  it('bytes that are not UTF-8 in an article', () => {
    appendFileSync(join(sb.data, 'articles', `${DD}.txt`), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]));
    expectProblems(
      new RegExp(
        `^articles/${DD}\\.txt \\[${DD}\\] \\(article\\): ` +
          `article is not valid UTF-8 \\(first bad byte at offset 5194\\)`,
      ),
    );
  });

  it('a relative expression that cannot be resolved', () => {
    // "in the coming weeks" resolves since issue 13 (precision "after"): words with no date in them do not
    editEvent('2020-07-27-israeli-delegation-arrives', (ev) => (ev.date = { expression: 'rapid testing' }));
    expectProblems(
      new RegExp(
        /^events\.curated\.json \[2020-07-27-israeli-delegation-arrives\] date\.expression: /.source +
          /cannot resolve "rapid testing"/.source,
      ),
    );
  });

  it('"earlier in the day" without the event it refers to', () => {
    editEvent('2022-06-02-gantz-wreath-national-war-memorial', (ev) => delete ev.date.sameDayAs);
    expectProblems(
      new RegExp(
        /\[2022-06-02-gantz-wreath-national-war-memorial\] date\.expression: /.source +
          /"Earlier in the day" refers to the day of another event/.source,
      ),
    );
  });

  it('a date expression that is in none of the evidence quotes', () => {
    editEvent(CALL, (ev) => (ev.date.expression = 'on Tuesday'));
    expectProblems(/\[2020-07-24-singh-gantz-call\] date\.expression: "on Tuesday" is not in any evidence quote/);
  });

  it('an empty event list', () => {
    const doc = sb.readJson('events.curated.json');
    doc.events = [];
    sb.writeJson('events.curated.json', doc);
    expectProblems(/^events\.curated\.json events: the event list is empty/);
  });

  it('a title over 200 characters', () => {
    editEvent(CALL, (ev) => (ev.title = 'x'.repeat(201)));
    expectProblems(new RegExp(`^events\\.curated\\.json \\[${CALL}\\] title: title is over 200 characters`));
  });

  it('an ambiguous quote without a hint, then the hint that resolves it', () => {
    editEvent(CALL, (ev) => ev.evidence.push({ source: 'ndtv-2020-07-24', quote: 'Defence Minister Rajnath Singh' }));
    expectProblems(/\[2020-07-24-singh-gantz-call\] evidence\.9\.quote: the quote occurs 2 times .*add "occurrence"/);
    editEvent(CALL, (ev) => (ev.evidence[9].occurrence = 2));
    expect(sb.run().code).toBe(0);
  });

  it('many problems at once: all reported, one line each', () => {
    editSource(DD, { published: '2020-02-30' });
    editEvent('2020-07-23-gantz-statement-on-ddrd-research', (ev) => (ev.title = ''));
    editEvent(CALL, (ev) => {
      ev.evidence[2].quote = ev.evidence[2].quote.replace('"reviewed', '\u201Creviewed');
    });
    // a bad publication day and a bad event do not hide a bad quote elsewhere, even in that source's article
    expectProblems(
      /^sources\.json \[devdiscourse-2020-07-24\] published: not a real calendar day: 2020-02-30$/,
      /^events\.curated\.json \[2020-07-23-gantz-statement-on-ddrd-research\] title: /,
      new RegExp(
        /^events\.curated\.json \[2020-07-24-singh-gantz-call\] evidence\.2\.quote: /.source +
          /quote not found exactly; .*curly vs straight/.source,
      ),
    );
  });
});
