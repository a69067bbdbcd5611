/**
 * The Period filter's From/To fields as text (issue 15 §8): a date input cannot hold years before 1 or after
 * 9999, so a list of Roman or Byzantine history could not be filtered. A field reads a day, a month or a year,
 * AD or BC, and stands for its first day (From) or its last (To). Pure.
 *
 * Accepted: "2020-07-24" and ISO 8601 expanded days ("-000043-03-15", 15 Mar 44 BC); a year: "602", "44 BC",
 * "44 BCE", "AD 602", "602 CE", the ISO expanded year "-000043"; a month: "Mar 44 BC", "March 602"; a day:
 * "15 Mar 44 BC", "March 15, 44 BC". A bare negative year ("-44") is refused (TimelineJS and ISO number it
 * differently: 44 BC or 45 BC?), and so is the year 0 (no calendar has it).
 */
import { isRealDay } from './schema';
import { dayLabel, dayParts, dayString, isoYear, lastOfMonth } from './days';

export type PeriodSide = 'from' | 'to';
export type PeriodParse = { ok: true; day: string } | { ok: false; message: string };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for "Mar", "march", "Sept.", or 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i + 1;
}

/** The astronomical year (0 is 1 BC) of "602", "44 BC", "AD 602", "-000043", or a message. */
function yearOf(text: string): number | string {
  const t = text.trim().replace(/\s+/g, ' ');
  const iso = /^([+-]\d{6})$/.exec(t);
  if (iso) return Number(iso[1]);
  if (/^-\d+$/.test(t)) return `write "${t.slice(1)} BC" (or the ISO 8601 year "${isoYear(1 - Number(t.slice(1)))}")`;
  const m = /^(?:(ad|a\.d\.|ce|c\.e\.) ?)?(\d{1,6})(?: ?(bc|bce|b\.c\.|b\.c\.e\.|ad|a\.d\.|ce|c\.e\.))?$/i.exec(t);
  if (!m) return '';
  const n = Number(m[2]);
  const bc = m[3] !== undefined && /^b/i.test(m[3]);
  if (n === 0) return 'there is no year 0 (1 BC is followed by AD 1)';
  return bc ? 1 - n : n;
}

const EXAMPLES = 'e.g. "2020-07-24", "602", "44 BC", "Mar 44 BC", "15 Mar 44 BC"';

const fail = (why = ''): PeriodParse => ({
  ok: false,
  message: why || `not a day, month or year (${EXAMPLES})`,
});

/** The day a Period field's text stands for (From: its first day, To: its last), or why it is not one. */
export function parsePeriodDay(text: string, side: PeriodSide): PeriodParse {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (!t) return fail(`empty (${EXAMPLES})`);
  if (/^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/.test(t))
    return isRealDay(t) ? { ok: true, day: t } : fail(`not a real calendar day: ${t}`);
  const words = t.split(' ');
  let day = 0;
  let month = 0;
  let rest = words;
  if (words.length >= 3 && /^\d{1,2}$/.test(words[0]!) && monthOf(words[1]!)) {
    day = Number(words[0]);
    month = monthOf(words[1]!);
    rest = words.slice(2);
  } else if (
    words.length >= 3 &&
    monthOf(words[0]!) &&
    /^\d{1,2}$/.test(words[1]!) &&
    // "March 15 44 BC" is a day; "Mar 44 BC" a month ("BC" alone is no year)
    typeof yearOf(words.slice(2).join(' ')) === 'number'
  ) {
    month = monthOf(words[0]!);
    day = Number(words[1]);
    rest = words.slice(2);
  } else if (words.length >= 2 && monthOf(words[0]!)) {
    month = monthOf(words[0]!);
    rest = words.slice(1);
  }
  const year = yearOf(rest.join(' '));
  if (typeof year === 'string') return fail(year);
  let result: string;
  if (!month) result = side === 'from' ? dayString(year, 1, 1) : dayString(year, 12, 31);
  else if (!day) result = side === 'from' ? dayString(year, month, 1) : lastOfMonth(year, month);
  else result = dayString(year, month, day);
  return isRealDay(result) ? { ok: true, day: result } : fail(`not a real calendar day or a year a date holds`);
}

/**
 * How a Period field shows a day set elsewhere (the link, Clear): "2020-07-24" for the years 1000–9999, as a date
 * field writes it; otherwise as Briefline's labels do ("1 Jan 602", "15 Mar 44 BC"), which the field reads back.
 */
export function periodDayText(day: string | null): string {
  if (day === null) return '';
  const y = dayParts(day)[0];
  return y >= 1000 && y <= 9999 ? day : dayLabel(day);
}
