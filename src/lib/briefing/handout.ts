/**
 * The printed handout's content: a cover (title, date range, the themes among its events, what the
 * briefing was built from, number of events) and one entry per step. Quotes become footnotes numbered
 * through the whole handout, one per distinct quote: a step that cites a quote already given refers to
 * its number again. A source whose address was already given is not spelled out again.
 */
import type { EventList } from '../schema';
import { lastKnownDay } from '../dateBounds';
import { earlierDay, laterDay } from '../days';
import type { Briefing } from './model';
import { builtFromLines } from './builtFrom';
import { dateSortKey } from '../eventOrder';
import { dayLabel, stepViews, type QuoteView } from './present';

export interface Footnote extends QuoteView {
  n: number;
  /** The note that already gave this source's headline and address, when one did. */
  sourceNote: number | null;
}

/** A quote this entry cites that an earlier entry already footnoted. */
export interface FootnoteRef {
  n: number;
  /** 1-based step number of the entry that prints the footnote. */
  step: number;
}

export interface HandoutEntry {
  index: number;
  kind: 'event' | 'title';
  dateLabel: string;
  planned: boolean;
  title: string;
  summary: string;
  talkingPoints: string;
  /** Every note this entry cites, in order (new and repeated). */
  cites: number[];
  /** Notes printed under this entry (first citations). */
  footnotes: Footnote[];
  /** Notes printed under an earlier entry. */
  repeats: FootnoteRef[];
}

export interface HandoutModel {
  title: string;
  dateRange: string;
  /** Themes that the briefing's events carry (whatever the filters were). */
  themes: string[];
  /** What the briefing was made from: the search, period and hidden themes at creation; empty when none. */
  builtFrom: string[];
  eventCount: number;
  entries: HandoutEntry[];
}

function dateRangeOf(b: Briefing, data: EventList): { dateRange: string; count: number; themeIds: Set<string> } {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const events = b.steps.flatMap((s) => (s.kind === 'event' && byId.has(s.eventId) ? [byId.get(s.eventId)!] : []));
  // The period runs from the earliest known day to the latest; undated "before" events have no
  // known start, so they are counted beside the period instead of stretching it with a guess.
  const dated = events.filter((e) => e.date.precision !== 'before');
  const undated = events.length - dated.length;
  let dateRange = 'no dated events';
  if (dated.length) {
    const from = dayLabel(dated.map(dateSortKey).reduce(earlierDay));
    const to = dayLabel(dated.map((e) => lastKnownDay(e.date)).reduce(laterDay));
    dateRange = from === to ? from : `${from} – ${to}`;
  }
  if (undated) {
    const their = undated === 1 ? 'its' : 'their';
    dateRange +=
      `, and ${undated} undated event${undated === 1 ? '' : 's'} ` +
      `known only to have happened before ${their} report`;
  }
  return { dateRange, count: events.length, themeIds: new Set(events.flatMap((e) => e.themes)) };
}

export function buildHandout(b: Briefing, data: EventList): HandoutModel {
  const { dateRange, count, themeIds } = dateRangeOf(b, data);
  const themes = data.themes.filter((t) => themeIds.has(t.id)).map((t) => t.label);
  const noteOf = new Map<string, { n: number; step: number }>();
  const sourceNoteOf = new Map<string, number>();
  let n = 0;
  const entries = stepViews(b, data).map((v, index): HandoutEntry => {
    const empty = { cites: [], footnotes: [], repeats: [] };
    if (v.kind === 'title')
      return {
        index,
        kind: 'title',
        dateLabel: '',
        planned: false,
        title: v.title,
        summary: v.text,
        talkingPoints: '',
        ...empty,
      };
    const cites: number[] = [];
    const footnotes: Footnote[] = [];
    const repeats: FootnoteRef[] = [];
    for (const q of v.quotes) {
      const key = `${q.url}\u0000${q.outlet}\u0000${q.text}`;
      const seen = noteOf.get(key);
      if (seen) {
        if (!cites.includes(seen.n)) {
          cites.push(seen.n);
          if (seen.step !== index + 1) repeats.push(seen);
        }
        continue;
      }
      const note = { n: ++n, step: index + 1 };
      noteOf.set(key, note);
      const sourceKey = `${q.url}\u0000${q.outlet}`;
      footnotes.push({ ...q, n: note.n, sourceNote: sourceNoteOf.get(sourceKey) ?? null });
      if (!sourceNoteOf.has(sourceKey)) sourceNoteOf.set(sourceKey, note.n);
      cites.push(note.n);
    }
    const { dateLabel, planned, title, summary, talkingPoints } = v;
    return { index, kind: 'event', dateLabel, planned, title, summary, talkingPoints, cites, footnotes, repeats };
  });
  return { title: b.name, dateRange, themes, builtFrom: builtFromLines(b.filters, data), eventCount: count, entries };
}
