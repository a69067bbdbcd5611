/**
 * The timeline strip drawn as SVG (not vis-timeline): the whole briefing's time span with its
 * year ticks labelled, every briefing event as a small tick, the current one marked and labelled.
 * Between steps the current marker moves along the axis (CSS transform transition), so the
 * audience sees where in time the briefing goes without losing the years around it.
 * Undated "before" events are open circles with an arrow: they happened no later than that day.
 */
import type { Strip } from '../../lib/briefing/strip';

const W = 1000;
const AXIS = 70;

export function StripSvg({ strip, current, width = W }: { strip: Strip; current: number | null; width?: number }) {
  const cur = strip.ticks.find((t) => t.stepIndex === current);
  return (
    <svg className="strip-svg" viewBox={`0 0 ${width} 110`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <line className="strip-axis" x1={0} x2={width} y1={AXIS} y2={AXIS} />
      {strip.years.map((y) => (
        <g key={y.label} className="strip-year">
          <line x1={y.x * width} x2={y.x * width} y1={AXIS - 6} y2={AXIS + 10} />
          <text x={y.x * width} y={104} textAnchor="middle">
            {y.label}
          </text>
        </g>
      ))}
      {strip.ticks.map((t) => {
        const x = t.x * width;
        const x2 = t.x2 * width;
        const cls = `strip-tick${t.before ? ' is-before' : ''}${t.planned ? ' is-planned' : ''}${t.stepIndex === current ? ' is-current' : ''}`;
        return (
          <g key={t.eventId} className={cls}>
            {x2 - x > 4 && <rect x={x} y={AXIS - 5} width={x2 - x} height={10} rx={3} />}
            {t.before ? (
              <>
                <path d={`M ${x - 6} ${AXIS} l -14 0 m 6 -6 l -6 6 l 6 6`} className="strip-arrow" />
                <circle cx={x} cy={AXIS} r={7} className="strip-open" />
              </>
            ) : (
              <circle cx={x} cy={AXIS} r={7} />
            )}
          </g>
        );
      })}
      {cur && (
        <g className="strip-current" style={{ transform: `translateX(${cur.x * width}px)` }}>
          <circle cx={0} cy={AXIS} r={14} />
          <text x={Math.min(Math.max(cur.x * width, 120), width - 120) - cur.x * width} y={38} textAnchor="middle">
            {cur.label}
          </text>
        </g>
      )}
    </svg>
  );
}

export function TimelineStrip({ strip, step }: { strip: Strip; step: number }) {
  // A title card has no tick of its own: mark the event it leads into (else the one before it).
  const f = strip.focus[step];
  const cur = strip.ticks.find((t) => t.stepIndex === step) ?? strip.ticks.find((t) => t.x === f);
  return (
    <div className="strip">
      <p className="visually-hidden">{cur ? `Timeline: ${cur.label}, event ${strip.ticks.indexOf(cur) + 1} of ${strip.ticks.length} in the briefing.` : 'Timeline of the briefing.'}</p>
      <StripSvg strip={strip} current={cur?.stepIndex ?? null} />
    </div>
  );
}
