/** A cheap start-up check, without Dexie: does this browser keep a database of added articles? */
import { STATE_TABLE } from '../lib/appState';
export const DB_NAME: string = STATE_TABLE.added.key;

/** Whether this browser keeps a database of added articles (so start-up can skip loading Dexie). */
export async function articlesDbExists(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases === 'function') {
    const list = await indexedDB.databases().catch(() => null);
    if (list) return list.some((d) => d.name === name);
  }
  return true; // cannot tell: open it (cheap when empty)
}

/**
 * A tab that opens the database says so here, so that a tab started before any article was added (which
 * skipped loading Dexie) opens it too and follows its changes from then on (two tabs stay consistent).
 */
const OPENED_CHANNEL = 'briefline-articles-opened';

export function announceArticlesDbOpened(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const c = new BroadcastChannel(OPENED_CHANNEL);
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
  c.postMessage('opened');
  c.close();
}

/** Calls `open` once when another tab opens the database; returns the unsubscribe. */
export function whenArticlesDbOpened(open: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const c = new BroadcastChannel(OPENED_CHANNEL);
  c.addEventListener(
    'message',
    () => {
      c.close();
      open();
    },
    { once: true },
  );
  return () => c.close();
}
