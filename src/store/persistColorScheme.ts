/**
 * The colour scheme kept in this browser through zustand's persist middleware, with a storage
 * that keeps the format the app always wrote: the bare word "light" or "dark" under the state
 * table's key, nothing for "system". Writes only when the value changes (persist calls setItem
 * on every change of the store). Private mode or a refused write: the choice lasts for this page.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { STATE_TABLE, type ColorScheme } from '../lib/appState';
import type { Store } from './types';

type Persisted = Pick<Store, 'colorScheme'>;

const KEY = STATE_TABLE.colorScheme.key;

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What the browser keeps, read as a scheme ("system" for nothing or anything unknown). */
export function readColorScheme(raw: string | null): ColorScheme {
  return raw === 'light' || raw === 'dark' ? raw : 'system';
}

const colorSchemeStorage: PersistStorage<Persisted> = {
  getItem: () => {
    const ls = local();
    if (!ls) return null;
    try {
      return { state: { colorScheme: readColorScheme(ls.getItem(KEY)) }, version: 0 };
    } catch {
      return null;
    }
  },
  setItem: (_name, value: StorageValue<Persisted>) => {
    const ls = local();
    const scheme = value.state.colorScheme;
    try {
      if (!ls || readColorScheme(ls.getItem(KEY)) === scheme) return;
      if (scheme === 'system') ls.removeItem(KEY);
      else ls.setItem(KEY, scheme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  },
  removeItem: () => {
    try {
      local()?.removeItem(KEY);
    } catch {
      // Nothing kept, nothing to remove.
    }
  },
};

export const persistColorScheme: PersistOptions<Store, Persisted> = {
  name: KEY,
  storage: colorSchemeStorage,
  partialize: (s) => ({ colorScheme: s.colorScheme }),
};
