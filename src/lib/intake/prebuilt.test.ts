import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventList } from '../schema';
import { RECORD_VERSION, type ArticleRecord, type EventRecord } from './records';
import { mergeAdded, prebuildArticles, type AddedRecords } from './build';
import { rememberPrebuilt } from './prebuilt';
import { articleRecord } from '../testing/records';

const LIST = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as EventList;
const TEXT =
  'Officials met in New Delhi on Thursday to review the missile programme.\nThe navies held a drill last month.';
const article = (id: string): ArticleRecord =>
  articleRecord(id, {
    text: TEXT,
    published: '2023-03-10',
    outlet: 'Gazette',
    sha256: 'b'.repeat(64),
    addedAt: '2026-12-01T10:00:00.000Z',
  });
const event = (id: string, articleId: string, quote: string, expression: string): EventRecord => ({
  v: RECORD_VERSION,
  id,
  articleId,
  addedAt: '2026-12-01T10:00:00.000Z',
  event: {
    id,
    title: `Event ${id}`,
    summary: 'What happened.',
    status: 'reported',
    date: { expression },
    themes: ['diplomacy'],
    actors: [],
    evidence: [{ source: articleId, quote }],
  },
});
const records = (): AddedRecords => ({
  articles: [article('gazette-a'), article('gazette-b')],
  events: [
    event(
      'a-met',
      'gazette-a',
      'Officials met in New Delhi on Thursday to review the missile programme.',
      'on Thursday',
    ),
    event('a-drill', 'gazette-a', 'The navies held a drill last month.', 'last month'),
    event('b-drill', 'gazette-b', 'The navies held a drill in May.', 'in May'), // not in the text
  ],
  evidence: [],
});

const titles = (m: ReturnType<typeof mergeAdded>) =>
  m.list.events.filter((e) => e.id.startsWith('a-')).map((e) => e.title);

describe('events built ahead (in the worker) merge as if built here', () => {
  it('the same list and the same problems, each naming its article', () => {
    const here = mergeAdded(LIST, records());
    const ahead = records();
    rememberPrebuilt(ahead, prebuildArticles(ahead, LIST.themes, LIST.title));
    const merged = mergeAdded(LIST, ahead);
    expect(merged).toEqual(here);
    expect(merged.list.events.filter((e) => merged.addedEventIds.has(e.id)).map((e) => e.id)).toEqual([
      'a-drill',
      'a-met',
    ]);
    expect(merged.problems.map((p) => p.id)).toEqual(['gazette-b']);
    expect(merged.problems[0]!.message).toMatch(/evidence\.0\.quote/);
  });

  it('is used for the records it was built for, and only with the same themes and the same events', () => {
    const r = records();
    const built = prebuildArticles(r, LIST.themes, LIST.title);
    const a = built.articles.get('gazette-a')!;
    if (!a.result.ok) throw new Error('setup: gazette-a should build');
    // Marked, to see which result the merge took.
    a.result.events = a.result.events.map((e) => ({ ...e, title: `${e.title} (ahead)` }));
    rememberPrebuilt(r, built);
    expect(titles(mergeAdded(LIST, r))).toEqual(['Event a-drill (ahead)', 'Event a-met (ahead)']);
    // Other records (a fresh read): built here.
    expect(titles(mergeAdded(LIST, records()))).toEqual(['Event a-drill', 'Event a-met']);
    // Other themes: built here, against them.
    const otherThemes = { ...LIST, themes: LIST.themes.filter((t) => t.id !== 'diplomacy') };
    const m = mergeAdded(otherThemes, r);
    expect(titles(m)).toEqual([]);
    expect(m.problems.some((p) => p.id === 'gazette-a' && /unknown theme "diplomacy"/.test(p.message))).toBe(true);
    // An event id the loaded list already has: the article is built here without it.
    const taken = { ...LIST, events: [...LIST.events, { ...LIST.events[0]!, id: 'a-met' }] };
    expect(titles(mergeAdded(taken, r)).toSorted()).toEqual(['Event a-drill', LIST.events[0]!.title].toSorted());
  });
});
