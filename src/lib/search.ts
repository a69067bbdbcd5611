/**
 * Full-text search over the events (pure, no React): titles, summaries, evidence quotes,
 * actors and the outlets of the sources. Prefix and fuzzy matching via minisearch.
 * Returns the matching event ids and the document terms that matched, for highlighting.
 */
import MiniSearch from 'minisearch';
import type { EventList } from './schema';

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  quotes: string;
  actors: string;
  outlets: string;
}

export interface SearchIndex {
  mini: MiniSearch<SearchDoc>;
}

export interface SearchResult {
  ids: Set<string>;
  /** Lower-case words of the documents that matched (for <mark> highlighting). */
  terms: string[];
}

export const SEARCH_FIELDS = ['title', 'summary', 'quotes', 'actors', 'outlets'] as const;

export function buildSearchIndex(data: Pick<EventList, 'events' | 'sources'>): SearchIndex {
  const index = createSearchIndex();
  index.mini.addAll(searchDocs(data));
  return index;
}

/** An empty index with the search options (filled with searchDocs, at once or in chunks). */
export function createSearchIndex(): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...SEARCH_FIELDS],
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      boost: { title: 2 },
    },
  });
  return { mini };
}

/** One document per event: what the search looks in. */
export function searchDocs(data: Pick<EventList, 'events' | 'sources'>): SearchDoc[] {
  const outletOf = new Map(data.sources.map((s) => [s.id, `${s.outlet} ${s.agency}`]));
  return data.events.map((e) => ({
    id: e.id,
    title: e.title,
    summary: e.summary,
    quotes: e.evidence.map((q) => q.quote).join('\n'),
    actors: e.actors.join('\n'),
    outlets: [...new Set(e.evidence.map((q) => outletOf.get(q.source) ?? ''))].join('\n'),
  }));
}

/** null when the query is empty (no search: everything matches). */
export function searchEvents(index: SearchIndex, query: string): SearchResult | null {
  const q = query.trim();
  if (q === '') return null;
  const results = index.mini.search(q);
  const ids = new Set<string>();
  const terms = new Set<string>();
  for (const r of results) {
    ids.add(String(r.id));
    for (const t of r.terms) terms.add(t);
  }
  return { ids, terms: [...terms] };
}
