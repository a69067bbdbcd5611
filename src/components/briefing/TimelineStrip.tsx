/**
 * The timeline strip drawn as SVG (not vis-timeline): the whole briefing's time span with its
 * year ticks labelled, every briefing event as a small tick, the current one marked and labelled.
 * Between steps the current marker moves along the axis (CSS transform transition), so the
 * audience sees where in time the briefing goes without losing the years around it.
 * Undated "before" events are open circles with an arrow: they happened no later than that day.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Strip } from '../../lib/briefing/strip';
import './timelineStrip.css';

const W = 1000;
const AXIS = 70;

export function StripSvg({ strip, current, width = W }: { strip: Strip; current: number | null; width?: number }) {
  const cur = strip.ticks.find((t) => t.stepIndex === current);
  return (
    <svg
      className="strip-svg"
      viewBox={`0 0 ${width} 110`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
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
        const cls =
          `strip-tick${t.before ? ' is-before' : ''}${t.planned ? ' is-planned' : ''}` +
          `${t.stepIndex === current ? ' is-current' : ''}`;
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
          {/* Anchored away from the nearer edge so a long label ("before 3 Jun 2022") is never cut off. */}
          <text
            x={cur.x < 0.3 ? Math.max(-cur.x * width, -14) : cur.x > 0.7 ? Math.min((1 - cur.x) * width, 14) : 0}
            y={38}
            textAnchor={cur.x < 0.3 ? 'start' : cur.x > 0.7 ? 'end' : 'middle'}
          >
            {cur.label}
          </text>
        </g>
      )}
    </svg>
  );
}

/**
 * Screen pixels per drawing unit: the strip scales with the window but its labels stay readable on a
 * phone (a narrower drawing, so its text is larger relative to the width) and it stays low on a projector.
 */
export const stripScale = (width: number) => Math.min(1, Math.max(0.6, width / 1600));

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1000 : window.innerWidth));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

export function TimelineStrip({ strip, step }: { strip: Strip; step: number }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  // A title card has no tick of its own: mark the event it leads into (else the one before it).
  const f = strip.focus[step];
  const cur = strip.ticks.find((t) => t.stepIndex === step) ?? strip.ticks.find((t) => t.x === f);
  const label = cur
    ? `Timeline: ${cur.label}, event ${strip.ticks.indexOf(cur) + 1} of ${strip.ticks.length} in the briefing.`
    : 'Timeline of the briefing.';
  return (
    <div className="strip" ref={box}>
      <p className="visually-hidden">{label}</p>
      <StripSvg
        strip={strip}
        current={cur?.stepIndex ?? null}
        width={Math.round(Math.max(width, 1) / stripScale(width))}
      />
    </div>
  );
}
