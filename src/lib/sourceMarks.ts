/**
 * The source reader's marks: where each event's quotes sit in an article, and the article cut
 * into text segments so that every segment is covered by one constant set of quotes.
 * Overlapping and identical quotes are handled: a segment lists every quote covering it.
 * Pure, no DOM: the SourceReader renders segments as text and <mark> elements.
 */
import type { TimelineEvent } from './schema';

export type MarkKind = 'current' | 'same-event' | 'other-event';

export interface QuoteMark {
  eventId: string;
  evidenceIndex: number;
  start: number;
  end: number;
  kind: MarkKind;
  /** False when the stored offsets were wrong and the quote was found elsewhere in the text. */
  exact: boolean;
}

export interface MarkedSegment {
  start: number;
  end: number;
  text: string;
  /** Quotes covering this segment: the current one first, then the innermost (shortest) first. */
  marks: QuoteMark[];
}

export interface CurrentQuote {
  eventId: string;
  evidenceIndex: number;
}

export interface MissingQuote {
  eventId: string;
  evidenceIndex: number;
  quote: string;
}

/**
 * Where a quote is in the text: at its stored offsets when they match exactly, otherwise the
 * occurrence of the quote nearest to the stored start (exact: false), otherwise null.
 */
export function locateQuote(
  text: string,
  ev: { quote: string; start: number; end: number },
): { start: number; end: number; exact: boolean } | null {
  if (!ev.quote) return null;
  if (ev.start >= 0 && ev.end <= text.length && text.slice(ev.start, ev.end) === ev.quote) {
    return { start: ev.start, end: ev.end, exact: true };
  }
  let best = -1;
  for (let i = text.indexOf(ev.quote); i !== -1; i = text.indexOf(ev.quote, i + 1)) {
    if (best === -1 || Math.abs(i - ev.start) < Math.abs(best - ev.start)) best = i;
  }
  return best === -1 ? null : { start: best, end: best + ev.quote.length, exact: false };
}

/** Every quote of every event taken from `sourceId`, located in `text` and classified. */
export function collectMarks(
  text: string,
  events: readonly TimelineEvent[],
  sourceId: string,
  current: CurrentQuote | null,
): { marks: QuoteMark[]; missing: MissingQuote[] } {
  const marks: QuoteMark[] = [];
  const missing: MissingQuote[] = [];
  for (const event of events) {
    event.evidence.forEach((ev, evidenceIndex) => {
      if (ev.source !== sourceId) return;
      const at = locateQuote(text, ev);
      if (!at) {
        missing.push({ eventId: event.id, evidenceIndex, quote: ev.quote });
        return;
      }
      const kind: MarkKind =
        current?.eventId !== event.id
          ? 'other-event'
          : current.evidenceIndex === evidenceIndex
            ? 'current'
            : 'same-event';
      marks.push({ eventId: event.id, evidenceIndex, start: at.start, end: at.end, kind, exact: at.exact });
    });
  }
  return { marks, missing };
}

const KIND_ORDER: Record<MarkKind, number> = { current: 0, 'same-event': 1, 'other-event': 2 };

function compareMarks(a: QuoteMark, b: QuoteMark): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.end - a.start - (b.end - b.start) ||
    a.start - b.start ||
    a.evidenceIndex - b.evidenceIndex
  );
}

/**
 * Cut `text` at every mark boundary. Adjacent pieces with the same covering set stay separate
 * only where a boundary falls; unmarked text between marks is one segment. Marks outside the
 * text are clipped; empty marks are ignored. The segments' texts join back to `text` exactly.
 */
export function segmentText(text: string, marks: readonly QuoteMark[]): MarkedSegment[] {
  const clipped = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(m.start, text.length)),
      end: Math.max(0, Math.min(m.end, text.length)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].toSorted((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = clipped.filter((m) => m.start <= start && m.end >= end).toSorted(compareMarks);
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}

/** Index of the first segment of the current quote, or -1. */
export function firstCurrentSegment(segments: readonly MarkedSegment[]): number {
  return segments.findIndex((s) => s.marks.some((m) => m.kind === 'current'));
}
