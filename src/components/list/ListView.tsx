/** The events the filters leave, as a sortable, printable table. Rows select by click or Enter. */
import { useMemo, useState } from 'react';
import { useStore } from '../../store/store';
import { useEventList, useSearchTerms, useVisible } from '../../app/derived';
import { formatEventDate } from '../../lib/dateLabel';
import { sourceCount } from '../../lib/timelineItems';
import { themeKey } from '../../lib/themeColor';
import { Highlighted } from '../common/Highlighted';
import './list.css';

export function ListView() {
  const data = useEventList();
  const visible = useVisible();
  const terms = useSearchTerms();
  const selectedId = useStore((s) => s.selectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => (descending ? visible.events.toReversed() : visible.events), [visible.events, descending]);
  if (!data) return null;
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
                <span className="visually-hidden">, sorted {descending ? 'newest first' : 'oldest first'}; activate to reverse</span>
              </button>
            </th>
            <th scope="col">Title</th>
            <th scope="col">Themes</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const selected = e.id === selectedId;
            const n = sourceCount(e);
            return (
              <tr
                key={e.id}
                data-event-id={e.id}
                className={selected ? 'is-selected' : undefined}
              >
                <td className="col-date">
                  {formatEventDate(e.date)}
                  {e.status === 'planned' && <span className="list-planned">planned</span>}
                </td>
                <td className="col-title">
                  <button type="button" className="row-select" aria-pressed={selected} onClick={() => selectEvent(e.id)}>
                    <Highlighted text={e.title} terms={terms} />
                  </button>
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
