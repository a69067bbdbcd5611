/**
 * The analyst's review of proposals (issue 16): each proposal becomes an editable draft; accepted
 * drafts become curated events (data/events.curated.json form) that must build with the pipeline's
 * own code before anything is kept: a verbatim quote at its offsets and a date resolved from the
 * article's words, with its basis. Pure.
 */
import type { EventList, Status, TimelineEvent } from '../schema';
import { eventSchema, formatProblem } from '../schema';
import type { CuratedEvent } from '../extract/inputs';
import type { Proposal } from '../propose/types';
import { buildArticleEvents } from './build';
import { eventId } from '../propose/ids';
import type { ArticleRecord } from './records';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface DraftQuote {
  text: string;
  start: number;
  end: number;
}

export interface Draft {
  key: string;
  title: string;
  summary: string;
  status: Status;
  /** The article's words that date it (must be inside one of the quotes). */
  expression: string;
  /** Reported with no time: "before" the publication day. */
  undated: boolean;
  themes: string[];
  actors: string[];
  quotes: DraftQuote[];
  /** What the proposer suggested, shown beside the draft. */
  proposedDate: Proposal['date'] | null;
  themeTriggers: Record<string, string[]>;
  /** More evidence for an event already on the timeline (accepting adds the quote to it). */
  corroborates?: { eventId: string; title: string; reason: string } | undefined;
  decision: Decision;
}

export function draftFromProposal(p: Proposal): Draft {
  return {
    key: p.key,
    title: p.title,
    summary: p.summary,
    status: p.status,
    expression: p.date.expression,
    undated: p.date.precision === 'before',
    themes: p.themes.map((t) => t.id),
    actors: [...p.actors],
    quotes: [{ ...p.quote }],
    proposedDate: p.date,
    themeTriggers: Object.fromEntries(p.themes.map((t) => [t.id, t.triggers])),
    corroborates: p.corroborates,
    decision: 'pending',
  };
}

/** A draft for a passage the analyst selected: no date yet (they type the expression). */
export function draftFromSelection(text: string, start: number, end: number, published: string): Draft {
  return {
    key: `s-${start}-${end}`,
    title: '',
    summary: '',
    status: published ? 'reported' : 'reported',
    expression: '',
    undated: false,
    themes: [],
    actors: [],
    quotes: [{ text: text.slice(start, end), start, end }],
    proposedDate: null,
    themeTriggers: {},
    decision: 'pending',
  };
}

/** Several drafts about one happening as one: the first's fields, every quote in article order. */
const union = (xs: string[][]) => [...new Set(xs.flat())];

export function mergeDrafts(drafts: readonly Draft[]): Draft {
  const [first, ...rest] = drafts;
  if (!first) throw new Error('nothing to merge');
  const quotes = drafts.flatMap((d) => d.quotes).toSorted((a, b) => a.start - b.start);
  const unique = quotes.filter((q, i) => i === 0 || q.start !== quotes[i - 1]!.start || q.end !== quotes[i - 1]!.end);
  return {
    ...first,
    key: drafts.map((d) => d.key).join('+'),
    themes: union([first.themes, ...rest.map((d) => d.themes)]),
    actors: union([first.actors, ...rest.map((d) => d.actors)]),
    quotes: unique,
    themeTriggers: Object.assign({}, ...drafts.map((d) => d.themeTriggers)) as Record<string, string[]>,
    corroborates: undefined,
    decision: 'pending',
  };
}

/** 1-based occurrence of the quote at `start`, when the quote occurs more than once (the pipeline then needs it). */
export function occurrenceAt(text: string, quote: string, start: number): number | undefined {
  let n = 0;
  let at: number | undefined;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    n++;
    if (i === start) at = n;
  }
  return n > 1 ? at : undefined;
}

export function curatedEvidence(text: string, source: string, q: DraftQuote): CuratedEvent['evidence'][number] {
  const occurrence = occurrenceAt(text, q.text, q.start);
  return occurrence ? { source, quote: q.text, occurrence } : { source, quote: q.text };
}

export function toCurated(d: Draft, article: ArticleRecord, id: string): CuratedEvent {
  const date: CuratedEvent['date'] = { expression: d.expression.trim(), source: article.id };
  if (d.undated) date.undated = true;
  return {
    id,
    title: d.title.trim(),
    // The summary is the analyst's; left empty, the title stands for it (the schema needs one).
    summary: d.summary.trim() || d.title.trim(),
    status: d.status,
    date,
    themes: d.themes,
    actors: d.actors.map((a) => a.trim()).filter(Boolean),
    evidence: d.quotes.map((q) => curatedEvidence(article.text, article.id, q)),
  };
}

export interface AcceptedSet {
  events: CuratedEvent[];
  built: TimelineEvent[];
  /** Quotes for events already on the timeline. */
  evidence: { eventId: string; evidence: CuratedEvent['evidence'][number] }[];
}

/** Every accepted draft checked as the pipeline checks it; the set, or every problem by draft key. */
export function acceptDrafts(
  article: ArticleRecord,
  drafts: readonly Draft[],
  list: EventList,
): { ok: true; value: AcceptedSet } | { ok: false; problems: { key: string; message: string }[] } {
  const problems: { key: string; message: string }[] = [];
  const taken = new Set(list.events.map((e) => e.id));
  const events: CuratedEvent[] = [];
  const built: TimelineEvent[] = [];
  const evidence: AcceptedSet['evidence'] = [];
  for (const d of drafts) {
    if (d.decision !== 'accepted') continue;
    const bad = (message: string) => problems.push({ key: d.key, message });
    for (const q of d.quotes)
      if (article.text.slice(q.start, q.end) !== q.text) bad(`the quote is not at ${q.start}–${q.end} of the article`);
    if (d.corroborates) {
      if (!taken.has(d.corroborates.eventId)) bad(`the event “${d.corroborates.title}” is no longer on the timeline`);
      else
        d.quotes.forEach((q) =>
          evidence.push({ eventId: d.corroborates!.eventId, evidence: curatedEvidence(article.text, article.id, q) }),
        );
      continue;
    }
    if (!d.title.trim()) bad('the title is empty');
    if (d.themes.length === 0) bad('choose at least one theme');
    if (!d.expression.trim()) bad('the date expression is empty: type the article’s words that date it');
    if (problems.some((p) => p.key === d.key)) continue;
    const draftEvent = toCurated(d, article, 'draft');
    const r = buildArticleEvents(article, [draftEvent], list.themes, list.title);
    if (!r.ok) {
      r.problems.forEach((m) => bad(m.replace(/^events of \S+ \[draft\] /, '')));
      continue;
    }
    const id = eventId(r.events[0]!.date, d.title, taken);
    taken.add(id);
    const event = { ...draftEvent, id };
    const check = eventSchema.safeParse({ ...r.events[0], id });
    if (!check.success) {
      check.error.issues.forEach((i) =>
        bad(formatProblem({ file: 'event', field: i.path.join('.'), message: i.message })),
      );
      continue;
    }
    events.push(event);
    built.push(check.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { events, built, evidence } };
}
