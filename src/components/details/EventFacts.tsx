import { explainDate } from '../../lib/dateExplain';
import type { Theme, TimelineEvent } from '../../lib/schema';

/** Date (with precision, expression and basis), status, themes and actors of one event. */
export function EventFacts({ event, themes }: { event: TimelineEvent; themes: readonly Theme[] }) {
  const date = explainDate(event.date);
  const sources = new Set(event.evidence.map((e) => e.source)).size;
  const themeLabel = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
  return (
    <dl className="event-facts">
      <dt>Date</dt>
      <dd className={date.undated ? 'event-date undated' : 'event-date'}>
        <span className="date-label">
          {date.machineDay ? <time dateTime={date.machineDay}>{date.label}</time> : date.label}
        </span>{' '}
        <span className="date-precision">({date.precision})</span>
        <span className="date-basis">{date.source}</span>
      </dd>
      <dt>Status</dt>
      <dd>
        {event.status === 'planned' ? (
          <span className="badge badge-planned">Planned</span>
        ) : (
          <span className="badge badge-reported">Reported</span>
        )}
        {sources > 1 && <span className="badge badge-sources">{sources} sources</span>}
      </dd>
      <dt>Themes</dt>
      <dd>
        <ul className="chip-list">
          {event.themes.map((id) => (
            <li key={id} className="theme-chip" style={{ borderColor: `var(--theme-${id}, var(--accent, #2563eb))` }}>
              <span className="theme-swatch" aria-hidden="true" style={{ background: `var(--theme-${id}, var(--accent, #2563eb))` }} />
              {themeLabel(id)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Actors</dt>
      <dd>
        {event.actors.length ? (
          <ul className="chip-list">
            {event.actors.map((a, i) => (
              <li key={`${i}-${a}`} className="actor-chip">
                {a}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">None named</span>
        )}
      </dd>
    </dl>
  );
}
