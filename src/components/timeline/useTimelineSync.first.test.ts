// @vitest-environment jsdom
/**
 * The first show of a link that names an event but no window: the widget is fitted to all events before the
 * event is revealed, so the reveal finds it in view and keeps the fit. Revealed first, the event was moved into
 * vis's window before any fit (a week around today), and the link sometimes kept that 6-day window.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../lib/__fixtures__/seedLike';
import { eventSpan } from '../../lib/timelineItems';
import { useStore } from '../../store/store';
import type { RevealTarget, TimelineController, TimelineWindow } from './controller';
import { useTimelineSync } from './useTimelineSync';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, expression: 'x', basis: 'y' });
const events = [
  makeEvent('a', { date: day('2019-03-01') }),
  makeEvent('b', { date: day('2020-07-23') }),
  makeEvent('c', { date: day('2021-11-30') }),
];

/** A controller whose window is vis's default (a week in 2026) until it is fitted to the events. */
function fakeTimeline(calls: string[]) {
  const all: TimelineWindow = { start: eventSpan(events[0]!)[0], end: eventSpan(events[2]!)[1] };
  let win: TimelineWindow = { start: Date.UTC(2026, 11, 1), end: Date.UTC(2026, 11, 7) };
  const ctl: Partial<TimelineController> = {
    getWindow: () => win,
    width: () => 800,
    fit: () => {
      calls.push('fit');
      win = all;
    },
    setWindow: (w) => {
      calls.push('setWindow');
      win = w;
    },
    select: () => calls.push('select') && undefined,
    reveal: (t: RevealTarget) => {
      const inView = t.start >= win.start && t.end <= win.end;
      calls.push(inView ? 'reveal (in view)' : 'reveal (moves the window)');
    },
  };
  return ctl as TimelineController;
}

afterEach(() => {
  cleanup();
  useStore.setState({ selectedId: null, window: null });
});

describe('useTimelineSync: the first show of a link naming an event', () => {
  it('fits all events first, then reveals the event already in view', () => {
    useStore.setState({ selectedId: 'b', window: null });
    const calls: string[] = [];
    const timeline = fakeTimeline(calls);
    renderHook(() => useTimelineSync(timeline, events, events, null));
    expect(calls).toEqual(['fit', 'select', 'reveal (in view)']);
  });

  it('a link with its own window is not refitted', () => {
    const win = { start: Date.UTC(2020, 6, 1), end: Date.UTC(2020, 7, 1) };
    useStore.setState({ selectedId: 'b', window: win });
    const calls: string[] = [];
    renderHook(() => useTimelineSync(fakeTimeline(calls), events, events, null));
    expect(calls).not.toContain('fit');
    expect(calls).toContain('setWindow');
  });
});
