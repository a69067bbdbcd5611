/**
 * Runs the proposer in a worker (loaded on first use) and reports progress. The "Add an article" dialog
 * starts the worker when it opens (warmProposer), so compromise's code and lexicon are loaded and warm by
 * the time the analyst has pasted an article and its date; it is let go when the dialog closes.
 */
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { EventList } from '../../lib/schema';
import type { ProposeReply, ProposeRequest } from './proposeWorker';

interface Pending {
  resolve: (p: Proposal[]) => void;
  reject: (e: Error) => void;
  onProgress: (fraction: number) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function proposerWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./proposeWorker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<ProposeReply>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') return p.onProgress(m.fraction);
    pending.delete(m.id);
    if (m.kind === 'done') p.resolve(m.proposals);
    else p.reject(new Error(m.message));
  });
  w.addEventListener('error', (e) => failAll(e.message || 'the proposer stopped'));
  const warm: ProposeRequest = { kind: 'warm', id: 0 };
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker has no target origin
  w.postMessage(warm);
  worker = w;
  return w;
}

/** Load and warm the proposer now (the dialog opened): its first proposal then costs no start-up. */
export function warmProposer(): void {
  proposerWorker();
}

/** The dialog closed: let the worker go (a proposal still running is refused). */
export function releaseProposer(): void {
  if (worker) failAll('the dialog was closed');
}

export function runProposer(
  article: ArticleInput,
  list: EventList,
  onProgress: (fraction: number) => void,
): Promise<Proposal[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const w = proposerWorker();
    pending.set(id, { resolve, reject, onProgress });
    const request: ProposeRequest = { kind: 'propose', id, article, events: list.events, themes: list.themes };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker has no target origin
    w.postMessage(request);
  });
}
