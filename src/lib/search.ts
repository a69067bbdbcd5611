/**
 * Full-text search over the events (pure, no React): titles, summaries, evidence quotes,
 * actors and the outlets of the sources. Prefix matching via minisearch, and typo tolerance where it is needed:
 * a word of the query that matches (or starts) a word of the list is taken as written; only a word that matches
 * nothing is searched fuzzily ("Gnatz" finds Gantz, "missle" missiles), so exact searches get no noisier.
 * British and American spellings are one word (spelling.ts): "defense" finds "defence" too.
 * Returns the matching event ids and the document terms that matched (every spelling), for highlighting.
 */
import MiniSearch from 'minisearch';
import type { EventList } from './schema';
import { canonicalSpelling, variantsOf } from './spelling';

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
    // "defence" and "defense" are one term (spelling.ts), in the index and in every query.
    processTerm: (term) => canonicalSpelling(term),
    searchOptions: {
      prefix: true,
      fuzzy: false,
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
  const results = index.mini.search({ combineWith: 'AND', queries: termQueries(index, q) });
  const ids = new Set<string>();
  const terms = new Set<string>();
  for (const r of results) {
    ids.add(String(r.id));
    for (const t of r.terms) for (const v of variantsOf(t)) terms.add(v);
  }
  return { ids, terms: [...terms] };
}

/**
 * Edits allowed for a query word that matches nothing as written: none up to 3 letters, one for 4, two from 5
 * (a swap of two letters, "Gnatz" for "Gantz", is two edits to minisearch's Levenshtein distance).
 */
export function typoDistance(word: string): number | false {
  const n = [...word].length;
  return n <= 3 ? false : n === 4 ? 1 : 2;
}

/** One sub-query per word of the query: as written (prefix) when the list has it, else fuzzy (typoDistance). */
function termQueries(index: SearchIndex, q: string) {
  const { mini } = index;
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const words = tokenize(q).filter((w) => w.trim() !== '');
  return words.map((w) => {
    const known = mini.search(w, { prefix: true, fuzzy: false }).length > 0;
    return { queries: [w], fuzzy: known ? false : typoDistance(w.toLowerCase()) };
  });
}
