/**
 * Date order for events of any precision, without inventing dates: an event is placed by its
 * first known day; an undated "before" event is placed at the day by which it had happened,
 * ahead of dated events on that same day (it happened no later than them).
 */
import type { TimelineEvent } from '../schema';

export function eventSortKey(e: TimelineEvent): string {
  return e.date.start ?? e.date.end;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ka = eventSortKey(a);
  const kb = eventSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const ba = a.date.precision === 'before' ? 0 : 1;
  const bb = b.date.precision === 'before' ? 0 : 1;
  if (ba !== bb) return ba - bb;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.toSorted(compareEvents);
}
