/**
 * Runs the proposer in workers (loaded on first use) and reports progress. The "Add an article" dialog
 * starts them when it opens (warmProposer), so compromise's code and lexicon are loaded and warm, and the
 * event list learned, by the time the analyst has pasted an article and its date; they are let go when
 * the dialog closes. Two workers: the main one proposes, the helper parses half of a long article's
 * sentences (the page passes the texts and their parse between them).
 * Proposals depend only on the text, the publication day and the event list: once the form has a text and a
 * day, the dialog has them proposed ahead (prepareProposals), and "Propose events" takes over that run (done,
 * or still going with its progress) when nothing of the three changed since.
 */
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { EventList } from '../../lib/schema';
import type { ProposeReply, ProposeRequest } from './proposeWorker';

interface Pending {
  resolve: (p: Proposal[]) => void;
  reject: (e: Error) => void;
  onProgress: (fraction: number) => void;
  /** The main worker's last progress. */
  own: number;
  /** Set when the main worker handed texts to the helper: how many texts in all, and the helper's progress. */
  split?: { total: number; helped: number };
}

let workers: { main: Worker; helper: Worker } | null = null;
/** The event list the main worker has (sent once: it keeps it, and what it learned from it). */
let listSent: EventList | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  workers?.main.terminate();
  workers?.helper.terminate();
  workers = null;
  listSent = null;
}

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker has no target origin
const send = (w: Worker, r: ProposeRequest) => w.postMessage(r);

function onReply(m: ProposeReply): void {
  const p = pending.get(m.id);
  if (!p || !workers) return;
  const s = p.split;
  if (m.kind === 'help') {
    p.split = { total: m.total, helped: 0 };
    return send(workers.helper, { kind: 'parse', id: m.id, texts: m.texts });
  }
  if (m.kind === 'parsed') return send(workers.main, { kind: 'parsed', id: m.id, parsed: m.parsed });
  // the two workers' progress added up: the main worker's counts all texts, the helper's only its own
  if (m.kind === 'progress' || m.kind === 'helped') {
    if (m.kind === 'progress') p.own = m.fraction;
    else if (s) s.helped = (0.7 * m.parsed) / s.total;
    return p.onProgress(Math.min(1, p.own + (s?.helped ?? 0)));
  }
  pending.delete(m.id);
  if (m.kind === 'done') p.resolve(m.proposals);
  else p.reject(new Error(m.message));
}

function proposerWorker(): Worker {
  const w = new Worker(new URL('./proposeWorker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<ProposeReply>) => onReply(e.data));
  w.addEventListener('error', (e) => failAll(e.message || 'the proposer stopped'));
  return w;
}

function start(): { main: Worker; helper: Worker } {
  workers ??= { main: proposerWorker(), helper: proposerWorker() };
  return workers;
}

/** The list to send the main worker with a request: none when it already has this one. */
function listToSend(list: EventList) {
  if (list === listSent) return undefined;
  listSent = list;
  return { events: list.events, themes: list.themes };
}

/**
 * Load and warm the proposer now (the dialog opened): its first proposal then costs no start-up. With the
 * list (when known), the main worker learns it meanwhile.
 */
export function warmProposer(list: EventList | null): void {
  const fresh = !workers;
  const { main, helper } = start();
  const part = list ? listToSend(list) : undefined;
  if (fresh || part) send(main, { kind: 'warm', id: 0, ...(part ? { list: part } : {}) });
  if (fresh) send(helper, { kind: 'warm', id: 0 });
}

/** The dialog closed: let the workers go (a proposal still running is refused). */
export function releaseProposer(): void {
  prepared = null;
  if (workers) failAll('the dialog was closed');
}

/** A run started before the click, for this text, day and list. */
interface Prepared {
  input: ArticleInput;
  list: EventList;
  proposals: Promise<Proposal[]>;
  /** Its progress so far, and who is shown it (set when the click takes the run over). */
  fraction: number;
  onProgress: ((fraction: number) => void) | null;
}

let prepared: Prepared | null = null;

/**
 * Longer articles are proposed on the click only (with their progress): a run made useless by an edit is
 * waited for by the next one, which costs little on a news article and seconds on a 200 kB text.
 */
export const PREPARE_MAX_CHARS = 20_000;

const sameInput = (a: ArticleInput, b: ArticleInput) =>
  a.text === b.text && a.published === b.published && a.dayFirst === b.dayFirst;

/**
 * Propose this article now, before "Propose events" is pressed (the form has a text and a valid day): the run's
 * proposals, or null for a long article. Only the text, the day and the list count: the id and the other
 * details of `article` do not change any proposal.
 */
export function prepareProposals(article: ArticleInput, list: EventList): Promise<Proposal[]> | null {
  if (article.text.length > PREPARE_MAX_CHARS) return null;
  if (prepared && prepared.list === list && sameInput(prepared.input, article)) return prepared.proposals;
  const run: Prepared = { input: article, list, proposals: Promise.resolve([]), fraction: 0, onProgress: null };
  run.proposals = request(article, list, (fraction) => {
    run.fraction = fraction;
    run.onProgress?.(fraction);
  });
  // a failed run is not kept: the click proposes again and reports its own error
  run.proposals.catch(() => {
    if (prepared === run) prepared = null;
  });
  prepared = run;
  return run.proposals;
}

/** The proposals of `article` against `list`: the prepared run's when it is for the same text, day and list. */
export function runProposer(
  article: ArticleInput,
  list: EventList,
  onProgress: (fraction: number) => void,
): Promise<Proposal[]> {
  const run = prepared;
  if (run && run.list === list && sameInput(run.input, article)) {
    run.onProgress = onProgress;
    onProgress(run.fraction);
    return run.proposals;
  }
  return request(article, list, onProgress);
}

function request(article: ArticleInput, list: EventList, onProgress: (fraction: number) => void): Promise<Proposal[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const { main } = start();
    pending.set(id, { resolve, reject, onProgress, own: 0 });
    const part = listToSend(list);
    send(main, { kind: 'propose', id, article, ...(part ? { list: part } : {}) });
  });
}
