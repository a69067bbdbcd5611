/**
 * Measuring the proposer against curated events (issue 16, "Quality measured"): for one article, which
 * curated events' dates the proposals recall (same date, and a quote that is one of the event's
 * sentences), which proposals an analyst could accept unchanged (date and quote exactly an event's),
 * and which proposals match no curated event at all. Pure: scripts/eval/propose.ts runs it on the seeds.
 */
import type { EventList, TimelineEvent } from '../schema';
import type { Proposal } from './types';

export interface ArticleScore {
  source: string;
  proposals: number;
  /** Curated events with evidence from this article. */
  events: number;
  recalled: string[];
  missed: string[];
  /** Proposals whose date and quote are exactly a curated event's date and one of its quotes. */
  unchanged: number;
  /** Proposals whose quote is no sentence of any curated event of this article. */
  falseProposals: { key: string; title: string; quote: string }[];
  /** Themes suggested on proposals that match a curated event: how many are among that event's themes. */
  themes: { suggested: number; right: number; expected: number; found: number };
  /** Proposals offered as more evidence for an existing event: proposal key → event id. */
  corroborations: Record<string, string>;
}

/** The context an article is proposed against "as if new": the other articles' evidence only. */
export function contextWithout(doc: EventList, sourceId: string): TimelineEvent[] {
  return doc.events
    .map((e) => ({ ...e, evidence: e.evidence.filter((q) => q.source !== sourceId) }))
    .filter((e) => e.evidence.length > 0);
}

const sameDate = (p: Proposal, e: TimelineEvent, published: string) =>
  p.date.precision === e.date.precision &&
  p.date.start === e.date.start &&
  // an undated event is "before" the publication of the article that reports it
  (p.date.end === e.date.end || (e.date.precision === 'before' && p.date.end === published));

/**
 * Overlapping offsets: the proposal's sentence and a curated quote are the same passage (a quote may
 * be a clause of it).
 */
const samePassage = (p: Proposal, q: { start: number; end: number }) => p.quote.start < q.end && q.start < p.quote.end;

export function scoreArticle(doc: EventList, sourceId: string, proposals: Proposal[]): ArticleScore {
  const published = doc.sources.find((s) => s.id === sourceId)!.published;
  const events = doc.events.filter((e) => e.evidence.some((q) => q.source === sourceId));
  const quotesOf = (e: TimelineEvent) => e.evidence.filter((q) => q.source === sourceId);
  const recalled: string[] = [];
  const missed: string[] = [];
  for (const e of events) {
    const hit = proposals.some((p) => sameDate(p, e, published) && quotesOf(e).some((q) => samePassage(p, q)));
    (hit ? recalled : missed).push(e.id);
  }
  const unchanged = proposals.filter((p) =>
    events.some(
      (e) => sameDate(p, e, published) && quotesOf(e).some((q) => q.start === p.quote.start && q.end === p.quote.end),
    ),
  ).length;
  const falseProposals = proposals
    .filter((p) => !events.some((e) => quotesOf(e).some((q) => samePassage(p, q))))
    .map((p) => ({ key: p.key, title: p.title, quote: p.quote.text }));
  const themes = { suggested: 0, right: 0, expected: 0, found: 0 };
  for (const p of proposals) {
    const matched = events.filter((e) => quotesOf(e).some((q) => samePassage(p, q)));
    if (!matched.length) continue;
    const want = new Set(matched.flatMap((e) => e.themes));
    const got = p.themes.map((t) => t.id);
    themes.suggested += got.length;
    themes.right += got.filter((t) => want.has(t)).length;
    // recall against the best-matching event (one sentence may serve several events)
    const best = Math.max(...matched.map((e) => e.themes.filter((t) => got.includes(t)).length / e.themes.length));
    themes.expected += 1;
    themes.found += best;
  }
  const corroborations: Record<string, string> = {};
  for (const p of proposals) if (p.corroborates) corroborations[p.key] = p.corroborates.eventId;
  return {
    source: sourceId,
    proposals: proposals.length,
    events: events.length,
    recalled,
    missed,
    unchanged,
    falseProposals,
    themes,
    corroborations,
  };
}
