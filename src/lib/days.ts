/**
 * Calendar-day arithmetic on ISO day strings (YYYY-MM-DD), in UTC so no time zone can shift a day.
 * Pure; shared by date resolution (dates.ts) and the pipeline.
 */
const DAY_MS = 86_400_000;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromUtc(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function ymd(y: number, m: number, d: number): string {
  return fromUtc(new Date(Date.UTC(y, m - 1, d)));
}

export function addDays(day: string, n: number): string {
  return fromUtc(new Date(toUtc(day).getTime() + n * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return toUtc(day).getUTCDay();
}

/** The Monday of the ISO week (Monday to Sunday) that contains `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Last day of the month of (y, m), m = 1..12. */
export function lastOfMonth(y: number, m: number): string {
  return fromUtc(new Date(Date.UTC(y, m, 0)));
}

/** "Fri 24 Jul 2020": the form bases use, so a reader can check the weekday too. */
export function longDay(day: string): string {
  const dt = toUtc(day);
  return `${WEEKDAYS[dt.getUTCDay()]!.slice(0, 3)} ${dt.getUTCDate()} ${MONTHS[dt.getUTCMonth()]!} ${dt.getUTCFullYear()}`;
}

/** "Jul 2020". */
export function monthLabel(y: number, m: number): string {
  return `${MONTHS[m - 1]!} ${y}`;
}

const ISO_DAY = /^([+-]\d{4,6}|\d{4})-(\d{2})-(\d{2})/;

/**
 * The parts of an ISO day (YYYY-MM-DD, or an expanded year ±YYYYYY-MM-DD) read from the string itself: no Date,
 * so no time zone. The year is the era year (year 0 reads 1, as 1 BC), as date-fns' `y` token wrote it.
 */
function dayParts(day: string): { d: number; mon: string; y: number } {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not an ISO day: ${day}`);
  const year = Number(m[1]);
  return { d: Number(m[3]), mon: MONTHS[Number(m[2]) - 1] ?? '?', y: year > 0 ? year : 1 - year };
}

/** "24 Jul 2020"; the year 602 reads "602", not "0602". */
export function dayText(day: string): string {
  const { d, mon, y } = dayParts(day);
  return `${d} ${mon} ${y}`;
}

/** "Jul 2020" for any day of that month. */
export function monthText(day: string): string {
  const { mon, y } = dayParts(day);
  return `${mon} ${y}`;
}

/** "2020" for any day of that year. */
export function yearText(day: string): string {
  return String(dayParts(day).y);
}
