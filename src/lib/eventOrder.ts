/**
 * Date order of events, shared by the timeline keyboard walk, the list and the visible set.
 * An event sorts by its first known day; an undated "before X" event sorts at X (its only known day).
 */
import type { TimelineEvent } from './schema';

export function eventSortKey(e: TimelineEvent): string {
  return e.date.start ?? e.date.end;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ka = eventSortKey(a);
  const kb = eventSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events in date order (a new array; the input is not changed). */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.toSorted(compareEvents);
}
