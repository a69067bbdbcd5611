/**
 * The extract command line end to end against temporary folders: deterministic atomic output,
 * --check, scale (a 5 MB article, 5,000 events), suggest on an unseen article, and the real process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateEventList } from '../../src/lib/schema.ts';
import { runCli, sandbox, type Sandbox } from './testkit.ts';
import { writeOutput } from './write.ts';

let sb: Sandbox;
beforeEach(() => (sb = sandbox()));
afterEach(() => sb.cleanup());

/** A `bytes` article with `count` events quoting it, one line each, added to `box`'s data. */
function addBigInput(box: Sandbox, bytes: number, count: number) {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      `Report ${i}: the ministers met on Friday and discussed item ${i} ` +
      'of the cooperation programme in some detail.\n';
    lines.push(line);
    size += line.length;
  }
  writeFileSync(join(box.data, 'articles', 'big-2021-03-05.txt'), lines.join(''));
  const rows = box.readJson('sources.json');
  rows.push({
    id: 'big-2021-03-05',
    outlet: 'Big',
    agency: '',
    headline: 'Big',
    published: '2021-03-05',
    url: 'https://example.com/big',
    file: 'articles/big-2021-03-05.txt',
  });
  box.writeJson('sources.json', rows);
  const doc = box.readJson('events.curated.json');
  for (let i = 0; i < count; i++) {
    const n = Math.floor((i * lines.length) / count);
    doc.events.push({
      id: `big-${i}`,
      title: `Item ${n}`,
      summary: 'Generated.',
      status: 'reported',
      date: { expression: 'on Friday' },
      themes: ['diplomacy'],
      actors: [],
      evidence: [{ source: 'big-2021-03-05', quote: lines[n]!.trim() }],
    });
  }
  box.writeJson('events.curated.json', doc);
}

describe('extract', () => {
  it('writes events.json that the app schema accepts and byte-for-byte copies of the articles', () => {
    const r = sb.run();
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(sb.out, 'events.json'), 'utf8'));
    const v = validateEventList(doc);
    expect(v.ok).toBe(true);
    for (const s of doc.sources) {
      const copy = readFileSync(join(sb.out, '..', s.text)); // text is relative to public/
      expect(copy.equals(readFileSync(join('data', 'articles', `${s.id}.txt`)))).toBe(true);
      const text = copy.toString('utf8');
      for (const ev of doc.events)
        for (const e of ev.evidence) if (e.source === s.id) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('is deterministic: the same input gives the same bytes', () => {
    sb.run();
    const first = sb.snapshot();
    sb.run();
    expect(sb.snapshot()).toEqual(first);
  });

  it('leaves files it does not own in the output folder alone, and removes a stale source copy', () => {
    sb.run();
    writeFileSync(join(sb.out, 'other.json'), '{}');
    writeFileSync(join(sb.out, 'sources', 'old-2019.txt'), 'stale');
    expect(sb.run().code).toBe(0);
    expect(existsSync(join(sb.out, 'other.json'))).toBe(true);
    expect(existsSync(join(sb.out, 'sources', 'old-2019.txt'))).toBe(false);
  });

  it('a write that fails part-way leaves the previous output exactly as it was, and no temporary files', () => {
    sb.run();
    const before = sb.snapshot();
    const files = new Map([
      ['events.json', Buffer.from('{}')],
      ['sources/bad\0name.txt', Buffer.from('x')],
    ]);
    expect(() => writeOutput(sb.out, files)).toThrow();
    expect(sb.snapshot()).toEqual(before);
    expect(readdirSync(sb.out).toSorted()).toEqual(['events.json', 'sources']);
  });

  it('--check fails when the output is missing, stale or edited, and passes when it is current', () => {
    expect(sb.run('--check').code).toBe(1);
    sb.run();
    expect(sb.run('--check').code).toBe(0);
    const text = readdirSync(join(sb.out, 'sources')).find((n) => n.startsWith('ndtv-2020-07-24.'))!;
    writeFileSync(join(sb.out, 'sources', text), 'edited');
    const r = sb.run('--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sources\/ndtv-2020-07-24\.[0-9a-f]{16}\.txt: differs/);
  });

  it('the committed public/data is what extract writes', () => {
    expect(runCli(['--check']).code).toBe(0);
  });

  it('handles a 5 MB article and 5,000 events', () => {
    // Its speed is the benchmark's (npm run bench:extract; npm run bench:growth times locating quotes in 5 MB).
    addBigInput(sb, 5_000_000, 5000);
    const r = sb.run();
    expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
    expect(r.stdout).toMatch(/wrote 5019 events and 4 sources/);
    const out = JSON.parse(readFileSync(join(sb.out, 'events.json'), 'utf8'));
    expect(out.events.find((e: { id: string }) => e.id === 'big-4999').date).toMatchObject({
      start: '2021-03-05',
      precision: 'day',
    });
  }, 120_000);
});

describe('extract suggest', () => {
  it('lists each dated sentence of an unseen article with offsets and the resolved date', () => {
    const article = [
      'PHOTO: Ministers at the signing ceremony in Jerusalem',
      '',
      'India and Israel signed a drone co-production agreement on Tuesday, officials said. ' +
        'The talks began last month in New Delhi.',
      'Col. R. Sharma said the first units would be delivered next week. ' +
        'Both sides had cooperated over the past few years.',
      'No date here at all.',
    ].join('\n');
    const file = join(sb.root, 'unseen.txt');
    writeFileSync(file, article);
    const r = runCli(['suggest', file, '--published', '2023-03-09']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { quote: string; start: number; end: number; date: Record<string, unknown> }[];
    for (const s of out) expect(article.slice(s.start, s.end)).toBe(s.quote);
    expect(out.map((s) => [s.quote.slice(0, 30), s.date.start, s.date.end, s.date.precision])).toEqual([
      ['India and Israel signed a dron', '2023-03-07', '2023-03-07', 'day'],
      ['The talks began last month in ', '2023-02-01', '2023-02-28', 'month'],
      ['Col. R. Sharma said the first ', '2023-03-13', '2023-03-19', 'week'],
      ['Both sides had cooperated over', null, '2023-03-09', 'before'],
    ]);
    // the caption line is not glued to the first sentence
    expect(out[0]!.quote.startsWith('India and Israel')).toBe(true);
    // since issue 13 the basis names the tense cue that decided (was "news usage: the latest …")
    expect(out[0]!.date.basis).toBe(
      '"on Tuesday" in an article published Thu 9 Mar 2023: past tense ("signed"): ' +
        'the latest Tuesday on or before publication',
    );
  });

  it("finds the seeds' date sentences, with the header line split off", () => {
    const r = runCli(['suggest', 'data/articles/outlook-2022-06-03.txt', '--published', '2022-06-03']);
    const out = JSON.parse(r.stdout) as { quote: string; date: { expression: string; start: string | null } }[];
    expect(out.find((s) => s.date.expression === 'on Thursday')).toMatchObject({
      quote: expect.stringMatching(/^India and Israel finalized a vision statement on Thursday/),
      date: { start: '2022-06-02' },
    });
    expect(out[0]!.quote).toBe('date 2022-06-03');
  });

  it('rejects a bad publication date and a missing file', () => {
    expect(runCli(['suggest', 'data/articles/ndtv-2020-07-24.txt', '--published', '2020-02-30']).code).toBe(2);
    expect(runCli(['suggest', join(sb.root, 'nope.txt'), '--published', '2020-02-03']).code).toBe(1);
  });
});

describe('the real process', () => {
  it('exits non-zero on bad input and leaves the output untouched', () => {
    sb.run();
    const before = sb.snapshot();
    writeFileSync(join(sb.data, 'events.curated.json'), '{"title": "x", "themes": [');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', '--data-dir', sb.data, '--out-dir', sb.out],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^events\.curated\.json \(file\): malformed JSON/m);
    expect(sb.snapshot()).toEqual(before);
  }, 30_000);
});
