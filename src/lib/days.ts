/**
 * Calendar-day arithmetic on ISO 8601 day strings, in UTC so no time zone can shift a day. Pure; shared by date
 * resolution (dates.ts), the import, the labels and the timeline.
 *
 * A day is written YYYY-MM-DD for the years 0000–9999 and with an ISO 8601 expanded year, a sign and six digits,
 * outside them: "-000043-03-15" is 15 March 44 BC (astronomical numbering: year 0 is 1 BC, -43 is 44 BC; the
 * calendar is the proleptic Gregorian one JavaScript's Date uses). Any year a Date holds can be written so.
 * Days in the four-digit form compare as strings; with expanded years use compareDays, never `<` on strings.
 *
 * The calendar arithmetic (adding days, weekdays, ISO weeks, month lengths) is date-fns's, in its UTC context
 * (@date-fns/utc): counted in local time, a day a zone skipped (Apia, 30 Dec 2011) or a daylight-saving change at
 * midnight would move the result by a day. Parsing and writing the day strings stays here: date-fns's ISO
 * functions do not read or write expanded years.
 */
import { addDays as addCalendarDays, getDay, getDaysInMonth, startOfISOWeek } from 'date-fns';
import { utc } from '@date-fns/utc';

const DAY_MS = 86_400_000;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The shape of a day string: four-digit year, or a signed six-digit expanded year. */
export const DAY_SHAPE = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/;

const expanded = (day: string) => day.charCodeAt(0) < 48; // '+' or '-'

/** [year, month 1–12, day 1–31] of a day string (year astronomical: 0 is 1 BC). */
export function dayParts(day: string): [number, number, number] {
  const at = expanded(day) ? 7 : 4;
  return [Number(day.slice(0, at)), Number(day.slice(at + 1, at + 3)), Number(day.slice(at + 4, at + 6))];
}

/** The year of a day string. */
export const yearOf = (day: string): number => dayParts(day)[0];

/** "0602", "2020", "-000043", "+010000": the ISO 8601 year, expanded outside 0000–9999. */
export function isoYear(y: number): string {
  if (y >= 0 && y <= 9999) return String(y).padStart(4, '0');
  return `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The day string of (y, m, d), m = 1..12, as given (not normalised: see ymd for that). */
export const dayString = (y: number, m: number, d: number) => `${isoYear(y)}-${pad2(m)}-${pad2(d)}`;

/** -1, 0 or 1: the order of two day strings, right across signs ("-000043-…" before "0602-…"). */
export function compareDays(a: string, b: string): number {
  if (!expanded(a) && !expanded(b)) return a < b ? -1 : a > b ? 1 : 0;
  const [ya, ma, da] = dayParts(a);
  const [yb, mb, db] = dayParts(b);
  return Math.sign(ya - yb || ma - mb || da - db);
}

export const earlierDay = (a: string, b: string) => (compareDays(a, b) <= 0 ? a : b);
export const laterDay = (a: string, b: string) => (compareDays(a, b) >= 0 ? a : b);

/** A UTC instant from calendar parts (month 0-based), for any year: setUTCFullYear, never Date.UTC (0–99 → 19xx). */
export function utcTime(year: number, month = 0, day = 1): number {
  // Date.UTC reads years 0–99 as 1900–1999; from 100 on it is exact and allocates nothing (hot at 10,000 events).
  if (year >= 100 && year <= 9999) return Date.UTC(year, month, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** A local-time instant from calendar parts (month 0-based), for any year (setFullYear, not the Date constructor). */
export function localTime(year: number, month = 0, day = 1): number {
  // The constructor reads years 0–99 as 1900–1999; from 100 on it is exact, and a third of the cost.
  if (year >= 100 && year <= 9999) return new Date(year, month, day).getTime();
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month, day);
  return d.getTime();
}

export function toUtc(day: string): Date {
  const [y, m, d] = dayParts(day);
  return new Date(utcTime(y, m - 1, d));
}

export function fromUtc(date: Date): string {
  return dayString(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Days since 1970-01-01 (the generator draws days as numbers) and back. */
export const dayNumber = (day: string): number => Math.round(toUtc(day).getTime() / DAY_MS);
export const dayFromNumber = (n: number): string => fromUtc(new Date(n * DAY_MS));

/** The day (y, m, d), normalised as Date does (month 13 is January of the next year, day 0 the last of before). */
export function ymd(y: number, m: number, d: number): string {
  return fromUtc(new Date(utcTime(y, m - 1, d)));
}

const IN_UTC = { in: utc };

export function addDays(day: string, n: number): string {
  return fromUtc(addCalendarDays(toUtc(day), n, IN_UTC));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return getDay(toUtc(day), IN_UTC);
}

/** The Monday of the ISO week (Monday to Sunday) that contains `day`. */
export function mondayOf(day: string): string {
  return fromUtc(startOfISOWeek(toUtc(day), IN_UTC));
}

/** Last day of the month of (y, m), m = 1..12. */
export function lastOfMonth(y: number, m: number): string {
  return dayString(y, m, getDaysInMonth(new Date(utcTime(y, m - 1, 1)), IN_UTC));
}

/** "602", "2020", "44 BC" (the year before AD 1 is 1 BC: astronomical year 0). */
export function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

/** "24 Jul 2020", "15 Mar 44 BC", "3 Apr 602": a day as every label in Briefline writes it. */
export function dayLabel(day: string): string {
  const [y, m, d] = dayParts(day);
  return `${d} ${MONTHS[m - 1]!} ${yearLabel(y)}`;
}

/** "Fri 24 Jul 2020": the form bases use, so a reader can check the weekday too. */
export function longDay(day: string): string {
  return `${WEEKDAYS[weekdayOf(day)]!.slice(0, 3)} ${dayLabel(day)}`;
}

/** "Jul 2020", "Mar 44 BC". */
export function monthLabel(y: number, m: number): string {
  return `${MONTHS[m - 1]!} ${yearLabel(y)}`;
}
