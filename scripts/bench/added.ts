/**
 * The "1,000 added articles with 5,000 events" scenario (issue 16 §8): each fresh page's database of
 * added articles is filled with the records the app itself writes (records.ts format, in the Dexie
 * schema of src/app/articlesDb.ts), then the app is measured as at 10,000 events (load, filter, search,
 * select), with the built-in events beside the added ones.
 */
import type { Page } from '@playwright/test';
import type { AddedRecords } from '../../src/lib/intake/build';
import { DB_NAME } from '../../src/app/articlesDbExists';
import type { Target } from './scenario';

/** Dexie stores version n as IndexedDB version 10 n; the stores and indexes of articlesDb.ts's version 1. */
const IDB_VERSION = 10;
const STORES: Record<string, string[]> = { articles: [], events: ['articleId'], evidence: ['eventId', 'articleId'] };

/** Writes the records in one transaction, in the page (serialised by Playwright: no closures). */
function seedInPage(arg: { name: string; version: number; stores: Record<string, string[]>; records: AddedRecords }) {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(arg.name, arg.version);
    open.addEventListener('upgradeneeded', () => {
      for (const [store, indexes] of Object.entries(arg.stores)) {
        const os = open.result.createObjectStore(store, { keyPath: 'id' });
        for (const ix of indexes) os.createIndex(ix, ix);
      }
    });
    open.addEventListener('error', () => reject(open.error ?? new Error('open failed')));
    open.addEventListener('success', () => {
      const db = open.result;
      const tx = db.transaction(Object.keys(arg.stores), 'readwrite');
      for (const a of arg.records.articles) tx.objectStore('articles').add(a);
      for (const e of arg.records.events) tx.objectStore('events').add(e);
      for (const x of arg.records.evidence) tx.objectStore('evidence').add(x);
      tx.addEventListener('complete', () => {
        db.close();
        resolve();
      });
      tx.addEventListener('error', () => reject(tx.error ?? new Error('write failed')));
    });
  });
}

export async function seedAddedArticles(page: Page, base: string, records: AddedRecords): Promise<void> {
  // Any page of the app's origin will do: a missing .txt is served as a plain 404, with no app on it.
  await page.goto(`${base}/bench-seed.txt`);
  await page.evaluate('globalThis.__name = (f) => f'); // tsx's keepNames helper
  await page.evaluate(seedInPage, { name: DB_NAME, version: IDB_VERSION, stores: STORES, records });
}

/** The app on its built-in data, with the records seeded before each load. */
export function addedTarget(base: string, records: AddedRecords, builtIn: number): Target {
  const total = builtIn + records.events.length;
  return {
    name: 'app',
    url: () => `${base}/`,
    themeToggle: (page) => page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first(),
    searchBox: (page) => page.getByRole('searchbox', { name: 'Search events' }),
    prepare: (page) => seedAddedArticles(page, base, records),
    loadedText: `of ${total} events`,
  };
}
