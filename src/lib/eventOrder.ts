/**
 * Date order for walking events (the details panel's Previous/Next).
 * An event sorts by the first day it may have happened: its start, or for an undated
 * ("before") event the day by which it had happened. Ties: an undated event first (it
 * happened before that day), then end day, then title, then id, so the order is total. Pure.
 */
import type { TimelineEvent } from './schema';
import { positionsById } from './eventIndex';
import { firstKnownDay, lastKnownDay } from './dateBounds';
import { compareDays } from './days';

export function dateSortKey(e: Pick<TimelineEvent, 'date'>): string {
  return firstKnownDay(e.date);
}

export function compareByDate(a: TimelineEvent, b: TimelineEvent): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  if (ka !== kb) return compareDays(ka, kb);
  const ua = a.date.precision === 'before' ? 0 : 1;
  const ub = b.date.precision === 'before' ? 0 : 1;
  if (ua !== ub) return ua - ub;
  const [ea, eb] = [lastKnownDay(a.date), lastKnownDay(b.date)];
  if (ea !== eb) return compareDays(ea, eb);
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.toSorted(compareByDate);
}

export interface Neighbours {
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  /** 1-based position among `events`, or 0 when `id` is not among them. */
  position: number;
  total: number;
}

const orderedCache = new WeakMap<readonly TimelineEvent[], TimelineEvent[]>();

/**
 * Records that `events` is already in date order (e.g. the visible events, filtered from a sorted
 * list), so neighbours() uses it as it is instead of sorting a copy.
 */
export function knownDateOrdered<T extends readonly TimelineEvent[]>(events: T): T {
  orderedCache.set(events, events as unknown as TimelineEvent[]);
  return events;
}

/**
 * `events` in date order, sorted once per array (the store's lists are immutable): the one date-order cache,
 * shared by the visible list (visible.ts) and the details panel's neighbours.
 */
export function sortedOnce(events: readonly TimelineEvent[]): TimelineEvent[] {
  let o = orderedCache.get(events);
  if (!o) {
    o = sortByDate(events);
    orderedCache.set(events, o);
  }
  return o;
}

/**
 * The events before and after `id` in date order among `events` (any order in).
 * When `id` is not among them (filtered out), previous/next are the nearest events
 * in date order around where it would sit, given its own event `self` when known.
 */
export function neighbours(events: readonly TimelineEvent[], id: string, self?: TimelineEvent): Neighbours {
  // Cached order and position index: walking or selecting at 10,000 events does not re-sort them.
  const ordered = sortedOnce(events);
  const i = positionsById(ordered).get(id) ?? -1;
  if (i !== -1) {
    return { previous: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null, position: i + 1, total: ordered.length };
  }
  if (!self) return { previous: null, next: null, position: 0, total: ordered.length };
  const after = ordered.findIndex((e) => compareByDate(self, e) < 0);
  const cut = after === -1 ? ordered.length : after;
  return { previous: ordered[cut - 1] ?? null, next: ordered[cut] ?? null, position: 0, total: ordered.length };
}
