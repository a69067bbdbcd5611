/**
 * TimelineJS3 JSON export (https://timeline.knightlab.com/docs/json-format.html): dates as
 * year/month/day parts only to the precision known, display_date with Briefline's honest label,
 * group = the first theme's label, text as escaped HTML with the sources as links (each address
 * through safeHref, src/lib/links.ts, the screen's rule). Each slide
 * also carries a `briefline` object (ignored by TimelineJS) so an import gives the same events.
 */
import { formatEventDate } from '../dateLabel';
import type { Era, EventList, TimelineEvent } from '../schema';
import { escapeHtml } from './html';
import { safeHref } from '../links';
import { eventParts, partsOf, type DateParts } from './select';
import { dayParts, lastOfMonth } from '../days';
import { evidenceForExport, type WireEvidence } from './evidence';

export interface TjsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  display_date?: string;
}

export interface TjsSlide {
  unique_id?: string;
  start_date?: TjsDate;
  end_date?: TjsDate;
  display_date?: string;
  group?: string;
  text?: { headline?: string; text?: string };
  media?: unknown;
  background?: unknown;
  briefline?: { status: string; precision: string; themes: string[]; actors: string[]; evidence?: WireEvidence[] };
}

export interface TjsDocument {
  title?: TjsSlide;
  events: TjsSlide[];
  eras?: TjsSlide[];
  scale?: string;
}

export const SOURCES_CLASS = 'briefline-sources';

const toTjs = (p: DateParts): TjsDate => ({
  year: p.year,
  ...(p.month ? { month: p.month } : {}),
  ...(p.day ? { day: p.day } : {}),
});

/** An era's parts to the precision its days show: whole years as years, whole months as months, else days. */
export function eraParts(era: Era): { start: DateParts; end: DateParts } {
  const [, sm, sd] = dayParts(era.start);
  const [ey, em] = dayParts(era.end);
  const wholeMonths = sd === 1 && era.end === lastOfMonth(ey, em);
  const precision = wholeMonths && sm === 1 && em === 12 ? 'year' : wholeMonths ? 'month' : 'day';
  return { start: partsOf(era.start, precision), end: partsOf(era.end, precision) };
}

/** The list's eras as TimelineJS eras (background bands there too), or nothing when it has none. */
function erasOf(data: EventList): Pick<TjsDocument, 'eras'> {
  if (!data.eras?.length) return {};
  return {
    eras: data.eras.map((era) => {
      const { start, end } = eraParts(era);
      return { start_date: toTjs(start), end_date: toTjs(end), text: { headline: escapeHtml(era.headline) } };
    }),
  };
}

export function exportTimelineJs(data: EventList, events: readonly TimelineEvent[]): TjsDocument {
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const source = new Map(data.sources.map((x) => [x.id, x]));
  return {
    title: {
      text: {
        headline: escapeHtml(data.title),
        text: `<p>${events.length} events exported from Briefline. Every event cites its sources.</p>`,
      },
    },
    events: events.map((e) => {
      const { start, end } = eventParts(e);
      const links = [...new Set(e.evidence.map((q) => q.source))].flatMap((id) => {
        const x = source.get(id);
        const href = x ? safeHref(x.url) : null;
        return x && href ? [`<a href="${escapeHtml(href)}">${escapeHtml(`${x.outlet}, ${x.published}`)}</a>`] : [];
      });
      return {
        unique_id: e.id,
        start_date: toTjs(start),
        ...(end ? { end_date: toTjs(end) } : {}),
        display_date: formatEventDate(e.date),
        group: themeLabel.get(e.themes[0] ?? '') ?? e.themes[0] ?? '',
        text: {
          headline: escapeHtml(e.title),
          text:
            `<p>${escapeHtml(e.summary)}</p>` +
            (links.length ? `<p class="${SOURCES_CLASS}">Sources: ${links.join('; ')}</p>` : ''),
        },
        briefline: {
          status: e.status,
          precision: e.date.precision,
          themes: e.themes,
          actors: e.actors,
          evidence: evidenceForExport(data, e),
        },
      };
    }),
    ...erasOf(data),
  };
}
