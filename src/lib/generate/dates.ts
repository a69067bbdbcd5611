/**
 * Dates for generated events, relative to the publication day of the article that reports them,
 * with the same mix of precisions the pipeline produces. The expression is written into the quote.
 */
import type { EventDate, Status } from '../schema';
import type { Rng } from './prng';
import { dayOfWeek, dayToIso, firstOfMonth, lastOfMonth, ymd } from './days';
import { MONTHS, WEEKDAYS } from './vocabulary';

export interface GeneratedDate {
  status: Status;
  date: EventDate;
}

export function generateDate(rng: Rng, published: number): GeneratedDate {
  const pub = dayToIso(published);
  const r = rng.next();
  if (r < 0.08) {
    const later = ymd(published + rng.int(45, 420));
    if (rng.chance(0.6)) {
      const month = MONTHS[later.m] as string;
      return {
        status: 'planned',
        date: {
          start: dayToIso(firstOfMonth(later.y, later.m)),
          end: dayToIso(lastOfMonth(later.y, later.m)),
          precision: 'month',
          expression: `in ${month} ${later.y}`,
          basis: `month named in an article published ${pub}`,
        },
      };
    }
    return {
      status: 'planned',
      date: {
        start: `${later.y}-01-01`,
        end: `${later.y}-12-31`,
        precision: 'year',
        expression: `in ${later.y}`,
        basis: `year named in an article published ${pub}`,
      },
    };
  }
  if (r < 0.5) {
    const day = published - rng.int(0, 6);
    const weekday = WEEKDAYS[dayOfWeek(day)] as string;
    return {
      status: 'reported',
      date: {
        start: dayToIso(day),
        end: dayToIso(day),
        precision: 'day',
        expression: `on ${weekday}`,
        basis: `the ${weekday} on or before publication (${pub})`,
      },
    };
  }
  if (r < 0.62) {
    const monday = published - ((dayOfWeek(published) + 6) % 7) - 7;
    return {
      status: 'reported',
      date: {
        start: dayToIso(monday),
        end: dayToIso(monday + 6),
        precision: 'week',
        expression: 'last week',
        basis: `the calendar week before publication (${pub})`,
      },
    };
  }
  if (r < 0.74) {
    const at = ymd(published - rng.int(0, 90));
    const month = MONTHS[at.m] as string;
    const end = Math.min(lastOfMonth(at.y, at.m), published);
    return {
      status: 'reported',
      date: {
        start: dayToIso(firstOfMonth(at.y, at.m)),
        end: dayToIso(end),
        precision: 'month',
        expression: `in ${month}`,
        basis: `the latest ${month} up to publication (${pub})`,
      },
    };
  }
  if (r < 0.8) {
    const y = ymd(published).y - 1;
    return {
      status: 'reported',
      date: {
        start: `${y}-01-01`,
        end: `${y}-12-31`,
        precision: 'year',
        expression: 'last year',
        basis: `the year before publication (${pub})`,
      },
    };
  }
  if (r < 0.88) {
    const from = ymd(published - rng.int(60, 700));
    const month = MONTHS[from.m] as string;
    return {
      status: 'reported',
      date: {
        start: dayToIso(firstOfMonth(from.y, from.m)),
        end: pub,
        precision: 'span',
        expression: `since ${month} ${from.y}`,
        basis: `from the month named until publication (${pub})`,
      },
    };
  }
  if (r < 0.9) {
    // a vague future ("in the coming weeks"): from publication on, no end (no extra draw: the sequence stays)
    return {
      status: 'planned',
      date: {
        start: pub,
        end: null,
        precision: 'after',
        expression: 'in the coming weeks',
        basis: `vague future: from publication on (${pub})`,
      },
    };
  }
  return {
    status: 'reported',
    date: {
      start: null,
      end: pub,
      precision: 'before',
      expression: 'earlier',
      basis: `no date given; it had happened by publication (${pub})`,
    },
  };
}
