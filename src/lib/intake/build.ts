/**
 * The events of the articles added in this browser, built by the pipeline's own code
 * (buildEventList: quotes located exactly, dates resolved from their expression), and the list the
 * app shows: the loaded list plus the added sources and events. Derived, never stored. Pure.
 * The loaded list always wins: an added record that would overwrite it is reported, not shown.
 */
import type { EventList, Source, Theme, TimelineEvent } from '../schema';
import { buildEventList, type LoadedSource } from '../extract/build';
import { locateQuote } from '../quotes';
import { compareByDate } from '../eventOrder';
import { formatProblem } from '../schema';
import type { ArticleRecord, EvidenceRecord, EventRecord } from './records';

import { addedTextPath } from './paths';
import { idsOf, prebuiltFor, themesKey, type ArticleBuild, type PrebuiltArticles } from './prebuilt';

export interface AddedProblem {
  /** The article or event the problem belongs to. */
  id: string;
  message: string;
}

export interface AddedRecords {
  articles: readonly ArticleRecord[];
  events: readonly EventRecord[];
  evidence: readonly EvidenceRecord[];
}

export interface MergedList {
  list: EventList;
  /** Events of added articles (shown "added in this browser"). */
  addedEventIds: ReadonlySet<string>;
  /** Loaded events that gained evidence from an added article. */
  corroboratedIds: ReadonlySet<string>;
  problems: AddedProblem[];
}

export function loadedSource(a: ArticleRecord): LoadedSource {
  return {
    row: {
      id: a.id,
      outlet: a.outlet,
      agency: a.agency,
      headline: a.headline,
      published: a.published,
      url: a.url,
      file: `articles/${a.id}.txt`,
    },
    text: a.text,
    sha256: a.sha256,
  };
}

export function addedSource(a: ArticleRecord): Source {
  return {
    id: a.id,
    outlet: a.outlet,
    agency: a.agency,
    headline: a.headline,
    published: a.published,
    url: a.url,
    text: addedTextPath(a.id),
    sha256: a.sha256,
  };
}

/** Build one article's events as the pipeline would: the events, or every problem. */
export function buildArticleEvents(
  article: ArticleRecord,
  events: readonly EventRecord['event'][],
  themes: readonly Theme[],
  title = 'Added articles',
): ArticleBuild {
  if (events.length === 0) return { ok: true, events: [] };
  const r = buildEventList({
    curated: { title, themes: [...themes], events: [...events] },
    curatedFile: `events of ${article.id}`,
    sources: [loadedSource(article)],
  });
  return r.ok ? { ok: true, events: r.value.events } : { ok: false, problems: r.problems.map(formatProblem) };
}

/** Build every readable article's events (in record order), as mergeAdded would with no id clash. */
export function prebuildArticles(added: AddedRecords, themes: readonly Theme[], title: string): PrebuiltArticles {
  const byArticle = new Map<string, EventRecord['event'][]>();
  for (const a of added.articles) byArticle.set(a.id, []);
  for (const r of added.events) byArticle.get(r.articleId)?.push(r.event);
  const articles: PrebuiltArticles['articles'] = new Map();
  for (const a of added.articles) {
    const events = byArticle.get(a.id)!;
    articles.set(a.id, { eventIds: idsOf(events), result: buildArticleEvents(a, events, themes, title) });
  }
  return { key: themesKey(themes, title), articles };
}

/** The loaded list with the added articles' sources and events (and extra evidence) merged in. */
export function mergeAdded(base: EventList, added: AddedRecords): MergedList {
  const problems: AddedProblem[] = [];
  if (added.articles.length === 0)
    return { list: base, addedEventIds: new Set(), corroboratedIds: new Set(), problems };
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const eventIds = new Set(base.events.map((e) => e.id));
  const sources: Source[] = [...base.sources];
  const texts = new Map<string, ArticleRecord>();
  for (const a of added.articles) {
    if (sourceIds.has(a.id)) {
      problems.push({
        id: a.id,
        message: `the article id “${a.id}” is already a source of the loaded list: not shown`,
      });
      continue;
    }
    sourceIds.add(a.id);
    sources.push(addedSource(a));
    texts.set(a.id, a);
  }
  const byArticle = new Map<string, EventRecord['event'][]>();
  for (const r of added.events) {
    if (!texts.has(r.articleId)) {
      problems.push({ id: r.id, message: `its article “${r.articleId}” is not available: not shown` });
      continue;
    }
    if (eventIds.has(r.id)) {
      problems.push({ id: r.id, message: `the event id “${r.id}” is already in the loaded list: not shown` });
      continue;
    }
    eventIds.add(r.id);
    byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r.event]);
  }
  const addedEvents: TimelineEvent[] = [];
  // Built off the main thread for exactly these records, these themes and these events, when it was (prebuilt.ts).
  const prebuilt = prebuiltFor(added, base);
  for (const [articleId, events] of byArticle) {
    const r =
      prebuilt?.(articleId, events) ?? buildArticleEvents(texts.get(articleId)!, events, base.themes, base.title);
    if (r.ok) addedEvents.push(...r.events);
    else r.problems.forEach((message) => problems.push({ id: articleId, message }));
  }
  const extra = new Map<string, TimelineEvent['evidence']>();
  for (const r of added.evidence) {
    const article = texts.get(r.articleId);
    const at = article
      ? locateQuote(article.text, r.evidence.quote, { occurrence: r.evidence.occurrence, after: r.evidence.after })
      : null;
    if (!at?.ok) {
      problems.push({
        id: r.eventId,
        message: at
          ? `more evidence from ${r.articleId}: ${at.error}`
          : `more evidence from ${r.articleId}: the article is not available`,
      });
      continue;
    }
    extra.set(r.eventId, [
      ...(extra.get(r.eventId) ?? []),
      { source: r.articleId, quote: r.evidence.quote, start: at.start, end: at.end },
    ]);
  }
  const withExtra = (e: TimelineEvent) => {
    const more = extra.get(e.id);
    return more ? { ...e, evidence: [...e.evidence, ...more] } : e;
  };
  const events = [...base.events.map(withExtra), ...addedEvents.map(withExtra)].toSorted(compareByDate);
  const known = new Set(events.map((e) => e.id));
  for (const id of extra.keys())
    if (!known.has(id))
      problems.push({ id, message: 'more evidence for an event that is not in this list: not shown' });
  return {
    list: { ...base, sources, events },
    addedEventIds: new Set(addedEvents.map((e) => e.id)),
    corroboratedIds: new Set([...extra.keys()].filter((id) => known.has(id))),
    problems,
  };
}
