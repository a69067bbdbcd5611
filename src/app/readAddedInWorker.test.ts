import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventList } from '../lib/schema';
import { readAllRecords, RECORD_VERSION, type RawTables } from '../lib/intake/records';
import { prebuildArticles } from '../lib/intake/build';
import { prebuiltFor } from '../lib/intake/prebuilt';
import { articleRecord } from '../lib/testing/records';
import type { AddedRecordsReply, AddedRecordsRequest } from './addedRecordsWorker';

const LIST = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as EventList;
const TEXT = 'On Friday, the ministers met.';
const RAW: RawTables = {
  articles: [articleRecord('gazette-a', { text: TEXT }), { v: RECORD_VERSION + 1, id: 'from-a-newer-version' }],
  events: [
    {
      v: RECORD_VERSION,
      id: 'met',
      articleId: 'gazette-a',
      addedAt: '2026-12-01T10:00:00Z',
      event: {
        id: 'met',
        title: 'The ministers met',
        summary: 'The ministers met',
        status: 'reported',
        themes: ['diplomacy'],
        actors: [],
        date: { expression: 'On Friday' },
        evidence: [{ source: 'gazette-a', quote: TEXT }],
      },
    },
  ],
  evidence: [],
};

/** Stands in for the module worker: answers like addedRecordsWorker.ts, through a structured clone. */
class FakeWorker extends EventTarget {
  static fail = false;
  static requests = 0;
  postMessage(request: AddedRecordsRequest) {
    FakeWorker.requests++;
    setTimeout(() => {
      if (FakeWorker.fail) return this.dispatchEvent(Object.assign(new Event('error'), { message: 'no worker' }));
      const read = readAllRecords(structuredClone(request.raw));
      const prebuilt = request.base ? prebuildArticles(read.records, request.base.themes, request.base.title) : null;
      const data: AddedRecordsReply = structuredClone({ id: request.id, ok: true as const, read, prebuilt });
      this.dispatchEvent(new MessageEvent('message', { data }));
    }, 0);
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.fail = false;
  FakeWorker.requests = 0;
});

describe('reading added articles in a worker', () => {
  it('gives the records as read here, with the events it built kept for exactly those records', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { readTablesInWorker } = await import('./readAddedInWorker');
    const read = readTablesInWorker(() => Promise.resolve({ themes: LIST.themes, title: LIST.title }));
    const snap = await read(RAW);
    expect(FakeWorker.requests).toBe(1);
    expect(snap).toEqual(readAllRecords(RAW));
    expect(snap.setAside.map((s) => s.key)).toEqual(['from-a-newer-version']);
    expect(prebuiltFor(snap.records, LIST)?.('gazette-a', [{ id: 'met' }])).toMatchObject({ ok: true });
    expect(prebuiltFor(readAllRecords(RAW).records, LIST)).toBeNull();
  });

  it('reads them here when the worker cannot start, and from then on', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.fail = true;
    const { readTablesInWorker } = await import('./readAddedInWorker');
    const read = readTablesInWorker(() => Promise.resolve(null));
    expect(await read(RAW)).toEqual(readAllRecords(RAW));
    expect(await read(RAW)).toEqual(readAllRecords(RAW));
    expect(FakeWorker.requests).toBe(1);
  });
});
