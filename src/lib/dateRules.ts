/**
 * The news-usage rules for date expressions relative to publication (rules 1, 5 and the vague past of
 * docs/dates.md): weekdays by tense, "next week", "last month", "two days ago", months and years by
 * name, "recently" as "before". Each rule is a regular-expression source (no anchors) and a resolver;
 * dates.ts matches the same sources against a whole expression and scans articles with them.
 */
import { addDays, mondayOf, monthLabel, ymd } from './days';
import {
  MONTH_FULL,
  NUMBER,
  WEEKDAY,
  YEAR,
  cap,
  count,
  monthIndex,
  monthOf,
  nextWeekday,
  oneDay,
  placeYearless,
  span,
  latestWeekday,
  weekdayByTense,
  weekdayIndex,
  wholeMonth,
  wholeYear,
  yearOf,
  type DateRule,
  type RuleContext,
  type RuleOutcome,
} from './dateTokens';
import { EXPLICIT_RULES } from './dateExplicit';
import { PART_RULES } from './dateParts';
import { ANAPHORA_RULES } from './dateAnaphora';

export type { DateRule } from './dateTokens';

const week = (monday: string, reason: string): RuleOutcome => ({
  start: monday,
  end: addDays(monday, 6),
  precision: 'week',
  reason,
});
const before =
  (reason: string) =>
  (_m: RegExpExecArray, ctx: RuleContext): RuleOutcome => ({
    start: null,
    end: ctx.published,
    precision: 'before',
    reason,
  });
const YEAR_L = '((?:1[6-9]|20)\\d{2})(?!\\d)';
const SINCE = { future: false, cue: 'since' };

function weekdayRule(m: RegExpExecArray, c: RuleContext): RuleOutcome {
  const prep = (m[1] ?? '').trim().toLowerCase();
  const which = (m[2] ?? '').trim().toLowerCase();
  const wd = weekdayIndex(m[3]!);
  const name = cap(m[3]!);
  if (which === 'next' || which === 'this coming')
    return oneDay(nextWeekday(c.published, wd), `"${which}": the first ${name} after publication`);
  if (which === 'last' || which === 'this past')
    return oneDay(latestWeekday(c.published, wd, true), `"${which}": the latest ${name} before publication`);
  return weekdayByTense(wd, prep === 'since' ? { ...c, tense: SINCE } : c);
}

/**
 * "on Monday and Tuesday", "from Monday to Wednesday": the first by tense, the second the first such
 * day on or after it.
 */
function weekdayRange(m: RegExpExecArray, c: RuleContext): RuleOutcome {
  const first = weekdayByTense(weekdayIndex(m[2]!), c);
  let start = first.start!;
  let end = nextWeekday(start, weekdayIndex(m[5]!), true);
  let moved = '';
  if (!c.tense.future && end > c.published) {
    [start, end] = [addDays(start, -7), addDays(end, -7)];
    moved = ', a week back so that it ends by publication';
  }
  if (end === start) return { error: `"${m[0]}" names the same weekday twice` };
  return span(start, end, `${first.reason}, to the first ${cap(m[5]!)} on or after it${moved}`);
}

function monthByName(m: RegExpExecArray, c: RuleContext): RuleOutcome {
  const prep = (m[1] ?? '').trim().toLowerCase();
  const which = (m[2] ?? '').trim().toLowerCase();
  const mo = monthIndex(m[3]!);
  const rel = (m[5] ?? '').toLowerCase();
  const py = yearOf(c.published);
  if (m[4]) return wholeMonth(Number(m[4]), mo, `${monthLabel(Number(m[4]), mo)} as written`);
  if (rel) {
    const y = rel === 'last' ? py - 1 : rel === 'next' ? py + 1 : py;
    return wholeMonth(y, mo, `"${rel} year": ${monthLabel(y, mo)}`);
  }
  const pm = monthOf(c.published);
  if (which === 'last') {
    const y = mo < pm ? py : py - 1;
    return wholeMonth(
      y,
      mo,
      `"last ${cap(m[3]!)}": the latest ${cap(m[3]!)} before the publication month, ${monthLabel(y, mo)}`,
    );
  }
  if (which === 'next') {
    const y = mo > pm ? py : py + 1;
    return wholeMonth(
      y,
      mo,
      `"next ${cap(m[3]!)}": the first ${cap(m[3]!)} after the publication month, ${monthLabel(y, mo)}`,
    );
  }
  if (which === 'this') return wholeMonth(py, mo, `"this ${cap(m[3]!)}": ${monthLabel(py, mo)}`);
  const ctx = prep === 'since' ? { ...c, tense: SINCE } : c;
  const p = placeYearless((y) => ({ start: ymd(y, mo, 1), end: ymd(y, mo + 1, 0) }), cap(m[3]!), ctx);
  return wholeMonth(p.year, mo, `${p.reason}, ${monthLabel(p.year, mo)}`);
}

export const RELATIVE_RULES: DateRule[] = [
  {
    name: 'vague past',
    group: 'vague-past',
    source:
      '(?:(?:over|in|during|for|within) )?the (?:last|past) (?:few|couple of|several|many|two|three|\\d+) ' +
      '(?:days|weeks|months|years|decades)' +
      '|during the (?:first |initial |early )?(?:outbreak|wave|days|stages)' +
      '(?: of (?:the )?[a-z0-9-]+(?: in [a-z]+)?)?' +
      '|since the (?:outbreak|start|beginning|onset) of (?:the )?[a-z0-9-]+' +
      '|in recent (?:days|weeks|months|years)|recently|in the past' +
      '|(?:a few|some|several) (?:days|weeks|months|years) (?:back|ago)',
    resolve: before('states no start; it had happened by publication'),
  },
  {
    name: 'today',
    group: 'relative',
    source: 'today|this (?:morning|afternoon|evening)|tonight|earlier today|later today',
    resolve: (_m, c) => oneDay(c.published, 'the publication day'),
  },
  {
    name: 'yesterday',
    group: 'relative',
    source: 'the day before yesterday|yesterday(?: (?:morning|afternoon|evening))?|last night',
    resolve: (m, c) =>
      /before/i.test(m[0])
        ? oneDay(addDays(c.published, -2), 'two days before publication')
        : oneDay(addDays(c.published, -1), 'the day before publication'),
  },
  {
    name: 'tomorrow',
    group: 'relative',
    source: 'the day after tomorrow|tomorrow(?: (?:morning|afternoon|evening|night))?',
    resolve: (m, c) =>
      /after/i.test(m[0])
        ? oneDay(addDays(c.published, 2), 'two days after publication')
        : oneDay(addDays(c.published, 1), 'the day after publication'),
  },
  {
    name: 'weekday range',
    group: 'range',
    source: `(?:(on|from|between) )?${WEEKDAY}(?: (and|to|until|till|through) | ?([-\u2013]) ?)${WEEKDAY}`,
    resolve: (m, c) => weekdayRange(m, c),
  },
  {
    name: 'weekday',
    group: 'tense',
    source:
      `(on |since |until |till |by )?(last |this past |next |this coming |this )?${WEEKDAY}` +
      "(?:'s)?(?: (?:morning|afternoon|evening|night))?",
    resolve: weekdayRule,
  },
  {
    name: 'week',
    group: 'relative',
    source: '(next|last|this|the coming|the past) week',
    resolve: (m, c) => {
      const mon = mondayOf(c.published);
      const which = m[1]!.toLowerCase();
      if (which === 'next' || which === 'the coming')
        return week(addDays(mon, 7), 'Monday to Sunday of the week after publication');
      if (which === 'last' || which === 'the past')
        return week(addDays(mon, -7), 'Monday to Sunday of the week before publication');
      return week(mon, 'Monday to Sunday of the publication week');
    },
  },
  {
    name: 'month',
    group: 'relative',
    source: '(next|last|this|the past|the coming) month',
    resolve: (m, c) => {
      const which = m[1]!.toLowerCase();
      const shift = which === 'next' || which === 'the coming' ? 1 : which === 'this' ? 0 : -1;
      const first = ymd(yearOf(c.published), monthOf(c.published) + shift, 1);
      const [fy, fm] = [yearOf(first), monthOf(first)];
      const what =
        shift === 0
          ? 'the publication month'
          : shift > 0
            ? 'the month after publication'
            : 'the month before publication';
      return wholeMonth(fy, fm, `${what}, ${monthLabel(fy, fm)}`);
    },
  },
  {
    name: 'year',
    group: 'relative',
    source: '(next|last|this|the past|the coming) year',
    resolve: (m, c) => {
      const which = m[1]!.toLowerCase();
      const y = yearOf(c.published);
      const shift = which === 'next' || which === 'the coming' ? 1 : which === 'this' ? 0 : -1;
      return wholeYear(
        y + shift,
        `the year ${shift === 0 ? 'of' : shift > 0 ? 'after' : 'before'} publication, ${y + shift}`,
      );
    },
  },
  {
    name: 'ago',
    group: 'relative',
    source: `${NUMBER} (day|week|month|year)s? ago`,
    resolve: (m, c) => {
      const n = count(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return oneDay(addDays(c.published, -n), `${n} day(s) before publication`);
      if (unit === 'week')
        return week(mondayOf(addDays(c.published, -7 * n)), `the week ${n * 7} days before publication`);
      const [y, mo] = [yearOf(c.published), monthOf(c.published)];
      if (unit === 'month') {
        const first = ymd(y, mo - n, 1);
        return wholeMonth(yearOf(first), monthOf(first), `${n} month(s) before the publication month`);
      }
      return wholeYear(y - n, `${n} year(s) before the publication year`);
    },
  },
  {
    name: 'month name',
    group: 'tense',
    source:
      '(in |during |since |by |until |till |from |through )?(last |next |this )?' +
      `${MONTH_FULL}(?:,? ${YEAR}| (last|next|this) year)?`,
    caps: [3],
    resolve: monthByName,
  },
  {
    name: 'year range',
    group: 'range',
    source: `(?:from )?${YEAR_L}(?: to | ?[-\u2013] ?)${YEAR_L}|between ${YEAR_L} and ${YEAR_L}`,
    resolve: (m) => {
      const [a, b] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
      return Number(b) > Number(a)
        ? span(`${a}-01-01`, `${b}-12-31`, `the years ${a} to ${b} as written`)
        : { error: `"${m[0]}": the range ends before it starts` };
    },
  },
  {
    name: 'year number',
    group: 'relative',
    source: `(?:in |during |since |by |until |till |through |early in |late in )(?:the year )?${YEAR}`,
    resolve: (m) => wholeYear(Number(m[1]), `the year ${m[1]} as written`),
  },
];

/** Every rule, most specific first: on equal matches the earlier wins. */
export const DATE_RULES: DateRule[] = [...EXPLICIT_RULES, ...PART_RULES, ...ANAPHORA_RULES, ...RELATIVE_RULES];
