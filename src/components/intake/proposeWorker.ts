/**
 * The proposer off the main thread: a long article is read without freezing the page, and its
 * progress reaches the dialog. Same-origin worker script (the CSP's script-src 'self' allows it).
 */
import { proposeEvents } from '../../lib/propose/propose';
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { Theme, TimelineEvent } from '../../lib/schema';

export interface ProposeRequest {
  article: ArticleInput;
  events: TimelineEvent[];
  themes: Theme[];
}

export type ProposeReply =
  { kind: 'progress'; fraction: number } | { kind: 'done'; proposals: Proposal[] } | { kind: 'error'; message: string };

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker posts to its page
const post = (m: ProposeReply) => (self as unknown as { postMessage(m: ProposeReply): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<ProposeRequest>) => {
  try {
    let last = 0;
    const proposals = proposeEvents(e.data.article, {
      events: e.data.events,
      themes: e.data.themes,
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ kind: 'progress', fraction });
        }
      },
    });
    post({ kind: 'done', proposals });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
