/** Runs the proposer in a worker (loaded on first use) and reports progress. */
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { EventList } from '../../lib/schema';
import type { ProposeReply, ProposeRequest } from './proposeWorker';

export function runProposer(
  article: ArticleInput,
  list: EventList,
  onProgress: (fraction: number) => void,
): Promise<Proposal[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./proposeWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<ProposeReply>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m.fraction);
      else {
        worker.terminate();
        if (m.kind === 'done') resolve(m.proposals);
        else reject(new Error(m.message));
      }
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the proposer stopped'));
    });
    const request: ProposeRequest = { article, events: list.events, themes: list.themes };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker has no target origin
    worker.postMessage(request);
  });
}
