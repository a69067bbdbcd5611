/**
 * Reads the stored tables of added articles in a Web Worker (addedRecordsWorker.ts) and keeps what it
 * built beside the records (prebuilt.ts), so that the page's main thread only receives the results.
 * Where no worker can run (or it fails to start), the tables are read on this thread, as before.
 */
import { readAllRecords, type RawTables } from '../lib/intake/records';
import { rememberPrebuilt } from '../lib/intake/prebuilt';
import type { ReadTables } from './articlesDb';
import type { AddedRecordsReply, AddedRecordsRequest } from './addedRecordsWorker';
import { useStore } from '../store/store';
import type { Store } from '../store/types';
import type { Theme } from '../lib/schema';

type Pending = { resolve: (r: AddedRecordsReply) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let failed = false;
let nextId = 0;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  const w = new Worker(new URL('./addedRecordsWorker.ts', import.meta.url), {
    type: 'module',
    name: 'briefline-added-records',
  });
  w.addEventListener('message', (e: MessageEvent<AddedRecordsReply>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    p?.resolve(e.data);
  });
  w.addEventListener('error', (e) => {
    failed = true;
    worker = null;
    w.terminate();
    const err = new Error(e.message || 'the worker for added articles failed');
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  });
  return w;
}

function ask(raw: RawTables, base: AddedRecordsRequest['base']): Promise<AddedRecordsReply> {
  worker ??= startWorker();
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: AddedRecordsRequest = { id, raw, base };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    w.postMessage(request);
  });
}

/** The loaded list's themes and title (null: it cannot be loaded); undefined while it loads. */
const settled = (s: Store) =>
  s.load.status === 'ready'
    ? { themes: s.load.data.themes, title: s.load.data.title }
    : s.load.status === 'error'
      ? null
      : undefined;

/** The loaded list's themes and title, once it is loaded (null if it cannot be). */
export function loadedThemes(): Promise<{ themes: Theme[]; title: string } | null> {
  return new Promise((resolve) => {
    const now = settled(useStore.getState());
    if (now !== undefined) return resolve(now);
    const stop = useStore.subscribe((s) => {
      const r = settled(s);
      if (r === undefined) return;
      stop();
      resolve(r);
    });
  });
}

/** A ReadTables for openArticlesDb; `base` gives the loaded list's themes and title once known. */
export function readTablesInWorker(base: () => Promise<AddedRecordsRequest['base']>): ReadTables {
  return async (raw) => {
    if (failed || typeof Worker === 'undefined') return readAllRecords(raw);
    let reply: AddedRecordsReply;
    try {
      reply = await ask(raw, await base());
    } catch {
      return readAllRecords(raw);
    }
    if (!reply.ok) return readAllRecords(raw);
    if (reply.prebuilt) rememberPrebuilt(reply.read.records, reply.prebuilt);
    // Receiving the reply (structured clone) is one task, merging and drawing the events the next one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return reply.read;
  };
}
