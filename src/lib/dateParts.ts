/**
 * Parts of periods (rule 5 of docs/dates.md) and the vague future (rule 6): "early/mid/late June",
 * "the first week of March", "this weekend", "earlier this month", "later this year", "the second half
 * of 2021", "Q3 2021", "the 1990s"; "in the coming weeks", "soon" (precision "after"). Pure.
 */
import { addDays, lastOfMonth, longDay, mondayOf, ymd } from './days';
import {
  MONTH_FULL,
  ORDINALS,
  YEAR,
  fullMonth,
  latestWeekday,
  monthIndex,
  nextWeekday,
  monthOf,
  placeYearless,
  span,
  yearOf,
  type DateRule,
  type RuleContext,
  type RuleOutcome,
} from './dateTokens';
import { tenseWords } from './dateTense';

const PART =
  '(early|mid|late|the middle of|middle of|the end of|end of|the beginning of|beginning of|the start of|start of)';
const third = (part: string) => (/early|beginning|start/i.test(part) ? 0 : /mid|middle/i.test(part) ? 1 : 2);
const THIRD_WORDS = ['first', 'middle', 'last'];
const REL_YEAR = '(?:(this|next|last) year|the year)';

function relativeYear(which: string | undefined, ctx: RuleContext): number {
  const y = yearOf(ctx.published);
  return which?.toLowerCase() === 'next' ? y + 1 : which?.toLowerCase() === 'last' ? y - 1 : y;
}

/** Days 1-10, 11-20, 21-end of a month. */
function partOfMonth(part: string, mo: string, y: string | undefined, ctx: RuleContext): RuleOutcome {
  const m = monthIndex(mo);
  const t = third(part);
  const build = (yy: number) => ({
    start: ymd(yy, m, [1, 11, 21][t]!),
    end: t === 2 ? lastOfMonth(yy, m) : ymd(yy, m, [10, 20][t]!),
  });
  const label = `${THIRD_WORDS[t]} third of ${fullMonth(mo)} (days ${['1-10', '11-20', '21-end'][t]})`;
  if (y) return span(build(Number(y)).start, build(Number(y)).end, `${label} as written`);
  const p = placeYearless(build, label, ctx);
  return span(p.start, p.end, p.reason);
}

/** January-April, May-August, September-December of a year. */
function partOfYear(part: string, y: number): RuleOutcome {
  const t = third(part);
  const start = ymd(y, [1, 5, 9][t]!, 1);
  const end = lastOfMonth(y, [4, 8, 12][t]!);
  return span(
    start,
    end,
    `the ${THIRD_WORDS[t]} third of ${y} (${['January-April', 'May-August', 'September-December'][t]})`,
  );
}

function quarter(q: number, y: number | undefined, ctx: RuleContext, what: string): RuleOutcome {
  const build = (yy: number) => ({ start: ymd(yy, q * 3 - 2, 1), end: lastOfMonth(yy, q * 3) });
  if (y !== undefined) return span(build(y).start, build(y).end, `${what} ${q} of ${y}`);
  const p = placeYearless(build, `quarter ${q}`, ctx);
  return span(p.start, p.end, p.reason);
}

const weekend = (saturday: string, why: string): RuleOutcome =>
  span(saturday, addDays(saturday, 1), `${why}: ${longDay(saturday)} and ${longDay(addDays(saturday, 1))}`);

function weekendRule(m: RegExpExecArray, ctx: RuleContext): RuleOutcome {
  const which = (m[1] ?? 'the').toLowerCase();
  const sat = addDays(mondayOf(ctx.published), 5);
  if (which === 'this') return weekend(sat, 'the weekend of the publication week');
  if (which === 'last' || which === 'this past' || which === 'the past')
    return weekend(addDays(sat, -7), 'the weekend before the publication week');
  if (which === 'next' || which === 'this coming' || which === 'the coming')
    return weekend(addDays(sat, 7), 'the weekend after the publication week');
  // "over the weekend": by tense, the latest weekend ended by publication, or the first one from it on
  if (ctx.tense.future)
    return weekend(
      nextWeekday(ctx.published, 6, true),
      `${tenseWords(ctx.tense)}: the first weekend from publication on`,
    );
  return weekend(
    latestWeekday(addDays(ctx.published, -1), 6),
    `${tenseWords(ctx.tense)}: the latest weekend ended by publication`,
  );
}

function earlierOrLater(m: RegExpExecArray, ctx: RuleContext): RuleOutcome {
  const later = m[1]!.toLowerCase() === 'later';
  const unit = m[2]!.toLowerCase();
  const p = ctx.published;
  const [y, mo] = [yearOf(p), monthOf(p)];
  const first = unit === 'week' ? mondayOf(p) : unit === 'month' ? ymd(y, mo, 1) : ymd(y, 1, 1);
  const last = unit === 'week' ? addDays(mondayOf(p), 6) : unit === 'month' ? lastOfMonth(y, mo) : ymd(y, 12, 31);
  const name =
    unit === 'week'
      ? 'the Monday of the publication week'
      : unit === 'month'
        ? 'the first of the publication month'
        : '1 January of the publication year';
  if (!later) return span(first, p, `from ${name} to publication`);
  if (p === last) return { error: `"${m[0]}": the publication day is the last of its ${unit}` };
  return span(addDays(p, 1), last, `from the day after publication to the end of the publication ${unit}`);
}

export const PART_RULES: DateRule[] = [
  {
    name: 'part of a month',
    group: 'part',
    source: `(?:(?:in|by|until|from|since) )?(?:the )?${PART}[- ]${MONTH_FULL}(?:,? ${YEAR})?`,
    caps: [2],
    resolve: (m, c) => partOfMonth(m[1]!, m[2]!, m[3], c),
  },
  {
    name: 'part of a year',
    group: 'part',
    source: `(?:(?:in|by|until|from|since) )?(?:the )?${PART}[- ](?:${YEAR}|${REL_YEAR})`,
    resolve: (m, c) => partOfYear(m[1]!, m[2] ? Number(m[2]) : relativeYear(m[3], c)),
  },
  {
    name: 'week of a month',
    group: 'part',
    source: `(?:(?:in|during|by) )?the (first|second|third|fourth|last) week of ${MONTH_FULL}(?:,? ${YEAR})?`,
    caps: [2],
    resolve: (m, c) => {
      const mo = monthIndex(m[2]!);
      const n = ORDINALS[m[1]!.toLowerCase()]!;
      const build = (yy: number) => {
        const end = n === 5 ? lastOfMonth(yy, mo) : ymd(yy, mo, n * 7);
        return { start: n === 5 ? addDays(end, -6) : ymd(yy, mo, n * 7 - 6), end };
      };
      const label = `${m[1]!.toLowerCase()} seven days of ${fullMonth(m[2]!)}`;
      if (m[3]) return span(build(Number(m[3])).start, build(Number(m[3])).end, `${label} as written`);
      const p = placeYearless(build, label, c);
      return span(p.start, p.end, p.reason);
    },
  },
  {
    name: 'weekend',
    group: 'part',
    source: '(?:(?:over|at|during|on|for) )?(this past|this coming|the coming|the past|this|last|next|the) weekend',
    resolve: weekendRule,
  },
  {
    name: 'earlier or later this',
    group: 'part',
    source: '(earlier|later) this (week|month|year)',
    resolve: earlierOrLater,
  },
  {
    name: 'half of a year',
    group: 'part',
    source: `(?:(?:in|during|by) )?the (first|second|1st|2nd) half of (?:${YEAR}|${REL_YEAR})|(?:in )?H([12]) ${YEAR}`,
    resolve: (m, c) => {
      const h = m[4] ? Number(m[4]) : /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
      const y = m[5] ? Number(m[5]) : m[2] ? Number(m[2]) : relativeYear(m[3], c);
      return span(ymd(y, h === 1 ? 1 : 7, 1), h === 1 ? ymd(y, 6, 30) : ymd(y, 12, 31), `half ${h} of ${y}`);
    },
  },
  {
    name: 'quarter',
    group: 'part',
    source:
      `(?:(?:in|during|by) )?the (first|second|third|fourth|final|last) quarter(?: of (?:${YEAR}|${REL_YEAR}))?` +
      `|(?:in )?Q([1-4]) ${YEAR}`,
    resolve: (m, c) => {
      if (m[4]) return quarter(Number(m[4]), Number(m[5]), c, 'quarter');
      const q = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 }[m[1]!.toLowerCase()]!;
      const y = m[2]
        ? Number(m[2])
        : m[3]
          ? relativeYear(m[3], c)
          : /the year$/i.test(m[0])
            ? yearOf(c.published)
            : undefined;
      return quarter(q, y, c, 'quarter');
    },
  },
  {
    name: 'decade',
    group: 'part',
    source: '(?:(?:in|during|since|through) )?the ((?:1[6-9]|20)\\d)0s',
    resolve: (m) => span(`${m[1]}0-01-01`, `${m[1]}9-12-31`, `the decade ${m[1]}0-${m[1]}9`),
  },
  {
    name: 'vague future',
    group: 'vague-future',
    source:
      '(?:in|within|over|during) the (?:coming|next(?: few| couple of)?) (?:days|weeks|months|years)' +
      '|in the (?:days|weeks|months|years)(?: and (?:weeks|months|years))? (?:ahead|to come)' +
      '|in the (?:near|not too distant|foreseeable) future|in due course|at a later (?:date|stage)' +
      '|at the earliest(?: (?:opportunity|possible date|date))?|as soon as possible' +
      '|(?<!as |how |too )(?:very )?soon(?! after| afterwards| as| thereafter| enough| to be)' +
      '|shortly(?! after| afterwards| before| thereafter)',
    resolve: (_m, c) => ({
      start: c.published,
      end: null,
      precision: 'after',
      reason: 'vague future: from publication on, no end stated',
    }),
  },
];
