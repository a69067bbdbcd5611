/**
 * CSV export: the TimelineJS spreadsheet columns (so the file opens in TimelineJS's Google
 * Sheets template) followed by Briefline's own columns (id, status, precision, themes, actors,
 * the sources and the quotes, and the evidence as JSON — source id, url, offsets, quote — so an
 * import restores the quotes with their articles), so nothing is lost and an import gives the same events back.
 * CSV is plain text: Headline and Text hold the raw text (no HTML entities). On import, a file
 * with the Briefline columns is read as plain text; a foreign TimelineJS sheet as HTML.
 * The file starts with a UTF-8 byte-order mark, so Excel on Windows reads “ ” — as they are.
 * An undated ("before") event has no start: Year/Month/Day stay empty, Display Date says
 * "before 24 Jul 2020" and End Year/Month/Day hold that day, the day by which it had happened.
 * Every address goes through safeHref (src/lib/links.ts), the rule the screen uses for links.
 */
import { formatEventDate } from '../dateLabel';
import type { EventList, TimelineEvent } from '../schema';
import { toCsv } from './csv';
import { eventParts, type DateParts } from './select';
import { evidenceForExport } from './evidence';
import { eraParts } from './timelinejs';
import { safeHref } from '../links';

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
export const BRIEFLINE_COLUMNS = [
  'Briefline ID',
  'Status',
  'Precision',
  'Themes',
  'Actors',
  'Sources',
  'Quotes',
  'Evidence',
] as const;

const s = (n: number | undefined) => (n === undefined ? '' : String(n));
export const CSV_BOM = '\uFEFF';

export function exportCsv(data: EventList, events: readonly TimelineEvent[]): string {
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const source = new Map(data.sources.map((x) => [x.id, x]));
  const rows: string[][] = [[...TIMELINEJS_COLUMNS, ...BRIEFLINE_COLUMNS]];
  for (const e of events) {
    const parts = eventParts(e);
    const undated = e.date.precision === 'before';
    const start: Partial<DateParts> = undated ? {} : parts.start;
    const end = undated ? parts.start : parts.end;
    const srcs = [...new Set(e.evidence.map((q) => q.source))].map((id) => {
      const x = source.get(id);
      const url = x ? safeHref(x.url) : null;
      return x ? `${x.outlet}, "${x.headline}", ${x.published}${url ? `, ${url}` : ''}` : id;
    });
    rows.push([
      s(start.year),
      s(start.month),
      s(start.day),
      '',
      s(end?.year),
      s(end?.month),
      s(end?.day),
      '',
      formatEventDate(e.date),
      e.title,
      e.summary,
      '',
      '',
      '',
      '',
      '',
      themeLabel.get(e.themes[0] ?? '') ?? e.themes[0] ?? '',
      '',
      e.id,
      e.status,
      e.date.precision,
      e.themes.join(' '),
      e.actors.join('; '),
      srcs.join('\n'),
      e.evidence.map((q) => `"${q.quote}" (${source.get(q.source)?.outlet ?? q.source})`).join('\n'),
      JSON.stringify(evidenceForExport(data, e)),
    ]);
  }
  // Eras as TimelineJS's own "era" rows (background bands there too), after the events.
  for (const era of data.eras ?? []) {
    const { start, end } = eraParts(era);
    const cells: string[] = [...TIMELINEJS_COLUMNS, ...BRIEFLINE_COLUMNS].map(() => '');
    const at = (c: (typeof TIMELINEJS_COLUMNS)[number]) => TIMELINEJS_COLUMNS.indexOf(c);
    [start.year, start.month, start.day].forEach((v, i) => (cells[at('Year') + i] = s(v)));
    [end.year, end.month, end.day].forEach((v, i) => (cells[at('End Year') + i] = s(v)));
    cells[at('Headline')] = era.headline;
    cells[at('Type')] = 'era';
    rows.push(cells);
  }
  return CSV_BOM + toCsv(rows);
}
