/**
 * The known days of an event date, whatever its precision: "before" has no start (it ends at
 * publication), "after" has no end (it starts at publication). Pure; for sorting, placing and labels.
 */
import type { EventDate } from './schema';

type Bounds = Pick<EventDate, 'start' | 'end'>;

/** The first known day: the start, or for "before" the day by which it had happened. */
export const firstKnownDay = (d: Bounds): string => (d.start ?? d.end)!;

/** The last known day: the end, or for "after" the day from which it is expected (publication). */
export const lastKnownDay = (d: Bounds): string => (d.end ?? d.start)!;
