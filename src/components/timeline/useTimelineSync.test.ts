import { describe, expect, it } from 'vitest';
import { nearestPoint } from './useTimelineSync';
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
