// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventList } from '../../lib/schema';
import type { ArticleInput, Proposal } from '../../lib/propose/types';
import { usePreparedReview } from './usePreparedReview';

const prepared: ArticleInput[] = [];
vi.mock('./runProposer', () => ({
  PREPARE_MAX_CHARS: 100,
  prepareProposals: (a: ArticleInput) => {
    prepared.push(a);
    const date = {
      start: a.published,
      end: a.published,
      precision: 'day' as const,
      expression: 'today',
      basis: 'test',
    };
    const quote = { text: a.text, start: 0, end: a.text.length };
    const p: Proposal = {
      key: `p-${a.text}`,
      title: a.text,
      summary: '',
      status: 'reported',
      date,
      quote,
      actors: [],
      themes: [],
    };
    return Promise.resolve([p]);
  },
}));

const LIST = { events: [], themes: [], sources: [] } as unknown as EventList;
const TODAY = '2026-12-01';
type Props = { active: boolean; text: string; published: string; list: EventList };
const start: Props = { active: true, text: 'Talks\r\non Friday.', published: '2020-07-24', list: LIST };
const hook = (initial: Props) =>
  renderHook((p: Props) => usePreparedReview(p.active, p.list, p, TODAY), { initialProps: initial });
/** Lets the 250 ms pass and the prepared proposals arrive. */
const idle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(300);
  });

beforeEach(() => {
  vi.useFakeTimers();
  prepared.length = 0;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('usePreparedReview', () => {
  it('prepares the proposals once the text and the day have been still for 250 ms, line breaks as kept', async () => {
    const h = hook(start);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(prepared).toHaveLength(0);
    await idle();
    expect(prepared.map((a) => [a.text, a.published])).toEqual([['Talks\non Friday.', '2020-07-24']]);
    expect(h.result.current.prepared).toMatchObject({ text: 'Talks\non Friday.', published: '2020-07-24' });
    expect(h.result.current.prepared!.drafts.map((d) => d.key)).toEqual(['p-Talks\non Friday.']);
  });

  it('is not the form’s any more once its text, day or list changed, and is prepared again', async () => {
    const h = hook(start);
    await idle();
    h.rerender({ ...start, text: 'Talks on Monday.' });
    expect(h.result.current.prepared).toBeNull();
    await idle();
    expect(h.result.current.prepared!.text).toBe('Talks on Monday.');
    h.rerender({ ...start, text: 'Talks on Monday.', list: { ...LIST } });
    expect(h.result.current.prepared).toBeNull();
    expect(prepared).toHaveLength(2);
  });

  const preparesNothing =
    'prepares nothing without a text, with a day that is not real or in the future, a long text, or inactive';
  it(preparesNothing, async () => {
    for (const p of [
      { ...start, text: '  ' },
      { ...start, published: '2020-02-30' },
      { ...start, published: '2027-01-01' },
      { ...start, text: 'x'.repeat(101) },
      { ...start, active: false },
    ]) {
      const h = hook(p);
      await idle();
      expect(h.result.current.prepared).toBeNull();
      h.unmount();
    }
    expect(prepared).toHaveLength(0);
  });

  it('hands the prepared review over once: after it was taken, a new one is drawn', async () => {
    const h = hook(start);
    await idle();
    const first = h.result.current.prepared!;
    let taken: unknown;
    act(() => {
      taken = h.result.current.take();
    });
    expect(taken).toBe(first);
    expect(h.result.current.prepared).toBeNull();
    h.rerender({ ...start, active: false });
    h.rerender(start);
    await idle();
    expect(h.result.current.prepared!.key).not.toBe(first.key);
  });
});
