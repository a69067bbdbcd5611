/**
 * CSV export: the TimelineJS spreadsheet columns (so the file opens in TimelineJS's Google
 * Sheets template) followed by Briefline's own columns (id, status, precision, themes, actors,
 * the sources and the quotes, and the evidence as JSON — source id, url, offsets, quote — so an
 * import restores the quotes with their articles), so nothing is lost and an import gives the same events back.
 * Headline and Text are HTML in TimelineJS, so & < > are escaped there (decoded on import).
 */
import { formatEventDate } from '../dateLabel';
import type { EventList, TimelineEvent } from '../schema';
import { toCsv } from './csv';
import { escapeHtmlText } from './html';
import { eventParts } from './select';
import { evidenceForExport } from './evidence';

export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
export const BRIEFLINE_COLUMNS = ['Briefline ID', 'Status', 'Precision', 'Themes', 'Actors', 'Sources', 'Quotes', 'Evidence'] as const;

const s = (n: number | undefined) => (n === undefined ? '' : String(n));

export function exportCsv(data: EventList, events: readonly TimelineEvent[]): string {
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const source = new Map(data.sources.map((x) => [x.id, x]));
  const rows: string[][] = [[...TIMELINEJS_COLUMNS, ...BRIEFLINE_COLUMNS]];
  for (const e of events) {
    const { start, end } = eventParts(e);
    const srcs = [...new Set(e.evidence.map((q) => q.source))].map((id) => {
      const x = source.get(id);
      return x ? `${x.outlet}, "${x.headline}", ${x.published}, ${x.url}` : id;
    });
    rows.push([
      s(start.year), s(start.month), s(start.day), '',
      s(end?.year), s(end?.month), s(end?.day), '',
      formatEventDate(e.date), escapeHtmlText(e.title), escapeHtmlText(e.summary), '', '', '', '', '',
      themeLabel.get(e.themes[0] ?? '') ?? e.themes[0] ?? '', '',
      e.id, e.status, e.date.precision, e.themes.join(' '), e.actors.join('; '),
      srcs.join('\n'), e.evidence.map((q) => `"${q.quote}" (${source.get(q.source)?.outlet ?? q.source})`).join('\n'),
      JSON.stringify(evidenceForExport(data, e)),
    ]);
  }
  return toCsv(rows);
}
