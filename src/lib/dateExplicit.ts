/**
 * Explicit days and day ranges in every common written form (rules 2 and 3 of docs/dates.md):
 * "April 30", "30 April", "the 30th of April", "June 02, 2022", "Jun. 2", ISO and all-numeric days,
 * "02-03 September 2019", "September 2-3", "June 30-July 2", "from 25 to 28 March", "on 5 and 6 December".
 * A year-less day moves by tense (dateTokens.placeYearless). Pure.
 */
import { lastOfMonth, longDay, ymd } from './days';
import {
  DAY,
  MONTH_ANY,
  WEEKDAY,
  YEAR,
  cap,
  fullMonth,
  monthIndex,
  oneDay,
  placeYearless,
  realDay,
  span,
  type DateRule,
  type Resolved,
  type RuleContext,
  type RuleOutcome,
} from './dateTokens';

/** A second day number, after a dash or "to": no look-behind. */
const DAY2 = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const ON = '(?:on |by |until |till |since |from |between )?';
const WD_PREFIX = `(?:${WEEKDAY},? )?`;
const OPT_YEAR = `(?:,? ${YEAR})?`;
const DASH = ' ?[-\u2013\u2014] ?';
const JOIN = '(and|to|until|till|through|[-\u2013])';

function notReal(d: number, mo: string, y?: string): RuleOutcome {
  return { error: `"${d} ${cap(mo)}${y ? ` ${y}` : ''}" is not a real calendar day` };
}

/** One day of month `mo` (a word), with or without a year. */
function dayOf(d: number, mo: string, y: string | undefined, ctx: RuleContext): RuleOutcome {
  const m = monthIndex(mo);
  if (y) {
    const iso = realDay(Number(y), m, d);
    return iso ? oneDay(iso, 'the day as written') : notReal(d, mo, y);
  }
  if (d < 1 || d > 31 || d > Number(lastOfMonth(2024, m).slice(8))) return notReal(d, mo);
  const placed = placeYearless((yy) => ({ start: ymd(yy, m, d), end: ymd(yy, m, d) }), `${d} ${fullMonth(mo)}`, ctx);
  const iso = realDay(placed.year, m, d);
  return iso ? oneDay(iso, placed.reason) : notReal(d, mo, String(placed.year));
}

/** Days d1 of month m1 to d2 of month m2 (words), with or without a year. */
function rangeOf(
  d1: number,
  mo1: string,
  d2: number,
  mo2: string,
  y: string | undefined,
  ctx: RuleContext,
): RuleOutcome {
  const [m1, m2] = [monthIndex(mo1), monthIndex(mo2)];
  const wraps = m2 < m1; // "December 30-January 2"
  const build = (yy: number) => ({ start: ymd(yy, m1, d1), end: ymd(wraps ? yy + 1 : yy, m2, d2) });
  let days: { start: string; end: string };
  let reason: string;
  if (y) {
    const endYear = Number(y);
    days = build(wraps ? endYear - 1 : endYear);
    reason = 'the days as written';
  } else {
    const placed = placeYearless(build, `${d1} ${fullMonth(mo1)} to ${d2} ${fullMonth(mo2)}`, ctx);
    days = placed;
    reason = placed.reason;
  }
  const [ys, ye] = [Number(days.start.slice(0, 4)), Number(days.end.slice(0, 4))];
  if (!realDay(ys, m1, d1)) return notReal(d1, mo1, String(ys));
  if (!realDay(ye, m2, d2)) return notReal(d2, mo2, String(ye));
  if (days.end <= days.start) return { error: `the range ends (${days.end}) before it starts (${days.start})` };
  return span(days.start, days.end, `from ${longDay(days.start)} to ${longDay(days.end)}, ${reason}`);
}

/** An all-numeric day (06/02/2022): read only when one reading is possible or the outlet's order is known. */
function numericDay(a: number, b: number, y: number, ctx: RuleContext, written: string): RuleOutcome {
  const dayFirst = realDay(y, b, a);
  const monthFirst = realDay(y, a, b);
  if (!dayFirst && !monthFirst) return { error: `"${written}" is not a real calendar day` };
  if (dayFirst && (!monthFirst || dayFirst === monthFirst))
    return oneDay(dayFirst, 'the day as written (day first: only reading)');
  if (monthFirst && !dayFirst) return oneDay(monthFirst, 'the day as written (month first: only reading)');
  if (ctx.dayFirst === true) return oneDay(dayFirst!, 'the day as written, day first (the outlet writes day first)');
  if (ctx.dayFirst === false)
    return oneDay(monthFirst!, 'the day as written, month first (the outlet writes month first)');
  const readings: Resolved[] = [
    oneDay(dayFirst!, `read day first: ${longDay(dayFirst!)}`),
    oneDay(monthFirst!, `read month first: ${longDay(monthFirst!)}`),
  ];
  return {
    error:
      `"${written}" reads two ways (${longDay(dayFirst!)} day first, ${longDay(monthFirst!)} month first): ` +
      "confirm it, or set the source's dayFirst",
    readings,
  };
}

export const EXPLICIT_RULES: DateRule[] = [
  {
    name: 'month day to month day',
    group: 'range',
    source: `(?:on |from |between )?${MONTH_ANY} ${DAY}${DASH}${MONTH_ANY} ${DAY2}${OPT_YEAR}`,
    caps: [1, 3],
    resolve: (m, c) => rangeOf(Number(m[2]), m[1]!, Number(m[4]), m[3]!, m[5], c),
  },
  {
    name: 'day month to day month',
    group: 'range',
    source: `(?:on |from |between )?(?:the )?${DAY} ${MONTH_ANY}${DASH}(?:the )?${DAY2} ${MONTH_ANY}${OPT_YEAR}`,
    caps: [2, 4],
    resolve: (m, c) => rangeOf(Number(m[1]), m[2]!, Number(m[3]), m[4]!, m[5], c),
  },
  {
    name: 'days of a month',
    group: 'range',
    source:
      `(?:(?:on|from|between) )?(?:the )?${DAY}(?: ${JOIN} | ?([-\u2013]) ?)` +
      `(?:the )?${DAY2} ${MONTH_ANY}${OPT_YEAR}`,
    caps: [5],
    resolve: (m, c) => rangeOf(Number(m[1]), m[5]!, Number(m[4]), m[5]!, m[6], c),
  },
  {
    name: 'month and days',
    group: 'range',
    source: `(?:(?:on|from|between) )?${MONTH_ANY} ${DAY}(?: ${JOIN} | ?([-\u2013]) ?)${DAY2}${OPT_YEAR}`,
    caps: [1],
    resolve: (m, c) => rangeOf(Number(m[2]), m[1]!, Number(m[5]), m[1]!, m[6], c),
  },
  {
    name: 'month day',
    group: 'explicit',
    source: `${ON}${WD_PREFIX}${MONTH_ANY} ${DAY}${OPT_YEAR}`,
    caps: [2],
    resolve: (m, c) => dayOf(Number(m[3]), m[2]!, m[4], c),
  },
  {
    name: 'day month',
    group: 'explicit',
    source: `${ON}${WD_PREFIX}(?:the )?${DAY} (?:of )?${MONTH_ANY}${OPT_YEAR}`,
    caps: [3],
    resolve: (m, c) => dayOf(Number(m[2]), m[3]!, m[4], c),
  },
  {
    name: 'iso day',
    group: 'explicit',
    source: `${ON}(?<![\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`,
    resolve: (m) => {
      const iso = `${m[1]}-${m[2]}-${m[3]}`;
      return realDay(Number(m[1]), Number(m[2]), Number(m[3])) === iso
        ? oneDay(iso, 'the day as written')
        : { error: `"${iso}" is not a real calendar day` };
    },
  },
  {
    name: 'all-numeric day',
    group: 'explicit',
    source: `${ON}(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/-]|\\.\\d)`,
    resolve: (m, c) => numericDay(Number(m[1]), Number(m[3]), Number(m[4]), c, `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`),
  },
];
