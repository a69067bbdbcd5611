import { describe, expect, it } from 'vitest';
import { dataSpan, nearestPoint } from './useTimelineSync';
import { eventSpan } from '../../lib/timelineItems';
import type { TimelineEvent } from '../../lib/schema';

const ev = (date: Partial<TimelineEvent['date']>): TimelineEvent =>
  ({
    id: 'x',
    title: 'x',
    themes: ['t'],
    evidence: [],
    date: { precision: 'day', ...date },
  }) as unknown as TimelineEvent;

describe('nearestPoint: where a neighbour is seen from the selected event', () => {
  const day = ev({ start: '2020-07-24', end: '2020-07-24' });
  const [at] = eventSpan(day);

  it('a range ending before the event: its last moment, not its start a year earlier', () => {
    const year = ev({ precision: 'year', start: '2019-01-01', end: '2019-12-31' });
    expect(nearestPoint(year, at, at)).toBe(eventSpan(year)[1]);
  });

  it('a range starting after the event: its first moment', () => {
    const month = ev({ precision: 'month', start: '2020-09-01', end: '2020-09-30' });
    expect(nearestPoint(month, at, at)).toBe(eventSpan(month)[0]);
  });

  it('a range over the event: the event itself (already in view with it)', () => {
    const year = ev({ precision: 'year', start: '2020-01-01', end: '2020-12-31' });
    expect(nearestPoint(year, at, at)).toBe(at);
  });

  it('an undated neighbour: its "before" day', () => {
    const before = ev({ precision: 'before', start: null, end: '2020-06-03' });
    expect(nearestPoint(before, at, at)).toBe(eventSpan(before)[1]);
  });
});

describe('dataSpan: room for a box centred on the first or last day', () => {
  const first = ev({ start: '1963-08-09', end: '1963-08-09' });
  const last = ev({ start: '2012-02-11', end: '2012-02-11' });
  const [a] = eventSpan(first);
  const [b] = eventSpan(last);
  /** How many px lie between the first day and the window's left edge on a canvas `px` wide. */
  const roomPx = (px: number) => {
    const w = dataSpan([first, last], px)!;
    return ((a - w.start) / (w.end - w.start)) * px;
  };

  it('leaves half the widest box (100 px) each side at 970 px, and the same on the right', () => {
    expect(roomPx(970)).toBeGreaterThanOrEqual(99.9);
    const w = dataSpan([first, last], 970)!;
    expect(w.end - b).toBeCloseTo(a - w.start, 0);
  });

  it('leaves 15% of a phone canvas (boxes are narrower there)', () => {
    expect(roomPx(350)).toBeGreaterThanOrEqual(0.15 * 350 - 0.1);
  });

  it('keeps a tenth of the span without a width, and a day for a single day', () => {
    const w = dataSpan([first, last])!;
    expect((a - w.start) / (b - a)).toBeCloseTo(0.1, 5);
    const one = dataSpan([first], 970)!;
    expect(a - one.start).toBe(86_400_000);
    expect(dataSpan([], 970)).toBeNull();
  });
});
