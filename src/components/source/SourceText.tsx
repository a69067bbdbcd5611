import { useMemo } from 'react';
import { DEFAULT_URL_STATE, encodeHash } from '../../lib/url';
import { firstCurrentSegment, segmentText, type QuoteMark, type MarkedSegment } from '../../lib/sourceMarks';
import type { TimelineEvent } from '../../lib/schema';

interface Props {
  text: string;
  marks: readonly QuoteMark[];
  events: readonly TimelineEvent[];
  /** Activate a mark: select its event (or, for the same event, make that quote current). */
  onActivate: (mark: QuoteMark) => void;
}

const markKey = (m: QuoteMark) => `${m.eventId}:${m.evidenceIndex}`;

/** The deep link to an event (a link-like mark: inline, wraps with the text; opens in a new tab too). */
function eventHref(eventId: string): string {
  return encodeHash({ ...DEFAULT_URL_STATE, selectedId: eventId });
}

/**
 * The article as text segments. The current quote is a <mark class="current">; every other
 * quote taken from this article is a <mark> holding a button that goes to its event. Quotes
 * that are never the top mark of any segment (identical or nested inside another) get a small
 * extra button at their end, so every quote can be reached.
 */
export function SourceText({ text, marks, events, onActivate }: Props) {
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const titles = useMemo(() => new Map(events.map((e) => [e.id, e.title])), [events]);
  const primaries = useMemo(
    () => new Set(segments.flatMap((s) => (s.marks[0] ? [markKey(s.marks[0])] : []))),
    [segments],
  );
  const firstCurrent = useMemo(() => firstCurrentSegment(segments), [segments]);
  return (
    <div className="sr-body">
      {segments.map((seg, index) => {
        const first = seg.marks[0];
        if (!first) return <span key={seg.start}>{seg.text}</span>;
        const isFirstCurrent = index === firstCurrent;
        return (
          <span key={seg.start} className="sr-seg">
            <mark
              className={`sr-mark ${first.kind}`}
              data-event-id={first.eventId}
              data-current-start={isFirstCurrent ? '' : undefined}
              tabIndex={isFirstCurrent ? -1 : undefined}
            >
              {first.kind === 'current' ? (
                seg.text
              ) : (
                <a
                  href={eventHref(first.eventId)}
                  className="sr-link"
                  aria-label={`${seg.text.trim()} (${describe(first, titles)})`}
                  onClick={(e) => {
                    e.preventDefault();
                    onActivate(first);
                  }}
                >
                  {seg.text}
                </a>
              )}
            </mark>
            <AlsoQuoted marks={extras(seg, primaries)} titles={titles} onActivate={onActivate} />
          </span>
        );
      })}
    </div>
  );
}

/**
 * Quotes that coincide with (or sit inside) the passage just marked, so they have no text of
 * their own to activate: listed right after it as "also quoted by" buttons named by event.
 */
function AlsoQuoted({
  marks,
  titles,
  onActivate,
}: {
  marks: QuoteMark[];
  titles: Map<string, string>;
  onActivate: (m: QuoteMark) => void;
}) {
  if (!marks.length) return null;
  return (
    <span className="sr-also">
      <span className="sr-also-label">
        {marks.length === 1 ? 'also quoted by' : `also quoted by ${marks.length} events`}
      </span>
      {marks.map((m) => (
        <button
          key={markKey(m)}
          type="button"
          className="sr-extra"
          data-event-id={m.eventId}
          title={describe(m, titles)}
          aria-label={
            'Also quoted by: ' +
            (m.kind === 'same-event'
              ? `quote ${m.evidenceIndex + 1} of this event`
              : (titles.get(m.eventId) ?? m.eventId))
          }
          onClick={() => onActivate(m)}
        >
          {m.kind === 'same-event'
            ? `quote ${m.evidenceIndex + 1} of this event`
            : (titles.get(m.eventId) ?? m.eventId)}
        </button>
      ))}
    </span>
  );
}

function describe(m: QuoteMark, titles: Map<string, string>): string {
  if (m.kind === 'same-event') return `quote ${m.evidenceIndex + 1} of this event: mark it as current`;
  if (m.kind === 'current') return 'the quote you came from';
  return `quoted by the event “${titles.get(m.eventId) ?? m.eventId}”: show its details`;
}

/** Marks that end in this segment and are never the top mark anywhere, other than the current one. */
function extras(seg: MarkedSegment, primaries: Set<string>): QuoteMark[] {
  return seg.marks.filter((m) => m.kind !== 'current' && m.end === seg.end && !primaries.has(markKey(m)));
}
