// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB for Node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openArticlesDb, DatabaseTooNew, DB_VERSION, type Snapshot } from './articlesDb';
import { RECORD_VERSION, type EventRecord } from '../lib/intake/records';
import { articleRecord } from '../lib/testing/records';

let n = 0;
const fresh = () => `test-db-${++n}-${Date.now()}`;
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

const event = (id: string, articleId: string): EventRecord => ({
  v: RECORD_VERSION,
  id,
  articleId,
  addedAt: '2026-12-01T10:00:00Z',
  event: {
    id,
    title: 'The ministers met',
    summary: 'The ministers met',
    status: 'reported',
    themes: ['diplomacy'],
    actors: [],
    date: { expression: 'On Friday', source: articleId },
    evidence: [{ source: articleId, quote: 'On Friday, the ministers met.' }],
  },
});

function open(name: string) {
  const db = openArticlesDb(name);
  opened.push(db);
  return db;
}

describe('articlesDb', () => {
  it('keeps an article with its events and reads them back (a second connection, as after a reload)', async () => {
    const name = fresh();
    await open(name).addRecords({ articles: [articleRecord('a-1')], events: [event('e-1', 'a-1')], evidence: [] });
    const s = await open(name).read();
    expect(s.records.articles.map((a) => a.id)).toEqual(['a-1']);
    expect(s.records.events.map((e) => e.id)).toEqual(['e-1']);
    expect(s.setAside).toEqual([]);
  });

  it('never overwrites: adding an existing key fails and writes nothing of that batch', async () => {
    const name = fresh();
    const db = open(name);
    await db.addRecords({ articles: [articleRecord('a-1')], events: [], evidence: [] });
    await expect(
      db.addRecords({
        articles: [articleRecord('a-2')],
        events: [event('e-1', 'a-2'), event('e-1', 'a-2')],
        evidence: [],
      }),
    ).rejects.toThrow();
    const s = await db.read();
    expect(s.records.articles.map((a) => a.id)).toEqual(['a-1']);
    expect(s.records.events).toEqual([]);
  });

  it('sets aside a corrupt record and one from a newer format, reports both, and leaves them stored', async () => {
    const name = fresh();
    const db = open(name);
    await db.addRecords({ articles: [articleRecord('a-1')], events: [event('e-1', 'a-1')], evidence: [] });
    const raw = new Dexie(name);
    raw.version(DB_VERSION).stores({ articles: 'id', events: 'id, articleId', evidence: 'id, eventId, articleId' });
    await raw.table('articles').put({ id: 'broken', v: RECORD_VERSION, text: 42 });
    await raw.table('events').put({ ...event('e-new', 'a-1'), v: RECORD_VERSION + 1 });
    raw.close();
    const s = await db.read();
    expect(s.records.articles.map((a) => a.id)).toEqual(['a-1']);
    expect(s.records.events.map((e) => e.id)).toEqual(['e-1']);
    expect(s.setAside).toEqual([
      { table: 'articles', key: 'broken', reason: expect.stringMatching(/cannot be read \(text:/) },
      { table: 'events', key: 'e-new', reason: expect.stringMatching(/newer version of Briefline/) },
    ]);
    expect(s.keys.events.toSorted()).toEqual(['e-1', 'e-new']);
    await expect(db.updateEvent({ ...event('e-new', 'a-1') })).rejects.toThrow(/not a readable record/);
    const again = await db.read();
    expect(again.setAside.map((x) => x.key)).toEqual(['broken', 'e-new']);
  });

  it('refuses a database upgraded by a newer Briefline, and writes nothing', async () => {
    const name = fresh();
    const newer = new Dexie(name);
    newer
      .version(DB_VERSION + 1)
      .stores({ articles: 'id', events: 'id, articleId', evidence: 'id, eventId, articleId', more: 'id' });
    await newer.open();
    newer.close();
    const db = open(name);
    await expect(db.read()).rejects.toBeInstanceOf(DatabaseTooNew);
    await expect(db.addRecords({ articles: [articleRecord('a-1')], events: [], evidence: [] })).rejects.toBeInstanceOf(
      DatabaseTooNew,
    );
  });

  it('two tabs: a change made through one connection reaches the other one’s watcher', async () => {
    const name = fresh();
    const tabA = open(name);
    const tabB = open(name);
    const seen: Snapshot[] = [];
    let resolve: (() => void) | undefined;
    const arrived = new Promise<void>((r) => {
      resolve = r;
    });
    const stop = tabA.watch(
      (s) => {
        seen.push(s);
        if (s.records.articles.length === 1) resolve?.();
      },
      (e) => {
        throw e;
      },
    );
    await tabB.addRecords({ articles: [articleRecord('a-1')], events: [event('e-1', 'a-1')], evidence: [] });
    await arrived;
    stop();
    expect(seen.at(-1)!.records.events.map((e) => e.id)).toEqual(['e-1']);
    await tabB.removeArticle('a-1');
    const s = await tabA.read();
    expect(s.records.articles).toEqual([]);
    expect(s.records.events).toEqual([]);
  });
});
