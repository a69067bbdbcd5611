/**
 * The search code (src/lib/search.ts and minisearch) is not needed to draw the first timeline: it loads once the
 * event list is in (the background index build starts then, see derived.ts warmSearchIndex), long before a user
 * has typed a word. Until it is in, a search filters nothing; components that show search results re-render when
 * it arrives (useSearchCode), and a link that carries a search waits for it so that it opens as it was written
 * (address.ts).
 */
import { useSyncExternalStore } from 'react';
import { useStore } from '../store/store';

export type SearchCode = typeof import('../lib/search');

let code: SearchCode | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** The search code if it has loaded, else null. */
export const searchCode = (): SearchCode | null => code;

/**
 * Load the search code (once; again after a failure, which is reported as a notice). Never rejects: it settles
 * when the code is in or could not be loaded.
 */
export function loadSearchCode(): Promise<void> {
  loading ??= import('../lib/search').then(
    (m) => {
      code = m;
      for (const l of listeners) l();
    },
    (e: unknown) => {
      loading = null;
      useStore.getState().addNotice(`The search could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    },
  );
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/**
 * The search code for a component with a search to run: it renders again when the code arrives. Without a search
 * (`needed` false) the code changes nothing it shows, so its arrival does not render it again.
 */
export const useSearchCode = (needed: boolean): SearchCode | null =>
  useSyncExternalStore(subscribe, () => (needed ? searchCode() : null));
