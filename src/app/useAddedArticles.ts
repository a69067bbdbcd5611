/**
 * Connects the store to the browser's database of added articles. At start-up only a cheap check
 * runs (does this browser keep such a database?); Dexie and the database code load when it does,
 * or on first use (adding or importing an article). Changes from any tab arrive through liveQuery.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';
import { setMergeAdded } from './derived';
import type { ArticlesDb } from './articlesDb';
import { announceArticlesDbOpened, articlesDbExists, whenArticlesDbOpened } from './articlesDbExists';

let dbPromise: Promise<ArticlesDb> | null = null;
let watching = false;

/** The database, opened (and its code loaded) on first call; the store follows it from then on. */
export function articlesDb(): Promise<ArticlesDb> {
  if (!dbPromise) {
    useStore.getState().setAddedLoading();
    dbPromise = Promise.all([
      import('./articlesDb'),
      import('../lib/intake/build'),
      import('./readAddedInWorker'),
    ]).then(([m, b, w]) => {
      setMergeAdded(b.mergeAdded);
      return m.openArticlesDb(undefined, w.readTablesInWorker(w.loadedThemes));
    });
    void dbPromise.then(announceArticlesDbOpened, () => {});
  }
  return dbPromise.then((db) => {
    if (!watching) {
      watching = true;
      db.watch(
        (snap) => useStore.getState().setAddedSnapshot(snap),
        (e) => useStore.getState().setAddedError(e.message),
      );
    }
    return db;
  });
}

/** The text of an added article, straight from the database (for the source reader). */
export async function addedArticleText(id: string): Promise<string> {
  const inStore = useStore.getState().added.records.articles.find((a) => a.id === id);
  if (inStore) return inStore.text;
  const snap = await (await articlesDb()).read();
  const a = snap.records.articles.find((x) => x.id === id);
  if (!a) throw new Error(`the article ${id} is not in this browser’s database`);
  return a.text;
}

export function useAddedArticles(): void {
  useEffect(() => {
    const s = useStore.getState();
    if (s.added.status !== 'none') return;
    s.setAddedLoading();
    let live = true;
    let stopListening = () => {};
    const open = () =>
      void articlesDb().catch((e: unknown) =>
        useStore.getState().setAddedError(e instanceof Error ? e.message : String(e)),
      );
    void articlesDbExists().then((exists) => {
      if (!live) return;
      if (exists) return open();
      useStore.getState().setAddedSnapshot({
        records: useStore.getState().added.records,
        setAside: [],
        keys: { articles: [], events: [] },
      });
      // None yet: when another tab (or this one) opens the database, follow it.
      stopListening = whenArticlesDbOpened(open);
    });
    return () => {
      live = false;
      stopListening();
    };
  }, []);
}
