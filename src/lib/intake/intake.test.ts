import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { articleRecord } from '../testing/records';
import type { EventList } from '../schema';
import { checkArticleForm, duplicateOf, normaliseLineBreaks } from './article';
import { readRecords, RECORD_VERSION, type ArticleRecord } from './records';
import { acceptDrafts, draftFromSelection, mergeDrafts, occurrenceAt, type Draft } from './drafts';
import { mergeAdded, type AddedRecords } from './build';
import { exportZip } from './exportZip';
import { importZip } from './importZip';
import { buildEventList } from '../extract/build';
import { curatedFileSchema, sourceRowSchema } from '../extract/inputs';

const LIST = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as EventList;
const TEXT =
  'Officials met in New Delhi on Thursday to review the missile programme.\n' +
  'The navies will hold a drill next month.\n' +
  'Officials met in New Delhi on Thursday to review the missile programme.';
const ARTICLE: ArticleRecord = articleRecord('gazette-2023-03-10', {
  text: TEXT,
  published: '2023-03-10',
  outlet: 'Gazette',
  sha256: 'b'.repeat(64),
  addedAt: '2026-12-01T10:00:00.000Z',
});
const draft = (start: number, end: number, patch: Partial<Draft>): Draft => ({
  ...draftFromSelection(TEXT, start, end, ARTICLE.published),
  decision: 'accepted',
  themes: ['diplomacy'],
  ...patch,
});
const second = TEXT.lastIndexOf('Officials');
const firstEnd = TEXT.indexOf('\n');

describe('article form', () => {
  it('reports every problem at once, by field', () => {
    const p = checkArticleForm(
      { text: ' ', published: '2999-01-01', outlet: '', agency: '', headline: '', url: 'ftp://x' },
      '2026-12-01',
    );
    expect(p.map((x) => x.field)).toEqual(['text', 'published', 'outlet', 'headline', 'url']);
    expect(
      checkArticleForm(
        {
          text: 'x'.repeat(2 * 1024 * 1024 + 1),
          published: '',
          outlet: 'o',
          agency: '',
          headline: 'h',
          url: 'https://a.b',
        },
        '2026-12-01',
      ).map((x) => x.message)[0],
    ).toMatch(/at most 2 MB/);
  });
  it('normalises line breaks once and counts them; names a duplicate', () => {
    expect(normaliseLineBreaks('a\r\nb\rc\n')).toEqual({ text: 'a\nb\nc\n', changed: 2 });
    expect(duplicateOf('s', [{ id: 'outlook-2022-06-03', sha256: 's', addedAt: '2026-12-03T10:00:00' }])).toBe(
      'This text was already added on 3 Dec 2026 as outlook-2022-06-03.',
    );
  });
});

describe('records', () => {
  it('sets aside unreadable and newer records with a reason', () => {
    const r = readRecords('articles', [ARTICLE, { ...ARTICLE, id: 'later', v: 2 }, { id: 'x', v: 1 }]);
    expect(r.records).toHaveLength(1);
    expect(r.setAside.map((s) => [s.key, s.reason.slice(0, 20)])).toEqual([
      ['later', 'written by a newer v'],
      ['x', 'cannot be read (text'],
    ]);
  });
});

describe('drafts: accepted means it builds like the pipeline', () => {
  it('accepts a dated draft, a second occurrence, and refuses one whose date is not in its quote', () => {
    expect(occurrenceAt(TEXT, TEXT.slice(0, firstEnd), second)).toBe(2);
    const ok = acceptDrafts(
      ARTICLE,
      [draft(second, TEXT.length, { title: 'Officials meet', expression: 'on Thursday' })],
      LIST,
    );
    expect(ok.ok && ok.value.built[0]).toMatchObject({
      date: { start: '2023-03-09', precision: 'day' },
      evidence: [{ start: second, end: TEXT.length }],
    });
    expect(ok.ok && ok.value.events[0]!.evidence[0]!.occurrence).toBe(2);
    const bad = acceptDrafts(
      ARTICLE,
      [
        draft(0, firstEnd, { key: 'k', title: 'x', expression: 'next month' }),
        draft(0, 5, { key: 'j', title: '', themes: [] }),
      ],
      LIST,
    );
    expect(!bad.ok && bad.problems.map((p) => p.key)).toEqual(['k', 'j', 'j', 'j']);
  });
  it('merges drafts: quotes in article order, actors and themes united', () => {
    const m = mergeDrafts([
      draft(second, TEXT.length, { key: 'b', actors: ['A'] }),
      draft(0, firstEnd, { key: 'a', actors: ['B'], themes: ['rnd'] }),
    ]);
    expect(m.quotes.map((q) => q.start)).toEqual([0, second]);
    expect(m.actors).toEqual(['A', 'B']);
    expect(m.themes).toEqual(['diplomacy', 'rnd']);
  });
});

describe('merge, export and import', () => {
  const accepted = acceptDrafts(
    ARTICLE,
    [
      draft(0, firstEnd, { title: 'Officials meet', expression: 'on Thursday' }),
      draft(firstEnd + 1, second - 1, { title: 'Naval drill', expression: 'next month', status: 'planned' }),
    ],
    LIST,
  );
  if (!accepted.ok) throw new Error(`setup: ${JSON.stringify(accepted.problems)}`);
  const call = LIST.events.find((e) => e.id === '2020-07-24-singh-gantz-call')!;
  const records: AddedRecords = {
    articles: [ARTICLE],
    events: accepted.value.events.map((event) => ({
      v: RECORD_VERSION as typeof RECORD_VERSION,
      id: event.id,
      articleId: ARTICLE.id,
      addedAt: ARTICLE.addedAt,
      event,
    })),
    evidence: [
      {
        v: RECORD_VERSION,
        id: 'x',
        eventId: call.id,
        articleId: ARTICLE.id,
        addedAt: ARTICLE.addedAt,
        evidence: { source: ARTICLE.id, quote: 'The navies will hold a drill next month.' },
      },
    ],
  };

  it('shows loaded + added without touching the loaded list; the corroborated event gains a source', () => {
    const m = mergeAdded(LIST, records);
    expect(m.problems).toEqual([]);
    expect(m.list.events).toHaveLength(LIST.events.length + 2);
    expect(m.list.events.find((e) => e.id === call.id)!.evidence).toHaveLength(call.evidence.length + 1);
    expect(LIST.events.find((e) => e.id === call.id)!.evidence).toHaveLength(call.evidence.length);
    expect([...m.addedEventIds].toSorted()).toEqual(accepted.value.events.map((e) => e.id).toSorted());
  });

  it('never overwrites the loaded list: an added id that is taken is reported and not shown', () => {
    const m = mergeAdded(LIST, { ...records, events: [{ ...records.events[0]!, id: call.id }] });
    expect(m.problems.map((p) => p.id)).toContain(call.id);
    expect(m.list.events.filter((e) => e.id === call.id)).toHaveLength(1);
  });

  it('the export builds with the pipeline into the same events, and imports back', async () => {
    const texts = new Map(LIST.sources.map((s) => [s.id, readFileSync(`public/${s.text}`, 'utf8')]));
    const zip = exportZip({ added: records, list: mergeAdded(LIST, records).list, loadedTexts: texts });
    const files = unzipSync(zip);
    expect(strFromU8(files[`articles/${ARTICLE.id}.txt`]!)).toBe(TEXT);
    const rows = (JSON.parse(strFromU8(files['sources.json']!)) as unknown[]).map((r) => sourceRowSchema.parse(r));
    const curated = curatedFileSchema.parse(JSON.parse(strFromU8(files['events.curated.json']!)));
    const built = buildEventList({
      curated,
      curatedFile: 'events.curated.json',
      sources: rows.map((row) => ({ row, text: strFromU8(files[row.file]!), sha256: 'c'.repeat(64) })),
    });
    expect(built.ok).toBe(true);
    const shown = mergeAdded(LIST, records).list.events;
    for (const e of built.ok ? built.value.events : []) expect(e).toEqual(shown.find((x) => x.id === e.id));
    expect(built.ok && built.value.events.map((e) => e.id)).toContain(call.id);

    const back = await importZip(zip, 'mine.zip', { list: LIST, known: [], now: ARTICLE.addedAt });
    expect(back.problems).toEqual([]);
    expect(back.records.articles.map((a) => a.text)).toEqual([TEXT]);
    expect(back.records.events.map((e) => e.id).toSorted()).toEqual(records.events.map((e) => e.id).toSorted());
    expect(back.records.evidence.map((e) => e.eventId)).toEqual([call.id]);
  });

  it('import lists every problem and returns nothing', async () => {
    const r = await importZip(new Uint8Array([1, 2, 3]), 'bad.zip', { list: LIST, known: [], now: '' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message).toMatch(/not a \.zip/);
    expect(r.records.articles).toEqual([]);
  });
});
