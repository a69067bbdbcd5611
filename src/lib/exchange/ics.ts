/**
 * iCalendar (RFC 5545) export: one all-day VEVENT per event, DTSTART;VALUE=DATE and an
 * exclusive DTEND, text escaped, lines folded at 75 octets, CRLF line ends. The description
 * carries the honest date label, the quotes and the source addresses; URL is the first source.
 * Addresses pass safeHref (src/lib/links.ts), the rule the screen uses: anything but an absolute
 * http(s) address is left out. CATEGORIES are the themes' labels, as the app shows them.
 * Undated "before" events are left out (a calendar entry needs a day we do not know), and so are events
 * outside the years 1–9999 (an iCalendar date has a four-digit year and no BC): both are returned in `omitted`
 * so the export dialog can say so.
 */
import { withQuoteMarks } from '../briefing/quoteMarks';
import { formatEventDate } from '../dateLabel';
import type { EventList, TimelineEvent } from '../schema';
import { safeHref } from '../links';
import { addDays, yearOf } from '../days';

export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line so that no line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // continuation lines start with one space
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => addDays(iso, 1);
/** The years an iCalendar DATE holds (date-fullyear = 4DIGIT; there is no year 0 or BC). */
export const icsHolds = (iso: string) => yearOf(iso) >= 1 && yearOf(iso) <= 9999;
/** Whether the calendar export can hold an event: a known day in the years 1–9999. */
export const icsCanHold = (e: TimelineEvent) =>
  e.date.precision !== 'before' &&
  e.date.start !== null &&
  e.date.end !== null &&
  icsHolds(e.date.start) &&
  icsHolds(addDays(e.date.end, 1));

export function exportIcs(
  data: EventList,
  events: readonly TimelineEvent[],
  now: Date,
): { text: string; omitted: TimelineEvent[] } {
  const source = new Map(data.sources.map((x) => [x.id, x]));
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Briefline//Briefline export//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(data.title)}`,
  ];
  const omitted: TimelineEvent[] = [];
  for (const e of events) {
    if (!icsCanHold(e) || e.date.start === null || e.date.end === null) {
      omitted.push(e);
      continue;
    }
    const label = formatEventDate(e.date);
    const title =
      `${e.title}${e.status === 'planned' ? ' (planned)' : ''}` + (e.date.precision === 'day' ? '' : ` (${label})`);
    const quotes = e.evidence.map((q) => {
      const x = source.get(q.source);
      const url = x ? safeHref(x.url) : null;
      return `${withQuoteMarks(q.quote)} — ${x ? `${x.outlet}, ${x.published}${url ? `, ${url}` : ''}` : q.source}`;
    });
    const urls = [
      ...new Set(e.evidence.map((q) => safeHref(source.get(q.source)?.url)).filter((u): u is string => !!u)),
    ];
    const description = [e.summary, `Date: ${label} (${e.date.expression}).`, '', ...quotes].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@briefline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date.end))}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(urls[0] ? [`URL:${urls[0]}`] : []),
      ...(e.themes.length ? [`CATEGORIES:${e.themes.map((t) => escapeText(themeLabel.get(t) ?? t)).join(',')}`] : []),
      `STATUS:${e.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, omitted };
}
