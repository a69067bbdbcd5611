/**
 * The printed handout's content: a cover (title, date range, themes shown, number of events)
 * and one entry per step whose quotes become footnotes numbered through the whole handout.
 */
import type { EventList } from '../schema';
import { lastKnownDay } from '../dateBounds';
import type { Briefing } from './model';
import { dateSortKey } from '../eventOrder';
import { dayLabel, stepViews, type QuoteView } from './present';

export interface Footnote extends QuoteView {
  n: number;
}

export interface HandoutEntry {
  index: number;
  kind: 'event' | 'title';
  dateLabel: string;
  planned: boolean;
  title: string;
  summary: string;
  talkingPoints: string;
  footnotes: Footnote[];
}

export interface HandoutModel {
  title: string;
  dateRange: string;
  themes: string[];
  eventCount: number;
  entries: HandoutEntry[];
}

export function buildHandout(b: Briefing, data: EventList): HandoutModel {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const events = b.steps.flatMap((s) => (s.kind === 'event' && byId.has(s.eventId) ? [byId.get(s.eventId)!] : []));
  // The period runs from the earliest known day to the latest; undated "before" events have no
  // known start, so they are counted beside the period instead of stretching it with a guess.
  const dated = events.filter((e) => e.date.precision !== 'before');
  const undated = events.length - dated.length;
  let dateRange = 'no dated events';
  if (dated.length) {
    const from = dayLabel(dated.reduce((m, e) => (dateSortKey(e) < m ? dateSortKey(e) : m), dateSortKey(dated[0]!)));
    const to = dayLabel(dated.reduce((m, e) => (lastKnownDay(e.date) > m ? lastKnownDay(e.date) : m), lastKnownDay(dated[0]!.date)));
    dateRange = from === to ? from : `${from} – ${to}`;
  }
  if (undated) dateRange += `, and ${undated} undated event${undated === 1 ? '' : 's'} known only to have happened before ${undated === 1 ? 'its' : 'their'} report`;
  const themeIds = new Set(events.flatMap((e) => e.themes));
  // The themes shown: those the briefing's events carry, less any the filters hid when it was made.
  const hidden = new Set(b.filters.hiddenThemes);
  const themes = data.themes.filter((t) => themeIds.has(t.id) && !hidden.has(t.id)).map((t) => t.label);
  let n = 0;
  const entries = stepViews(b, data).map((v, index): HandoutEntry => {
    if (v.kind === 'title') return { index, kind: 'title', dateLabel: '', planned: false, title: v.title, summary: v.text, talkingPoints: '', footnotes: [] };
    return {
      index,
      kind: 'event',
      dateLabel: v.dateLabel,
      planned: v.planned,
      title: v.title,
      summary: v.summary,
      talkingPoints: v.talkingPoints,
      footnotes: v.quotes.map((q) => ({ ...q, n: ++n })),
    };
  });
  return { title: b.name, dateRange, themes, eventCount: events.length, entries };
}
