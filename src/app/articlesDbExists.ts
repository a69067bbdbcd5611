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
