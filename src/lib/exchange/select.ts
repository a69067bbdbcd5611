/** The exported document: a valid Briefline event list holding only the given (filtered) events. */
import type { EventList, TimelineEvent } from '../schema';
import { firstKnownDay, lastKnownDay } from '../dateBounds';
import { dayParts } from '../days';
import { tjsYear } from './importDates';

export function subsetList(data: EventList, events: readonly TimelineEvent[]): EventList {
  const used = new Set(events.flatMap((e) => e.evidence.map((x) => x.source)));
  return { ...data, sources: data.sources.filter((s) => used.has(s.id)), events: [...events] };
}

export function exportEventsJson(data: EventList, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(subsetList(data, events), null, 2)}\n`;
}

/**
 * Date parts to the precision known, as TimelineJS writes them: [year, month?, day?] of a day, the year in
 * TimelineJS's numbering (ISO -43, 44 BC, is its -44: importDates.ts tjsYear), so TimelineJS labels it "44 BCE".
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function partsOf(iso: string, precision: 'day' | 'month' | 'year'): DateParts {
  const [isoY, m, d] = dayParts(iso);
  const y = tjsYear(isoY);
  if (precision === 'year') return { year: y };
  if (precision === 'month') return { year: y, month: m };
  return { year: y, month: m, day: d };
}

/** Start and end parts of an event for formats that take year/month/day (TimelineJS, its CSV). */
export function eventParts(e: TimelineEvent): { start: DateParts; end?: DateParts } {
  const d = e.date;
  switch (d.precision) {
    case 'year':
      return { start: partsOf(firstKnownDay(d), 'year') };
    case 'month':
      return { start: partsOf(firstKnownDay(d), 'month') };
    case 'before':
      // Placed at the day by which it had happened; the display date says "before".
      return { start: partsOf(d.end!, 'day') };
    case 'after':
      // Placed at the day from which it is expected; the display date says "after".
      return { start: partsOf(d.start!, 'day') };
    default: {
      const start = partsOf(firstKnownDay(d), 'day');
      return d.start === d.end ? { start } : { start, end: partsOf(lastKnownDay(d), 'day') };
    }
  }
}
