/**
 * The handout's drawn overview of the timeline (SVG, sharp in print): one row per briefing
 * event, in step order, placed on a shared time axis with year lines, labelled with its step
 * number and title. Before-events are open circles with an arrow, planned events dashed.
 */
import type { Strip } from '../../lib/briefing/strip';

const W = 1000;
const LEFT = 30;
const RIGHT = 990;
const TOP = 28;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function HandoutOverview({ strip }: { strip: Strip }) {
  const rows = strip.ticks;
  const rowH = rows.length > 24 ? Math.max(12, Math.floor(560 / rows.length)) : 22;
  const H = TOP + rows.length * rowH + 10;
  const X = (x: number) => LEFT + x * (RIGHT - LEFT);
  const font = Math.min(13, rowH - 7);
  return (
    <svg
      className="handout-overview-svg"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Overview of ${rows.length} events on a time axis`}
    >
      <line className="ov-axis" x1={LEFT} x2={RIGHT} y1={TOP - 6} y2={TOP - 6} />
      {strip.years.map((y) => (
        <g key={y.label}>
          <line className="ov-year" x1={X(y.x)} x2={X(y.x)} y1={TOP - 12} y2={H - 4} />
          <text className="ov-year-label" x={X(y.x)} y={TOP - 16} textAnchor="middle">
            {y.label}
          </text>
        </g>
      ))}
      {rows.map((t, i) => {
        const y = TOP + i * rowH + rowH / 2;
        const x = X(t.x);
        const x2 = X(t.x2);
        const right = t.x < 0.55;
        const label = `${t.stepIndex + 1}. ${clip(t.title, 70)} (${t.label})`;
        return (
          <g key={t.eventId} className={`ov-row${t.before ? ' is-before' : ''}${t.planned ? ' is-planned' : ''}`}>
            {x2 - x > 2 && <rect className="ov-span" x={x} y={y - 3} width={x2 - x} height={6} rx={2} />}
            {t.before && <path className="ov-arrow" d={`M ${x - 5} ${y} l -12 0 m 5 -4 l -5 4 l 5 4`} />}
            <circle className="ov-dot" cx={x} cy={y} r={4.5} />
            <text
              className="ov-label"
              x={right ? Math.max(x, x2) + 9 : x - (t.before ? 22 : 9)}
              y={y + font / 3}
              textAnchor={right ? 'start' : 'end'}
              fontSize={font}
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
