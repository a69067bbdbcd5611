/**
 * The proposer off the main thread: a long article is read without freezing the page, and its
 * progress reaches the dialog. Same-origin worker script (the CSP's script-src 'self' allows it).
 * A "warm" request runs the proposer once on two made-up sentences, so the first real proposal does
 * not pay for compromise's lexicon and the engine's first-run compilation.
 */
import { proposeEvents } from '../../lib/propose/propose';
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import type { Theme, TimelineEvent } from '../../lib/schema';

export type ProposeRequest =
  | { kind: 'warm'; id: number }
  | { kind: 'propose'; id: number; article: ArticleInput; events: TimelineEvent[]; themes: Theme[] };

export type ProposeReply =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; proposals: Proposal[] }
  | { kind: 'error'; id: number; message: string };

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker posts to its page
const post = (m: ProposeReply) => (self as unknown as { postMessage(m: ProposeReply): void }).postMessage(m);

const WARM_UP =
  'Defence Minister Rajnath Singh spoke with his counterpart Mr Benny Gantz on Friday, officials said. ' +
  'Israel Aerospace Industries has supplied missiles to the Indian Army over the last few years.';

self.addEventListener('message', (e: MessageEvent<ProposeRequest>) => {
  const r = e.data;
  if (r.kind === 'warm') {
    try {
      proposeEvents({ id: 'warm-up', text: WARM_UP, published: '2020-07-24' }, { events: [], themes: [] });
    } catch {
      // only a warm-up: the real request reports its own error
    }
    return;
  }
  try {
    let last = 0;
    const proposals = proposeEvents(r.article, {
      events: r.events,
      themes: r.themes,
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ kind: 'progress', id: r.id, fraction });
        }
      },
    });
    post({ kind: 'done', id: r.id, proposals });
  } catch (err) {
    post({ kind: 'error', id: r.id, message: err instanceof Error ? err.message : String(err) });
  }
});
