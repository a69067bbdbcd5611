/**
 * Each added article's events built ahead, where the page's main thread does not wait for them (the
 * app's worker for added records, src/app/addedRecordsWorker.ts): the same buildArticleEvents as
 * mergeAdded, with every check it makes (schema, quotes at their offsets, dates from their expression).
 * mergeAdded uses a prebuilt result only for the very records object it was built for, with the same
 * themes and title, and for the very events it would build itself; anything else is built again. Pure.
 */
import type { EventList, Theme, TimelineEvent } from '../schema';

/** What buildArticleEvents returns. */
export type ArticleBuild = { ok: true; events: TimelineEvent[] } | { ok: false; problems: string[] };

export interface PrebuiltArticles {
  /** The themes and title the events were checked against (themesKey). */
  key: string;
  /** Per article: the ids of the events built, in order, and the result. */
  articles: Map<string, { eventIds: string; result: ArticleBuild }>;
}

export const themesKey = (themes: readonly Theme[], title: string): string => JSON.stringify([title, themes]);

export const idsOf = (events: readonly { id: string }[]) => events.map((e) => e.id).join('\n');

/** Keyed by the records object itself (AddedRecords, build.ts, which imports this file). */
const remembered = new WeakMap<object, PrebuiltArticles>();

/** Keep what was built for these records (the records object the store receives). */
export function rememberPrebuilt(added: object, prebuilt: PrebuiltArticles): void {
  remembered.set(added, prebuilt);
}

/** A look-up of prebuilt results valid for this merge, or null when none are. */
export function prebuiltFor(
  added: object,
  base: EventList,
): ((articleId: string, events: readonly { id: string }[]) => ArticleBuild | undefined) | null {
  const p = remembered.get(added);
  if (!p || p.key !== themesKey(base.themes, base.title)) return null;
  return (articleId, events) => {
    const built = p.articles.get(articleId);
    return built && built.eventIds === idsOf(events) ? built.result : undefined;
  };
}
