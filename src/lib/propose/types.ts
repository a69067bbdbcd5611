/**
 * The contract of the article proposer (issue 16): what the app's "Add an article" dialog and the
 * CLI's `suggest` / `draft` commands hand in, and what they get back. Pure types; the engine is
 * src/lib/propose/propose.ts. Both doors use the same engine, so they give the same events.
 */
import type { EventDate, Status, Theme, TimelineEvent } from '../schema';

/** An article as the user brought it. `text` is final: line breaks already normalised to \n. */
export interface ArticleInput {
  /** Source id, e.g. "outlook-2022-06-03" (see articleId()). */
  id: string;
  text: string;
  /** Publication day, YYYY-MM-DD. */
  published: string;
  outlet?: string;
  agency?: string;
  headline?: string;
  url?: string;
  /** The outlet writes all-numeric dates day first (06/02/2022 = 6 Feb). Unknown: such dates are problems. */
  dayFirst?: boolean;
}

/** What the proposer knows of the events already on the timeline. */
export interface ProposeContext {
  events: readonly TimelineEvent[];
  themes: readonly Theme[];
  /** Called with 0..1 while a long article is read. */
  onProgress?: (fraction: number) => void;
}

export interface ProposedTheme {
  id: string;
  /** The article's words that suggested it, e.g. ["testing", "pandemic"]. */
  triggers: string[];
}

/** One proposed event: a sentence of the article, its date with a basis, and suggestions to edit. */
export interface Proposal {
  /** Stable within one article and one run, e.g. "p-1204-1388". */
  key: string;
  /** Suggested title: the analyst's to edit. */
  title: string;
  /** Empty: the analyst writes the summary (or leaves it). */
  summary: string;
  status: Status;
  date: EventDate;
  /** The evidence quote: exactly text.slice(start, end). */
  quote: { text: string; start: number; end: number };
  /** Offsets of the date expression inside the article (absent for undated proposals). */
  expressionAt?: { start: number; end: number };
  actors: string[];
  themes: ProposedTheme[];
  /** Set when the proposal is more evidence for an event already on the timeline. */
  corroborates?: { eventId: string; title: string; reason: string };
  /** Further evidence quotes (same article) after a merge: each exactly text.slice(start, end). */
  moreQuotes?: { text: string; start: number; end: number }[];
  /** True when nothing in the sentence dates it: "before" publication, the expression names what reports it. */
  undated?: boolean;
  /** Keys of other proposals of this article that look like the same happening (same date, shared actors). */
  sameAs?: string[];
}
