/**
 * Article texts the pipeline already handled, kept as tests (issue 11, "what must be true"): CRLF
 * line ends, characters outside the BMP (offsets are UTF-16 code units, as JavaScript slices), a
 * 20 MB article, markup in the text (published as text, byte for byte), and encoded surrogates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './testkit.ts';

let sb: Sandbox;
beforeEach(() => (sb = sandbox()));
afterEach(() => sb.cleanup());

/** Adds an article with one event quoting `quote`, dated by `expression`; returns the run. */
function runWith(text: string | Buffer, quote: string, expression = 'on Friday') {
  writeFileSync(join(sb.data, 'articles', 'edge-2022-06-10.txt'), text);
  const rows = sb.readJson('sources.json') as unknown[];
  rows.push({
    id: 'edge-2022-06-10',
    outlet: 'Edge',
    agency: '',
    headline: 'Edge',
    published: '2022-06-10',
    url: 'https://example.com/e',
    file: 'articles/edge-2022-06-10.txt',
  });
  sb.writeJson('sources.json', rows);
  const doc = sb.readJson('events.curated.json');
  doc.events.push({
    id: 'edge-event',
    title: 'Edge <b>case</b>',
    summary: 'Test.',
    status: 'reported',
    date: { expression },
    themes: ['rnd'],
    actors: [],
    evidence: [{ source: 'edge-2022-06-10', quote }],
  });
  sb.writeJson('events.curated.json', doc);
  return sb.run();
}

function published() {
  const doc = JSON.parse(readFileSync(join(sb.out, 'events.json'), 'utf8'));
  const source = doc.sources.find((s: { id: string }) => s.id === 'edge-2022-06-10');
  const event = doc.events.find((e: { id: string }) => e.id === 'edge-event');
  return { source, event, bytes: readFileSync(join(sb.out, '..', source.text)) };
}

describe('article texts', () => {
  it('CRLF line ends: a quote across a line break is found with its \\r\\n, and the bytes are kept', () => {
    const text = 'Header\r\n\r\nThe ministers met on Friday.\r\nThey agreed on drones.\r\n';
    const r = runWith(text, 'on Friday.\r\nThey agreed');
    expect(r.code, r.stderr).toBe(0);
    const { event, bytes } = published();
    expect(bytes.toString('utf8')).toBe(text);
    expect(text.slice(event.evidence[0].start, event.evidence[0].end)).toBe('on Friday.\r\nThey agreed');
  });

  it('CRLF line ends: a quote typed with \\n alone is a problem, not a silent match', () => {
    const r = runWith('The ministers met on Friday.\r\nThey agreed on drones.\r\n', 'on Friday.\nThey agreed');
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/^events\.curated\.json \[edge-event\] evidence\.0\.quote: quote not found/);
  });

  it('characters outside the BMP: offsets are UTF-16 code units, as the app slices them', () => {
    const text = '𝐈𝐧𝐝𝐢𝐚 🇮🇳🤝🇮🇱 report. The ministers met on Friday in 𝔍𝔢𝔯𝔲𝔰𝔞𝔩𝔢𝔪.\n';
    const quote = 'The ministers met on Friday in 𝔍𝔢𝔯𝔲𝔰𝔞𝔩𝔢𝔪.';
    const r = runWith(text, quote);
    expect(r.code, r.stderr).toBe(0);
    const { event } = published();
    expect(event.evidence[0].start).toBe(text.indexOf('The ministers'));
    expect(event.evidence[0].start).toBeGreaterThan([...text].indexOf('T')); // code units, not code points
    expect(text.slice(event.evidence[0].start, event.evidence[0].end)).toBe(quote);
  });

  it('markup in an article and a title is published as text, byte for byte', () => {
    const text = 'The <script>alert(1)</script> ministers met on Friday &amp; agreed.\n';
    const r = runWith(text, 'The <script>alert(1)</script> ministers met on Friday &amp; agreed.');
    expect(r.code, r.stderr).toBe(0);
    const { event, bytes } = published();
    expect(bytes.toString('utf8')).toBe(text);
    expect(event.title).toBe('Edge <b>case</b>');
  });

  it('an encoded surrogate (CESU-8 bytes) is not UTF-8', () => {
    const r = runWith(
      Buffer.concat([Buffer.from('The ministers met on Friday. '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
      'The ministers met on Friday.',
    );
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(
      new RegExp(
        /^articles\/edge-2022-06-10\.txt \[edge-2022-06-10\] \(article\): /.source +
          /article is not valid UTF-8 \(first bad byte at offset 29\)/.source,
      ),
    );
  });

  it('a 20 MB article', () => {
    const line = 'Filler reporting on the cooperation programme, paragraph after paragraph, at length.\n';
    const article = (bytes: number) =>
      `${line.repeat(Math.ceil(bytes / line.length))}The ministers met on Friday in Delhi.\n`;
    const text = article(20_000_000);
    expect(text.length).toBeGreaterThan(20_000_000);
    // How locating a quote grows with the text is timed in the benchmark (npm run bench:growth), not here.
    const r = runWith(text, 'The ministers met on Friday in Delhi.');
    expect(r.code, r.stderr.slice(0, 500)).toBe(0);
    const { event, bytes, source } = published();
    expect(bytes.length).toBe(Buffer.byteLength(text));
    expect(source.text).toMatch(/^data\/sources\/edge-2022-06-10\.[0-9a-f]{16}\.txt$/);
    expect(text.slice(event.evidence[0].start, event.evidence[0].end)).toBe('The ministers met on Friday in Delhi.');
  }, 120_000);
});
