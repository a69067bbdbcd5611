/**
 * The printed handout's content: a cover (title, date range, themes shown, number of events)
 * and one entry per step whose quotes become footnotes numbered through the whole handout.
 */
import type { EventList } from '../schema';
import type { Briefing } from './model';
import { eventSortKey } from './order';
import { dayLabel, stepViews, type QuoteView } from './present';
import { formatEventDate } from '../dateLabel';

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
  let dateRange = 'no dated events';
  if (events.length) {
    const first = events.reduce((a, e) => (eventSortKey(e) < eventSortKey(a) ? e : a));
    const last = events.reduce((a, e) => (e.date.end > a.date.end ? e : a));
    const from = first.date.precision === 'before' ? formatEventDate(first.date) : dayLabel(eventSortKey(first));
    const to = dayLabel(last.date.end);
    dateRange = from === to ? from : `${from} – ${to}`;
  }
  const themeIds = new Set(events.flatMap((e) => e.themes));
  const themes = data.themes.filter((t) => themeIds.has(t.id)).map((t) => t.label);
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
