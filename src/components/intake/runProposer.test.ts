import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventList } from '../../lib/schema';
import type { ArticleInput } from '../../lib/propose/types';
import type { ProposeReply, ProposeRequest } from './proposeWorker';
import { prepareProposals, PREPARE_MAX_CHARS, releaseProposer, runProposer } from './runProposer';

/** A stand-in for the proposer's worker: each proposal is named by the text it was proposed for. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  /** Set to make the next proposal fail. */
  static failNext = false;
  received: ProposeRequest[] = [];
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(r: ProposeRequest) {
    this.received.push(r);
    if (r.kind !== 'propose') return;
    const fail = FakeWorker.failNext;
    FakeWorker.failNext = false;
    const reply = (m: ProposeReply) => this.dispatchEvent(new MessageEvent('message', { data: m }));
    setTimeout(() => {
      reply({ kind: 'progress', id: r.id, fraction: 0.5 });
      reply(
        fail
          ? { kind: 'error', id: r.id, message: 'broken' }
          : { kind: 'done', id: r.id, proposals: [{ key: r.article.text } as never] },
      );
    }, 0);
  }
  terminate() {}
}

const proposed = () => FakeWorker.made.flatMap((w) => w.received).filter((r) => r.kind === 'propose');
const list = (): EventList => ({ events: [], themes: [], sources: [] }) as unknown as EventList;
const article = (text: string, more: Partial<ArticleInput> = {}): ArticleInput => ({
  id: 'prepared',
  text,
  published: '2020-07-24',
  ...more,
});
const keys = async (p: Promise<{ key: string }[]>) => (await p).map((x) => x.key);

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  releaseProposer();
  vi.unstubAllGlobals();
});

describe('proposals prepared before the click', () => {
  it('are taken over by the click for the same text, day and list, whatever the id and other details', async () => {
    const l = list();
    prepareProposals(article('Talks on Friday.'), l);
    const progress: number[] = [];
    const click = article('Talks on Friday.', { id: 'bench-gazette-2020-07-24', outlet: 'Bench Gazette' });
    expect(await keys(runProposer(click, l, (f) => progress.push(f)))).toEqual(['Talks on Friday.']);
    expect(proposed()).toHaveLength(1);
    // the click was shown the run's progress (from where it was when taken over)
    expect(progress).toEqual([0, 0.5]);
  });

  it('are not used once the text, the day or the list changed: the click proposes again', async () => {
    const l = list();
    prepareProposals(article('Talks on Friday.'), l);
    expect(await keys(runProposer(article('Talks on Monday.'), l, () => {}))).toEqual(['Talks on Monday.']);
    expect(await keys(runProposer(article('Talks on Friday.', { published: '2020-07-25' }), l, () => {}))).toEqual([
      'Talks on Friday.',
    ]);
    expect(await keys(runProposer(article('Talks on Friday.'), list(), () => {}))).toEqual(['Talks on Friday.']);
    expect(proposed()).toHaveLength(4);
  });

  it('are prepared once per text and day, and never for a long article (it is proposed with progress)', () => {
    const l = list();
    prepareProposals(article('Talks on Friday.'), l);
    prepareProposals(article('Talks on Friday.', { outlet: 'Another' }), l);
    prepareProposals(article('x'.repeat(PREPARE_MAX_CHARS + 1)), l);
    expect(proposed().map((r) => r.kind === 'propose' && r.article.text)).toEqual(['Talks on Friday.']);
  });

  it('are forgotten when they failed or the dialog closed', async () => {
    const l = list();
    FakeWorker.failNext = true;
    prepareProposals(article('Talks on Friday.'), l);
    await new Promise((r) => setTimeout(r, 5));
    expect(await keys(runProposer(article('Talks on Friday.'), l, () => {}))).toEqual(['Talks on Friday.']);
    expect(proposed()).toHaveLength(2);
    prepareProposals(article('Talks on Monday.'), l);
    releaseProposer();
    expect(await keys(runProposer(article('Talks on Monday.'), l, () => {}))).toEqual(['Talks on Monday.']);
    expect(proposed()).toHaveLength(4);
  });
});
