import { explainDate } from '../../lib/dateExplain';
import { themeKey } from '../../lib/themeColor';
import type { Theme, TimelineEvent } from '../../lib/schema';
import { sourceCount } from '../../lib/timelineItems';

/** Date (with precision, expression and basis), status, themes and actors of one event. */
export function EventFacts({ event, themes }: { event: TimelineEvent; themes: readonly Theme[] }) {
  const date = explainDate(event.date);
  const sources = sourceCount(event);
  const themeLabel = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
  const themeIds = themes.map((t) => t.id);
  return (
    <dl className="dp-facts">
      <dt>Date</dt>
      <dd className={date.undated ? 'dp-date undated' : 'dp-date'}>
        <span className="dp-date-label">
          {date.machineDay ? <time dateTime={date.machineDay}>{date.label}</time> : date.label}
        </span>{' '}
        <span className="dp-date-precision">({date.precision})</span>
        <span className="dp-date-basis">{date.source}</span>
      </dd>
      <dt>Status</dt>
      <dd>
        {event.status === 'planned' ? (
          <span className="dp-badge dp-planned">Planned</span>
        ) : (
          <span className="dp-badge">Reported</span>
        )}
        {sources > 1 && <span className="dp-badge">{sources} sources</span>}
      </dd>
      <dt>Themes</dt>
      <dd>
        <ul className="dp-chips">
          {event.themes.map((id) => (
            <li key={id} className={`dp-chip dp-theme theme-${themeKey(id, themeIds)}`}>
              {themeLabel(id)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Actors</dt>
      <dd>
        {event.actors.length ? (
          <ul className="dp-chips">
            {event.actors.map((a, i) => (
              <li key={`${i}-${a}`} className="dp-chip">
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
