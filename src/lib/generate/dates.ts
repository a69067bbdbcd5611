/**
 * Dates for generated events, relative to the publication day of the article that reports them,
 * with the same mix of precisions the pipeline produces. The expression is written into the quote.
 */
import type { EventDate, Status } from '../schema';
import type { Rng } from './prng';
import {
  addDays,
  dayFromNumber,
  dayParts,
  dayString,
  earlierDay,
  lastOfMonth,
  mondayOf,
  weekdayOf,
  yearOf,
} from '../days';
import { MONTHS, WEEKDAYS } from './vocabulary';

export interface GeneratedDate {
  status: Status;
  date: EventDate;
}

export function generateDate(rng: Rng, published: number): GeneratedDate {
  const pub = dayFromNumber(published);
  /** [year, month 1–12] of the day n days after publication (n < 0: before). */
  const monthFrom = (n: number) => dayParts(addDays(pub, n));
  const r = rng.next();
  if (r < 0.08) {
    const [y, m] = monthFrom(rng.int(45, 420));
    if (rng.chance(0.6)) {
      const month = MONTHS[m - 1] as string;
      return {
        status: 'planned',
        date: {
          start: dayString(y, m, 1),
          end: lastOfMonth(y, m),
          precision: 'month',
          expression: `in ${month} ${y}`,
          basis: `month named in an article published ${pub}`,
        },
      };
    }
    return {
      status: 'planned',
      date: {
        start: `${y}-01-01`,
        end: `${y}-12-31`,
        precision: 'year',
        expression: `in ${y}`,
        basis: `year named in an article published ${pub}`,
      },
    };
  }
  if (r < 0.5) {
    const day = addDays(pub, -rng.int(0, 6));
    const weekday = WEEKDAYS[weekdayOf(day)] as string;
    return {
      status: 'reported',
      date: {
        start: day,
        end: day,
        precision: 'day',
        expression: `on ${weekday}`,
        basis: `the ${weekday} on or before publication (${pub})`,
      },
    };
  }
  if (r < 0.62) {
    const monday = addDays(mondayOf(pub), -7);
    return {
      status: 'reported',
      date: {
        start: monday,
        end: addDays(monday, 6),
        precision: 'week',
        expression: 'last week',
        basis: `the calendar week before publication (${pub})`,
      },
    };
  }
  if (r < 0.74) {
    const [y, m] = monthFrom(-rng.int(0, 90));
    const month = MONTHS[m - 1] as string;
    return {
      status: 'reported',
      date: {
        start: dayString(y, m, 1),
        end: earlierDay(lastOfMonth(y, m), pub),
        precision: 'month',
        expression: `in ${month}`,
        basis: `the latest ${month} up to publication (${pub})`,
      },
    };
  }
  if (r < 0.8) {
    const y = yearOf(pub) - 1;
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
    const [y, m] = monthFrom(-rng.int(60, 700));
    const month = MONTHS[m - 1] as string;
    return {
      status: 'reported',
      date: {
        start: dayString(y, m, 1),
        end: pub,
        precision: 'span',
        expression: `since ${month} ${y}`,
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
