/**
 * The events the filters leave, as a sortable, printable table. Rows select by click or Enter.
 * On screen only the rows in view (and a few either side) are in the DOM (@tanstack/react-virtual: 10,000
 * rows would be 10,000 rows of layout); printing renders every row.
 */
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { usePrinting } from '../../app/usePrinting';
import { useStore } from '../../store/store';
import { useMerged, useSearchTerms, useVisible } from '../../app/derived';
import { formatEventDate } from '../../lib/dateLabel';
import { sourceCount } from '../../lib/timelineItems';
import type { TimelineEvent } from '../../lib/schema';
import { themeKey } from '../../lib/themeColor';
import { Highlighted, Segments } from '../common/Highlighted';
import { matchSnippet } from '../../lib/highlight';
import './list.css';

export function ListView() {
  const merged = useMerged();
  const data = merged?.list ?? null;
  const visible = useVisible();
  const terms = useSearchTerms();
  const selectedId = useStore((s) => s.selectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => (descending ? visible.events.toReversed() : visible.events), [visible.events, descending]);
  const printing = usePrinting();
  const body = useRef<HTMLTableSectionElement>(null);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the virtualiser re-renders itself
  const virtual = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 44,
    overscan: 12,
    getItemKey: (i) => rows[i]?.id ?? i,
    // The page scrolls: the rows start where the table body is on the page (below the header, caption, thead).
    scrollMargin: body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0,
    // Before the first measurement (and in tests without layout): as if a screenful were in view.
    initialRect: { width: 1024, height: 800 },
  });
  if (!data) return null;
  const margin = virtual.options.scrollMargin;
  const slice = printing
    ? rows.map((_, index) => ({ index, key: rows[index]?.id ?? index, start: 0, end: 0 }))
    : virtual.getVirtualItems();
  // The rows not in the DOM still take their height, above and below (tbody::before/::after, list.css).
  const before = printing ? 0 : Math.max(0, (slice[0]?.start ?? margin) - margin);
  const after = printing ? 0 : Math.max(0, virtual.getTotalSize() - ((slice.at(-1)?.end ?? margin) - margin));
  const ids = data.themes.map((t) => t.id);
  const labels = new Map(data.themes.map((t) => [t.id, t.label]));
  const outlets = new Map(data.sources.map((s) => [s.id, s.outlet]));
  return (
    <section className="list-region" aria-labelledby="list-caption">
      <table className="event-table">
        <caption id="list-caption">
          {rows.length} of {visible.total} events, {descending ? 'newest' : 'oldest'} first
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button type="button" className="sort-button" onClick={() => setDescending(!descending)}>
                Date <span aria-hidden="true">{descending ? '▼' : '▲'}</span>
                <span className="visually-hidden">
                  , sorted {descending ? 'newest first' : 'oldest first'}; activate to reverse
                </span>
              </button>
            </th>
            <th scope="col">Title</th>
            <th scope="col">Themes</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody ref={body} style={{ '--rows-before': `${before}px`, '--rows-after': `${after}px` } as CSSProperties}>
          {slice.map(({ index, key }) => {
            const e = rows[index];
            if (!e) return null;
            const selected = e.id === selectedId;
            const n = sourceCount(e);
            return (
              <tr
                key={key}
                ref={printing ? undefined : virtual.measureElement}
                data-index={index}
                data-event-id={e.id}
                className={selected ? 'is-selected' : undefined}
              >
                <td className="col-date">
                  {formatEventDate(e.date)}
                  {e.status === 'planned' && <span className="list-planned">planned</span>}
                </td>
                <td className="col-title">
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={selected}
                    onClick={() => selectEvent(e.id)}
                  >
                    <Highlighted text={e.title} terms={terms} />
                  </button>
                  {terms.length > 0 && <MatchSnippet event={e} terms={terms} />}
                </td>
                <td className="col-themes">
                  {e.themes.map((t) => (
                    <span key={t} className={`list-theme theme-${themeKey(t, ids)}`}>
                      {labels.get(t) ?? t}
                    </span>
                  ))}
                </td>
                <td className="col-sources">
                  {n} ({[...new Set(e.evidence.map((q) => outlets.get(q.source) ?? q.source))].join(', ')})
                  {merged?.addedEventIds.has(e.id) && <span className="list-added">added in this browser</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="list-empty">No events match the filters.</p>}
    </section>
  );
}

const FIELD_LABEL: Record<string, string> = { summary: 'Summary', quote: 'Quote', actors: 'Actors' };

/** Why the row matched: the summary, a quote or the actors around the first match, marked. */
function MatchSnippet({ event, terms }: { event: TimelineEvent; terms: readonly string[] }) {
  const texts = [
    { field: 'summary', text: event.summary },
    ...event.evidence.map((q) => ({ field: 'quote', text: q.quote })),
    { field: 'actors', text: event.actors.join(', ') },
  ];
  const snippet = matchSnippet(texts, terms);
  if (!snippet) return null;
  return (
    <span className="list-snippet">
      <span className="list-snippet-field">{FIELD_LABEL[snippet.field] ?? snippet.field}: </span>
      <Segments segments={snippet.segments} />
    </span>
  );
}
