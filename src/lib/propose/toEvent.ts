/**
 * From accepted proposals to events: proposalToEvent (what "Accept" adds), mergeProposals (several
 * sentences about one happening → one event with several quotes) and checkEvent (the same zod
 * schema and quote check as the pipeline). Pure.
 */
import { eventSchema, PRECISIONS, type EventDate, type InputProblem, type Status, type TimelineEvent } from '../schema';
import { locateQuote } from '../quotes';
import { eventId } from './ids';
import type { Proposal, ProposedTheme } from './types';

export interface EventOverrides {
  id?: string;
  title?: string;
  summary?: string;
  status?: Status;
  date?: EventDate;
  themes?: string[];
  actors?: string[];
  /** Ids already used: a generated id avoids them. */
  existingIds?: Iterable<string>;
}

type Quote = Proposal['quote'];
const quotesOf = (p: Proposal): Quote[] => [p.quote, ...(p.moreQuotes ?? [])];

export function proposalToEvent(p: Proposal, sourceId: string, overrides: EventOverrides = {}): TimelineEvent {
  const title = (overrides.title ?? p.title).trim();
  const date = overrides.date ?? p.date;
  return {
    id: overrides.id ?? eventId(date, title, overrides.existingIds),
    title,
    // the schema wants a summary: left empty by the analyst, it is the title (our words, nothing more)
    summary: (overrides.summary ?? p.summary).trim() || title,
    status: overrides.status ?? p.status,
    date: { ...date },
    themes: overrides.themes ?? p.themes.map((t) => t.id),
    actors: overrides.actors ?? [...p.actors],
    evidence: dedupeQuotes(quotesOf(p)).map((q) => ({ source: sourceId, quote: q.text, start: q.start, end: q.end })),
  };
}

/** One proposal from two about the same happening: the more exact date leads; quotes, actors, themes joined. */
export function mergeProposals(a: Proposal, b: Proposal): Proposal {
  const [lead, other] = exactness(b.date) > exactness(a.date) ? [b, a] : [a, b];
  const quotes = dedupeQuotes([...quotesOf(lead), ...quotesOf(other)]);
  const moreQuotes = quotes.filter((q) => q.start !== lead.quote.start || q.end !== lead.quote.end);
  const merged: Proposal = {
    ...lead,
    key: `${lead.key}+${other.key}`,
    summary: [lead.summary, other.summary].filter((s) => s.trim()).join(' '),
    actors: [...new Set([...lead.actors, ...other.actors])],
    themes: mergeThemes(lead.themes, other.themes),
    moreQuotes: moreQuotes.toSorted((x, y) => x.start - y.start),
  };
  const corroborates = lead.corroborates ?? other.corroborates;
  if (corroborates) merged.corroborates = corroborates;
  else delete merged.corroborates;
  const sameAs = [...new Set([...(lead.sameAs ?? []), ...(other.sameAs ?? [])])].filter(
    (k) => k !== a.key && k !== b.key,
  );
  if (sameAs.length) merged.sameAs = sameAs;
  else delete merged.sameAs;
  return merged;
}

/**
 * Every problem with an event built from an article: the event schema, and each quote exactly at its
 * offsets in its article's text (and found there by locateQuote, as the pipeline finds it).
 */
export function checkEvent(
  event: TimelineEvent,
  texts: ReadonlyMap<string, string> | Record<string, string>,
): InputProblem[] {
  const get = (id: string) => (texts instanceof Map ? texts.get(id) : (texts as Record<string, string>)[id]);
  const problems: InputProblem[] = [];
  const r = eventSchema.safeParse(event);
  if (!r.success) {
    for (const issue of r.error.issues) {
      problems.push({
        file: 'event',
        id: event.id,
        field: issue.path.map(String).join('.') || '(event)',
        message: issue.message,
      });
    }
  }
  event.evidence?.forEach((e, i) => {
    const text = get(e.source);
    const field = `evidence.${i}.quote`;
    if (text === undefined)
      problems.push({ file: e.source, id: event.id, field, message: `no article text for source "${e.source}"` });
    else if (text.slice(e.start, e.end) !== e.quote) {
      problems.push({
        file: e.source,
        id: event.id,
        field,
        message: `the quote is not the article's text at offsets ${e.start}-${e.end}`,
      });
    } else {
      const occurrence = occurrenceAt(text, e.quote, e.start);
      const found = locateQuote(text, e.quote, { occurrence });
      if (!found.ok || found.start !== e.start) {
        problems.push({
          file: e.source,
          id: event.id,
          field,
          message: found.ok ? 'located at other offsets' : found.error,
        });
      }
    }
  });
  return problems;
}

/** 1-based: which occurrence of `quote` in `text` starts at `start` (as the curated format's "occurrence"). */
export function occurrenceAt(text: string, quote: string, start: number): number {
  let n = 0;
  for (let i = text.indexOf(quote); i >= 0 && i <= start; i = text.indexOf(quote, i + 1)) n++;
  return Math.max(1, n);
}

function exactness(d: EventDate): number {
  return PRECISIONS.length - PRECISIONS.indexOf(d.precision);
}

function dedupeQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const k = `${q.start}:${q.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mergeThemes(a: ProposedTheme[], b: ProposedTheme[]): ProposedTheme[] {
  const out = new Map<string, ProposedTheme>();
  for (const t of [...a, ...b]) {
    const prev = out.get(t.id);
    out.set(t.id, { id: t.id, triggers: [...new Set([...(prev?.triggers ?? []), ...t.triggers])] });
  }
  return [...out.values()];
}
