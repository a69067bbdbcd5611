/**
 * Dates of imported slides and rows: TimelineJS gives year/month/day parts (numbers or
 * strings); Briefline keeps exactly the precision given. A display date starting with
 * "before " or "week of " (Briefline's own labels) restores those precisions.
 */
import { isRealDay, PRECISIONS, type EventDate, type Precision } from '../schema';
import { addDays, compareDays, dayString, lastOfMonth } from '../days';

export interface RawParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
}

export interface DateProblem {
  field: string;
  message: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

interface Parts {
  /** ISO 8601 (astronomical) year: 0 is 1 BC. */
  year: number;
  /** The year as the file writes it (TimelineJS: -43 is 43 BC). */
  written: number;
  month?: number;
  day?: number;
}

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
}

/** JavaScript's Date (and so the timeline) holds about 271,821 BC to AD 275,760; outside that, nothing can. */
const DATE_YEARS = { min: -271_820, max: 275_759 } as const;

/** The first year in the parts that no date can hold (a cosmological year such as -13,800,000,000), or null. */
export function yearNoDateHolds(...raws: RawParts[]): number | null {
  for (const r of raws) {
    const y = num(r.year);
    if (y !== null && (y < DATE_YEARS.min || y > DATE_YEARS.max)) return y;
  }
  return null;
}

export const noDateNote = (where: string, year: number) =>
  `${where}: the year ${year} is outside what a date can hold.`;

/**
 * TimelineJS writes BC years as negative numbers and labels year -43 "43 BCE" (its Language.formatJSDate takes
 * the absolute value), so -43 means 43 BC: ISO 8601 (astronomical) year -42. Year 0, which no calendar has, is
 * taken as ISO 0 (1 BC). Export writes the same numbers back (tjsYear), so a round trip keeps every year.
 */
export const isoYearOfTjs = (y: number) => (y < 0 ? y + 1 : y);
export const tjsYear = (isoYear: number) => (isoYear <= 0 ? isoYear - 1 : isoYear);

/** Parse parts; `prefix` names the fields ("start_date." or "" for CSV columns "Year"...). */
export function parseParts(
  raw: RawParts,
  names: { year: string; month: string; day: string },
  problems: DateProblem[],
): Parts | null {
  if (blank(raw.year)) {
    problems.push({ field: names.year, message: 'is required' });
    return null;
  }
  const year = num(raw.year);
  if (year === null) {
    problems.push({ field: names.year, message: `"${String(raw.year)}" is not a whole number` });
    return null;
  }
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) {
    problems.push({ field: names.year, message: `${year} is outside what a date can hold` });
    return null;
  }
  const p: Parts = { year: isoYearOfTjs(year), written: year };
  if (!blank(raw.month)) {
    const m = num(raw.month);
    if (m === null || m < 1 || m > 12) {
      problems.push({ field: names.month, message: `"${String(raw.month)}" is not a month (1–12)` });
      return null;
    }
    p.month = m;
  }
  if (!blank(raw.day)) {
    const d = num(raw.day);
    if (p.month === undefined) {
      problems.push({ field: names.day, message: 'a day needs a month' });
      return null;
    }
    if (d === null || !isRealDay(dayString(p.year, p.month, d))) {
      problems.push({ field: names.day, message: `"${String(raw.day)}" is not a day of ${year}-${pad(p.month)}` });
      return null;
    }
    p.day = d;
  }
  return p;
}

const first = (p: Parts) => dayString(p.year, p.month ?? 1, p.day ?? 1);
const last = (p: Parts) => {
  const m = p.month ?? 12;
  return p.day ? dayString(p.year, m, p.day) : lastOfMonth(p.year, m);
};
/** The parts as the file writes them: "-43", "602-03", "1453-05-29". */
const written = (p: Parts) =>
  [String(p.written), ...(p.month ? [pad(p.month)] : []), ...(p.day ? [pad(p.day)] : [])].join('-');

/** The Briefline date of an imported item, or problems. */
export function importedDate(
  start: Parts,
  end: Parts | null,
  displayDate: string,
  hint: string | undefined,
  basis: string,
  endField: string,
  problems: DateProblem[],
): EventDate | null {
  const label = displayDate.trim();
  let precision: Precision;
  if (hint && (PRECISIONS as readonly string[]).includes(hint)) precision = hint as Precision;
  else if (/^before /i.test(label)) precision = 'before';
  else if (/^after /i.test(label)) precision = 'after';
  else if (/^week of /i.test(label)) precision = 'week';
  else if (
    end &&
    end.day === undefined &&
    start.day === undefined &&
    end.year === start.year &&
    end.month === start.month
  )
    // "May 2020 – May 2020" or "2020 – 2020": one month (or year), keep that precision.
    precision = start.month !== undefined ? 'month' : 'year';
  else if (end) precision = 'span';
  else precision = start.day !== undefined ? 'day' : start.month !== undefined ? 'month' : 'year';
  const expression = label || (end ? `${written(start)} – ${written(end)}` : written(start));
  let s: string | null = first(start);
  let e: string | null = end ? last(end) : last(start);
  if (precision === 'before') {
    if (start.day === undefined) {
      problems.push({ field: 'Day', message: 'a "before" date needs the day by which it had happened' });
      return null;
    }
    s = null;
    e = first(start);
  } else if (precision === 'after') {
    // a vague future as Briefline exports it ("after 24 Jul 2020"): from that day on, no end
    e = null;
  } else if (precision === 'week' && !end) e = addDays(s, 6);
  if (s !== null && e !== null && compareDays(e, s) < 0) {
    problems.push({ field: endField, message: `the end ${e} is before the start ${s}` });
    return null;
  }
  return { start: s, end: e, precision, expression, basis };
}
