/**
 * The pieces date rules are written with (regular-expression sources for months, days, years and
 * weekdays) and the shared ways of placing a year-less month or day by tense (rule 1). Pure.
 */
import type { Precision } from './schema';
import { addDays, lastOfMonth, toUtc, weekdayOf, ymd } from './days';
import { tenseWords, type Tense } from './dateTense';

export interface Resolved {
  start: string | null;
  /** Last day; null only for precision "after" (open end). */
  end: string | null;
  precision: Precision;
  /** Why these days, beyond the expression and the publication day (dates.ts adds those). */
  reason: string;
}

/** A day earlier in the article that an anaphor ("the next day") counts from. */
export interface Anchor {
  start: string;
  end: string;
  expression: string;
}

export interface RuleContext {
  published: string;
  tense: Tense;
  /** The person's override (date.sameDayAs): the day of another event. */
  sameDay?: { id: string; day: string; label?: string } | undefined;
  /** The last day the article mentioned before the expression. */
  anchor?: Anchor | undefined;
  /** The outlet writes all-numeric dates day first; undefined: unknown, such dates are problems. */
  dayFirst?: boolean | undefined;
}

export interface Failure {
  error: string;
  /** An all-numeric date that reads two ways: both readings, for a person to choose. */
  readings?: Resolved[];
}

export type RuleOutcome = Resolved | Failure;

/** Which of the rules a date rule serves (docs/dates.md), for the basis and the evaluation. */
export type RuleGroup =
  'tense' | 'explicit' | 'range' | 'anaphora' | 'part' | 'vague-future' | 'relative' | 'vague-past';

export interface DateRule {
  name: string;
  group: RuleGroup;
  source: string;
  /** Groups holding a month name: in running text it must be capitalised ("may" the verb is not May). */
  caps?: number[];
  resolve: (m: RegExpExecArray, ctx: RuleContext) => RuleOutcome;
}

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_FULL = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** Full names and the usual abbreviations ("Jun.", "Sept"), never followed by more letters. */
export const MONTH_ANY =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|' +
  'Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![a-z])';
/** A day of the month, "2", "02", "2nd", never part of a number or model name ("2,000", "F-16"). */
export const DAY = '(?<![\\d,.\\-/])(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)(?!\\d)';
export const YEAR = '((?:1[6-9]|20)\\d{2})(?![\\d-])';
export const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const NUMBER = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 5 };

const FULL_MONTHS = MONTH_FULL.slice(1, -1).split('|');
/** "Sept" → "September". */
export const fullMonth = (word: string) => FULL_MONTHS[monthIndex(word) - 1]!;
export const monthIndex = (word: string) => MONTH_WORDS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
export const weekdayIndex = (word: string) =>
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(word.toLowerCase());
export const yearOf = (day: string) => toUtc(day).getUTCFullYear();
export const monthOf = (day: string) => toUtc(day).getUTCMonth() + 1;
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
export const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);

export const oneDay = (d: string, reason: string): Resolved => ({ start: d, end: d, precision: 'day', reason });
export const span = (start: string, end: string, reason: string): Resolved => ({
  start,
  end,
  precision: 'span',
  reason,
});
export const wholeMonth = (y: number, m: number, reason: string): Resolved => ({
  start: ymd(y, m, 1),
  end: lastOfMonth(y, m),
  precision: 'month',
  reason,
});
export const wholeYear = (y: number, reason: string): Resolved => ({
  start: ymd(y, 1, 1),
  end: ymd(y, 12, 31),
  precision: 'year',
  reason,
});

/** The latest `weekday` (0 = Sunday) on or before `day` (strictly before when `strict`). */
export function latestWeekday(day: string, weekday: number, strict = false): string {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(day, -back);
}

/** The first `weekday` strictly after `day` (on or after when `inclusive`). */
export function nextWeekday(day: string, weekday: number, inclusive = false): string {
  let ahead = (weekday - weekdayOf(day) + 7) % 7;
  if (!inclusive && ahead === 0) ahead = 7;
  return addDays(day, ahead);
}

/** A bare weekday by tense (rule 1): the publication day or the latest before it; future: the first after. */
export function weekdayByTense(wd: number, ctx: RuleContext): Resolved {
  const name = cap(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][wd]!);
  if (ctx.tense.future)
    return oneDay(nextWeekday(ctx.published, wd), `${tenseWords(ctx.tense)}: the first ${name} after publication`);
  return oneDay(
    latestWeekday(ctx.published, wd),
    `${tenseWords(ctx.tense)}: the latest ${name} on or before publication`,
  );
}

/**
 * Days [first, last] of a year-less month or day written for year y (`build(y)`), moved by tense:
 * past and after publication → the year before; future and before publication → the year after.
 */
export function placeYearless(
  build: (y: number) => { start: string; end: string },
  label: string,
  ctx: RuleContext,
): { start: string; end: string; year: number; reason: string } {
  let y = yearOf(ctx.published);
  let days = build(y);
  const why = tenseWords(ctx.tense);
  if (ctx.tense.future && days.end < ctx.published) {
    days = build(++y);
    return { ...days, year: y, reason: `no year written; ${why}: the next ${label} after publication, in ${y}` };
  }
  if (!ctx.tense.future && days.start > ctx.published) {
    days = build(--y);
    return {
      ...days,
      year: y,
      reason: `no year written; ${why}: the latest ${label} on or before publication, in ${y}`,
    };
  }
  return { ...days, year: y, reason: `no year written; ${why}: ${label} of the publication year, ${y}` };
}

/** A real calendar day or null ("31 June"). */
export function realDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = ymd(y, m, d);
  return Number(iso.slice(8, 10)) === d ? iso : null;
}
