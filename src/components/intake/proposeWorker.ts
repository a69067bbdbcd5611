/**
 * The proposer off the main thread: a long article is read without freezing the page, and its
 * progress reaches the dialog. Same-origin worker script (the CSP's script-src 'self' allows it).
 * The page runs two of these: the main one proposes; for a long article it hands the second half of
 * the sentences to parse (the costly part) to the helper, through the page, and parses the first
 * half meanwhile (two cores). A "warm" request runs the proposer a few times on made-up sentences,
 * against the event list to come, so the first real proposal pays neither for compromise's lexicon
 * and the engine's first-run compilation nor for learning the list; the list is sent once and kept.
 */
import type { ParsedSentence } from '../../lib/propose/parse';
import {
  finishProposals,
  parseTexts,
  planProposals,
  proposeEvents,
  PARSE_BATCH,
  type ProposalPlan,
} from '../../lib/propose/propose';
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { Theme, TimelineEvent } from '../../lib/schema';

export interface ListPart {
  events: TimelineEvent[];
  themes: Theme[];
}

export type ProposeRequest =
  /** `list`: the event list the next proposals go against (kept until another is sent). */
  | { kind: 'warm'; id: number; list?: ListPart }
  | { kind: 'propose'; id: number; article: ArticleInput; list?: ListPart }
  /** To the helper: parse these texts. To the main worker: the helper's parse of the texts it handed over. */
  | { kind: 'parse'; id: number; texts: string[] }
  | { kind: 'parsed'; id: number; parsed: ParsedSentence[] };

export type ProposeReply =
  | { kind: 'progress'; id: number; fraction: number }
  /** The main worker hands these texts (the last ones of `total`) to the helper. */
  | { kind: 'help'; id: number; texts: string[]; total: number }
  /** The helper has parsed this many of its texts. */
  | { kind: 'helped'; id: number; parsed: number }
  | { kind: 'parsed'; id: number; parsed: ParsedSentence[] }
  | { kind: 'done'; id: number; proposals: Proposal[] }
  | { kind: 'error'; id: number; message: string };

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker posts to its page
const post = (m: ProposeReply) => (self as unknown as { postMessage(m: ProposeReply): void }).postMessage(m);

const WARM_UP =
  'Defence Minister Rajnath Singh spoke with his counterpart Mr Benny Gantz on Friday, officials said. ' +
  'Israel Aerospace Industries has supplied missiles to the Indian Army over the last few years. ' +
  '"We hope that the research will help," Gantz said on Thursday. ' +
  'An Israeli delegation will arrive in India next week to set up testing sites (DRDO) in New Delhi.';
/** Rounds of the warm-up (at most): the engine compiles the hot code after a few runs, not after one. */
const WARM_ROUNDS = 4;
/** A long article is split between the two workers when it has more texts to parse than this. */
const SPLIT_OVER = 2 * PARSE_BATCH;

let list: ListPart = { events: [], themes: [] };
/**
 * A long article whose first half is parsed, waiting for the helper's second half (which can only arrive
 * after this worker is done with its half: one thread, messages in turn).
 */
const waiting = new Map<number, { plan: ProposalPlan; own: ParsedSentence[] }>();

/** Requests received: a warm-up round does not run once a real request came (it would only delay it). */
let requests = 0;

function warm(round = 0): void {
  if (requests > 0 || round >= WARM_ROUNDS) return;
  try {
    proposeEvents(
      { id: 'warm-up', text: WARM_UP, published: '2020-07-24' },
      { events: list.events, themes: list.themes },
    );
  } catch {
    // only a warm-up: the real request reports its own error
  }
  // each round is a task of its own, so that a request waits for one round at most
  setTimeout(() => warm(round + 1), 0);
}

function propose(id: number, article: ArticleInput): void {
  let last = 0;
  const progress = (fraction: number) => {
    if (fraction - last >= 0.02 || fraction === 1) {
      last = fraction;
      post({ kind: 'progress', id, fraction });
    }
  };
  progress(0);
  const plan = planProposals(article);
  progress(0.2);
  const total = plan.texts.length;
  // the helper takes whole batches from the end (the batches stay those one worker would parse), a few more
  // than half: this worker has read the article's dates meanwhile (about a tenth of the work)
  const mine = total > SPLIT_OVER ? Math.floor((0.45 * total) / PARSE_BATCH) * PARSE_BATCH : total;
  if (mine < total) post({ kind: 'help', id, texts: plan.texts.slice(mine), total });
  const own = parseTexts(plan.texts.slice(0, mine), (n) => progress(0.2 + (0.7 * n) / total));
  if (mine === total) return finish(id, plan, own);
  waiting.set(id, { plan, own });
}

function finish(id: number, plan: ProposalPlan, parsed: ParsedSentence[]): void {
  waiting.delete(id);
  post({ kind: 'done', id, proposals: finishProposals(plan, parsed, list) });
}

self.addEventListener('message', (e: MessageEvent<ProposeRequest>) => {
  const r = e.data;
  try {
    if ((r.kind === 'warm' || r.kind === 'propose') && r.list) list = r.list;
    if (r.kind === 'warm') return warm();
    requests++;
    if (r.kind === 'propose') return propose(r.id, r.article);
    if (r.kind === 'parse') {
      const parsed = parseTexts(r.texts, (n) => post({ kind: 'helped', id: r.id, parsed: n }));
      return post({ kind: 'parsed', id: r.id, parsed });
    }
    const w = waiting.get(r.id);
    if (w) finish(r.id, w.plan, [...w.own, ...r.parsed]);
  } catch (err) {
    waiting.delete(r.id);
    post({ kind: 'error', id: r.id, message: err instanceof Error ? err.message : String(err) });
  }
});
