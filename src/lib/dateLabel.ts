/**
 * How an event's date reads to a person: honest about precision, never inventing a day.
 * Pure: used by the timeline labels, the details panel, the list, the presenter and the handout.
 */
import type { EventDate } from './schema';
import { dayLabel as day, dayParts, lastOfMonth, monthLabel, yearLabel } from './days';
import { firstKnownDay } from './dateBounds';

// Years read "602", "44 BC" (days.ts), never "0602" or "-000043".
const month = (iso: string) => monthLabel(...(dayParts(iso).slice(0, 2) as [number, number]));
const monthKey = (iso: string) => dayParts(iso).slice(0, 2).join('-');
const wholeMonthEnd = (iso: string) => iso === lastOfMonth(...(dayParts(iso).slice(0, 2) as [number, number]));

/**
 * "24 Jul 2020", "week of 27 Jul 2020", "Jul 2020", "2019", "2–5 Jun 2022", "before 24 Jul 2020",
 * "after 24 Jul 2020".
 */
export function formatEventDate(d: EventDate): string {
  if (d.precision === 'after' || d.end === null) return `after ${day(firstKnownDay(d))}`;
  const end = d.end;
  switch (d.precision) {
    case 'before':
      return `before ${day(end)}`;
    case 'day':
      return d.start === end || d.start === null ? day(end) : `${day(d.start)} – ${day(end)}`;
    case 'week':
      return `week of ${day(d.start ?? end)}`;
    case 'month':
      return month(d.start ?? end);
    case 'year':
      return yearLabel(dayParts(d.start ?? end)[0]);
    case 'span':
      // Whole months (as imported from month-only parts): read by months, never invent days.
      if (d.start && d.start.endsWith('-01') && wholeMonthEnd(end) && monthKey(d.start) !== monthKey(end))
        return `${month(d.start)} – ${month(end)}`;
      return d.start ? `${day(d.start)} – ${day(end)}` : `until ${day(end)}`;
  }
}

/** Words for the precision, for screen readers and the details panel. */
export const PRECISION_LABEL: Record<EventDate['precision'], string> = {
  day: 'exact day',
  week: 'within a week',
  month: 'within a month',
  year: 'within a year',
  span: 'over a period',
  before: 'undated: happened before this day',
  after: 'vague future: expected after this day',
};
