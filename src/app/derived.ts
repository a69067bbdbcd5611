/**
 * Derived, memoised views of the store for components: the search index (once per loaded
 * list), the search result and the visible events. Computed by the pure functions in src/lib
 * and cached on their inputs, so every component asking gets the same objects.
 */
import { useStore, type Store } from '../store/store';
import type { AddedRecords, MergedList, mergeAdded } from '../lib/intake/build';
import type { EventList } from '../lib/schema';
import type { SearchDoc, SearchIndex, SearchResult } from '../lib/search';
import { loadSearchCode, searchCode, useSearchCode, type SearchCode } from './searchCode';
import { computeVisible, type ThemeMatch, type VisibleResult } from '../lib/visible';
import { afterFirstDraw } from './afterFirstDraw';

const NO_TERMS: string[] = [];
const EMPTY_EVENTS: EventList['events'] = [];
const indexCache = new WeakMap<EventList, SearchIndex>();

/** Index builds under way in the background (warmSearchIndex), per loaded list. */
const warming = new WeakMap<EventList, { idx: SearchIndex; docs: SearchDoc[]; next: number }>();
const WARM_CHUNK = 100;

/** The search index, finishing at once whatever the background build has not done yet. */
export function searchIndexFor(data: EventList, lib: SearchCode): SearchIndex {
  let idx = indexCache.get(data);
  if (!idx) {
    const job = warming.get(data);
    idx = job?.idx ?? lib.createSearchIndex();
    idx.mini.addAll((job?.docs ?? lib.searchDocs(data)).slice(job?.next ?? 0));
    warming.delete(data);
    indexCache.set(data, idx);
  }
  return idx;
}

/**
 * Builds the search index after load in small chunks in the main thread's idle time, so a large list neither
 * delays the first paint nor blocks the main thread for long (perf, issue 6). Only the list shown last is
 * warmed: the loaded list stops warming once the articles added in this browser are merged into it.
 */
let warmingNow: EventList | null = null;
export function warmSearchIndex(data: EventList): void {
  warmingNow = data;
  if (indexCache.has(data)) return;
  const lib = searchCode();
  // The search code loads once the timeline has drawn (its request would otherwise join the first view's on a slow
  // network); the build starts when it is in. A search typed or linked before then loads it at once.
  if (!lib) {
    afterFirstDraw(() => {
      void loadSearchCode().then(() => searchCode() && warmingNow === data && warmSearchIndex(data));
    });
    return;
  }
  // Not before the timeline has drawn: idle periods come while the first view is still on its way (the widget's
  // code, a redraw), and the index build (about 400 ms at 10,000 events) would take them from the first draw.
  afterFirstDraw(() => {
    if (warmingNow === data && !indexCache.has(data)) startWarming(data, lib);
  });
}

function startWarming(data: EventList, lib: SearchCode): void {
  let job = warming.get(data);
  if (!job) {
    job = { idx: lib.createSearchIndex(), docs: lib.searchDocs(data), next: 0 };
    warming.set(data, job);
  }
  const step = (deadline?: IdleDeadline) => {
    if (warmingNow !== data || warming.get(data) !== job) return;
    // One chunk, then more while the browser says the idle period lasts (none without requestIdleCallback).
    const more = () => (deadline ? deadline.timeRemaining() > 8 : false);
    do {
      const end = Math.min(job.docs.length, job.next + WARM_CHUNK);
      job.idx.mini.addAll(job.docs.slice(job.next, end));
      job.next = end;
    } while (job.next < job.docs.length && more());
    if (job.next < job.docs.length) whenIdle(step);
    else {
      warming.delete(data);
      indexCache.set(data, job.idx);
    }
  };
  whenIdle(step);
}

/** requestIdleCallback where the browser has it (not Safari before 2025), else the next task. */
const whenIdle = (fn: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 0);

let lastSearch: { data: EventList; query: string; result: SearchResult | null } | null = null;
export function searchFor(data: EventList, query: string): SearchResult | null {
  if (lastSearch && lastSearch.data === data && lastSearch.query === query) return lastSearch.result;
  if (query.trim() === '') return null;
  const lib = searchCode();
  // typed before the search code is in: nothing filtered until it arrives (useSearchCode renders again then)
  if (!lib) {
    void loadSearchCode();
    return null;
  }
  const result = lib.searchEvents(searchIndexFor(data, lib), query);
  lastSearch = { data, query, result };
  return result;
}

interface VisibleKey {
  data: EventList | null;
  hidden: string[];
  query: string;
  from: string | null;
  to: string | null;
  match: ThemeMatch;
  search: SearchCode | null;
}
let lastVisible: { key: VisibleKey; result: VisibleResult } | null = null;

export function visibleFor(
  data: EventList | null,
  hidden: string[],
  query: string,
  from: string | null,
  to: string | null,
  match: ThemeMatch = 'any',
): VisibleResult {
  const k = lastVisible?.key;
  if (
    lastVisible &&
    k &&
    k.data === data &&
    k.hidden === hidden &&
    k.query === query &&
    k.from === from &&
    k.to === to &&
    k.match === match &&
    // Without a search the result does not depend on the search code (its arrival changes nothing).
    (query.trim() === '' || k.search === searchCode())
  ) {
    return lastVisible.result;
  }
  const hits = data ? searchFor(data, query) : null;
  const events = data?.events ?? EMPTY_EVENTS;
  const result = computeVisible({
    events,
    hiddenThemes: hidden,
    hits: hits?.ids ?? null,
    period: { from, to },
    themeMatch: match,
  });
  lastVisible = { key: { data, hidden, query, from, to, match, search: searchCode() }, result };
  return result;
}

/** The merge code loads with the database code (it brings the pipeline's date resolver): see useAddedArticles. */
let merge: typeof mergeAdded | null = null;
export function setMergeAdded(fn: typeof mergeAdded): void {
  merge = fn;
}

let lastMerge: { base: EventList; records: AddedRecords; merged: MergedList } | null = null;

/** The loaded list with the articles added in this browser merged in (derived, memoised on its inputs). */
export function mergedFor(base: EventList, records: AddedRecords): MergedList {
  if (lastMerge && lastMerge.base === base && lastMerge.records === records) return lastMerge.merged;
  const merged =
    records.articles.length && merge
      ? merge(base, records)
      : { list: base, addedEventIds: NO_IDS, corroboratedIds: NO_IDS, problems: [] };
  lastMerge = { base, records, merged };
  if (merged.list !== base) warmSearchIndex(merged.list);
  return merged;
}
const NO_IDS: ReadonlySet<string> = new Set();

/** The list the app shows (store state → loaded list + added articles), for code outside React. */
export function shownList(s: Store): EventList | null {
  return s.load.status === 'ready' ? mergedFor(s.load.data, s.added.records).list : null;
}

export function useMerged(): MergedList | null {
  const base = useStore((s) => (s.load.status === 'ready' ? s.load.data : null));
  const records = useStore((s) => s.added.records);
  return base ? mergedFor(base, records) : null;
}

export function useEventList(): EventList | null {
  return useMerged()?.list ?? null;
}

/** Whether an event comes from an article added in this browser. */
export function useIsAdded(id: string | null): boolean {
  const m = useMerged();
  return !!id && !!m?.addedEventIds.has(id);
}

/** The visible events (date order), per-theme counts and hidden count. */
export function useVisible(): VisibleResult {
  const data = useEventList();
  const hidden = useStore((s) => s.hiddenThemes);
  const query = useStore((s) => s.query);
  const from = useStore((s) => s.period.from);
  const to = useStore((s) => s.period.to);
  const match = useStore((s) => s.themeMatch);
  useSearchCode(query.trim() !== '');
  return visibleFor(data, hidden, query, from, to, match);
}

/** Search terms to highlight (empty without a search). */
export function useSearchTerms(): string[] {
  const data = useEventList();
  const query = useStore((s) => s.query);
  useSearchCode(query.trim() !== '');
  if (!data) return NO_TERMS;
  return searchFor(data, query)?.terms ?? NO_TERMS;
}
