/**
 * The news-usage rules for date expressions that chrono-node's defaults get wrong or do not know
 * ("next week" as a whole Monday–Sunday week, vague past as "before", "earlier this year" as a span…).
 * Each rule is a regular expression source (no anchors) and a resolver. dates.ts matches them against a
 * whole expression; suggest scans sentences with the same sources, so both follow the same rules.
 */
import type { Precision } from './schema';
import { addDays, lastOfMonth, longDay, mondayOf, monthLabel, toUtc, weekdayOf, WEEKDAYS, ymd } from './days';

export interface Resolved {
  start: string | null;
  end: string;
  precision: Precision;
  /** Why these days, beyond the expression and the publication day (dates.ts adds those). */
  reason: string;
}

export interface RuleContext {
  published: string;
  /** The resolved day of the event an expression like "earlier in the day" refers to. */
  /** `label` (default `event <id>`) says in the basis what the day was taken from. */
  sameDay?: { id: string; day: string; label?: string } | undefined;
}

export type RuleOutcome = Resolved | { error: string };

export interface DateRule {
  name: string;
  source: string;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => RuleOutcome;
}

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const NUMBER = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const yearOf = (day: string) => toUtc(day).getUTCFullYear();
const monthOf = (day: string) => toUtc(day).getUTCMonth() + 1;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (d: string, reason: string): Resolved => ({ start: d, end: d, precision: 'day', reason });
const week = (monday: string, reason: string): Resolved => ({ start: monday, end: addDays(monday, 6), precision: 'week', reason });
const month = (y: number, m: number, reason: string): Resolved => ({ start: ymd(y, m, 1), end: lastOfMonth(y, m), precision: 'month', reason });
const year = (y: number, reason: string): Resolved => ({ start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year', reason });
const before = (reason: string) => (_m: RegExpExecArray, ctx: RuleContext): Resolved => ({ start: null, end: ctx.published, precision: 'before', reason });

/** The latest `weekday` (0 = Sunday) on or before `published` (strictly before when `strict`). */
export function latestWeekday(published: string, weekday: number, strict = false): string {
  let back = (weekdayOf(published) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(published, -back);
}

function sameDay(m: RegExpExecArray, ctx: RuleContext): RuleOutcome {
  if (!ctx.sameDay) return { error: `"${m[0]}" refers to the day of another event: name that event in date.sameDayAs` };
  return day(ctx.sameDay.day, `the day of ${ctx.sameDay.label ?? `event ${ctx.sameDay.id}`}, ${longDay(ctx.sameDay.day)}`);
}

export const DATE_RULES: DateRule[] = [
  {
    name: 'vague past',
    source:
      '(?:(?:over|in|during|for) )?the (?:last|past) (?:few|couple of|several|many|two|three|\\d+) (?:days|weeks|months|years|decades)' +
      '|during the (?:first |initial |early )?(?:outbreak|wave|days|stages)(?: of (?:the )?[a-z0-9-]+(?: in [a-z]+)?)?' +
      '|since the (?:outbreak|start|beginning|onset) of (?:the )?[a-z0-9-]+|in recent (?:days|weeks|months|years)|recently|in the past' +
      '|(?:a few|some|several) (?:days|weeks|months|years) (?:back|ago)',
    resolve: before('states no start; it had happened by publication'),
  },
  { name: 'same day as another event', source: '(?:earlier|later) (?:in|on) the (?:same )?day|(?:on )?the same day', resolve: sameDay },
  { name: 'today', source: 'today|this (?:morning|afternoon|evening)|tonight|earlier today', resolve: (_m, c) => day(c.published, 'the publication day') },
  { name: 'yesterday', source: 'yesterday', resolve: (_m, c) => day(addDays(c.published, -1), 'the day before publication') },
  {
    name: 'weekday',
    source: `(?:on )?(last |this past |next |this coming )?${WEEKDAY}`,
    resolve: (m, c) => {
      const which = (m[1] ?? '').trim();
      const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === m[2]);
      const name = cap(m[2]!);
      if (which === 'next' || which === 'this coming') {
        const d = addDays(latestWeekday(c.published, wd), 7);
        return day(d, `the first ${name} after publication`);
      }
      if (which) return day(latestWeekday(c.published, wd, true), `the latest ${name} before publication`);
      return day(latestWeekday(c.published, wd), `news usage: the latest ${name} on or before publication`);
    },
  },
  {
    name: 'week',
    source: '(earlier |later )?(next|last|this|the coming|the past) week',
    resolve: (m, c) => {
      const mon = mondayOf(c.published);
      const which = m[2]!;
      if (m[1] === 'earlier ' && which === 'this') return { start: mon, end: c.published, precision: 'span', reason: 'from the Monday of the publication week to publication' };
      if (which === 'next' || which === 'the coming') return week(addDays(mon, 7), 'Monday to Sunday of the week after publication');
      if (which === 'last' || which === 'the past') return week(addDays(mon, -7), 'Monday to Sunday of the week before publication');
      return week(mon, 'Monday to Sunday of the publication week');
    },
  },
  {
    name: 'month',
    source: '(earlier )?(next|last|this|the past) month',
    resolve: (m, c) => {
      const [y, mo] = [yearOf(c.published), monthOf(c.published)];
      if (m[1]) return { start: ymd(y, mo, 1), end: c.published, precision: 'span', reason: 'from the first of the publication month to publication' };
      const shift = m[2] === 'next' ? 1 : m[2] === 'this' ? 0 : -1;
      const first = ymd(y, mo + shift, 1);
      const [fy, fm] = [yearOf(first), monthOf(first)];
      return month(fy, fm, `${m[2] === 'this' ? 'the publication month' : m[2] === 'next' ? 'the month after publication' : 'the month before publication'}, ${monthLabel(fy, fm)}`);
    },
  },
  {
    name: 'year',
    source: '(earlier )?(next|last|this|the past) year',
    resolve: (m, c) => {
      const y = yearOf(c.published);
      if (m[1]) return { start: ymd(y, 1, 1), end: c.published, precision: 'span', reason: 'from 1 January of the publication year to publication' };
      const shift = m[2] === 'next' ? 1 : m[2] === 'this' ? 0 : -1;
      return year(y + shift, `the year ${shift === 0 ? 'of' : shift > 0 ? 'after' : 'before'} publication, ${y + shift}`);
    },
  },
  {
    name: 'ago',
    source: `${NUMBER} (day|week|month|year)s? ago`,
    resolve: (m, c) => {
      const n = NUMBERS[m[1]!] ?? Number(m[1]);
      const unit = m[2]!;
      if (unit === 'day') return day(addDays(c.published, -n), `${n} day(s) before publication`);
      if (unit === 'week') return week(mondayOf(addDays(c.published, -7 * n)), `the week ${n * 7} days before publication`);
      const [y, mo] = [yearOf(c.published), monthOf(c.published)];
      if (unit === 'month') {
        const first = ymd(y, mo - n, 1);
        return month(yearOf(first), monthOf(first), `${n} month(s) before the publication month`);
      }
      return year(y - n, `${n} year(s) before the publication year`);
    },
  },
  { name: 'iso day', source: '(?:on )?(\\d{4})-(\\d{2})-(\\d{2})', resolve: (m) => isoDayRule(m) },
  {
    name: 'month name',
    source: `(?:in |during |since |by )?(?:early |mid-|late )?${MONTH}(?:,? (\\d{4}))?`,
    resolve: (m, c) => {
      const mo = MONTH_NAMES.indexOf(m[1]!) + 1;
      if (m[2]) return month(Number(m[2]), mo, `${monthLabel(Number(m[2]), mo)} as written`);
      let y = yearOf(c.published);
      if (ymd(y, mo, 1) > c.published) y -= 1;
      return month(y, mo, `no year written: the latest ${cap(m[1]!)} on or before publication, ${monthLabel(y, mo)}`);
    },
  },
  { name: 'year number', source: '(?:in |during |since |by )?(?:the year )?((?:19|20)\\d{2})', resolve: (m) => year(Number(m[1]), `the year ${m[1]} as written`) },
];

const MONTH_NAMES = MONTH.slice(1, -1).split('|');

function isoDayRule(m: RegExpExecArray): RuleOutcome {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  if (mo < 1 || mo > 12 || d < 1 || ymd(y, mo, d) !== iso) return { error: `"${iso}" is not a real calendar day` };
  return day(iso, 'the day as written');
}
