/* oxlint-disable jsx-a11y/prefer-tag-over-role --
   the window is a range with two draggable edges: no input type holds it. */
/**
 * The navigator under the timeline: the whole span of the shown events with their density per period
 * (src/lib/overview), and the timeline's window as a range to drag (the middle pans, the edges resize), to
 * click (the window centres there) or to move with the keys (a slider, keys in the action table).
 * The range follows the timeline while it is dragged through its DOM, at most once per animation frame,
 * without re-rendering; the strip re-renders when the events or the settled window change.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { TimelineEvent } from '../../lib/schema';
import { eventSpan } from '../../lib/timelineItems';
import { binUnit, densityBins, localTime, overviewSpan, type Span } from '../../lib/overview/bins';
import {
  centreWindow,
  fraction,
  keyWindow,
  panWindow,
  resizeWindow,
  timeAt,
  windowText,
  yearLabel,
  yearTicks,
  type StripKey,
} from '../../lib/overview/scale';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import { APP_ACTIONS } from '../../app/actions/actions';
import { ariaKeyshortcuts } from '../../lib/actions/commands';
import { ZOOM_MAX, ZOOM_MIN, type TimelineController, type TimelineWindow } from './controller';
import './overview.css';

const MAX_BINS = 120;
const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

type Drag = { mode: 'move' | 'start' | 'end'; x0: number; w0: Span; box: DOMRect; onRange: boolean };

export const OverviewStrip = memo(function OverviewStrip({
  timeline,
  events,
  window: settled,
}: {
  timeline: TimelineController | null;
  events: readonly TimelineEvent[];
  window: TimelineWindow | null;
}) {
  const spans = useMemo(() => events.map((e) => eventSpan(e)), [events]);
  const span = useMemo(() => overviewSpan(spans.map(([start, end]) => ({ start, end }))), [spans]);
  const bins = useMemo(() => {
    if (!span) return [];
    return densityBins(
      spans.map(([s, e]) => (s + e) / 2),
      span,
      binUnit(span, MAX_BINS),
    );
  }, [spans, span]);
  // Ticks near the ends would be cut off by the strip's edge.
  const ticks = useMemo(
    () => (span ? yearTicks(span, 6).filter((y) => Math.abs(fraction(localTime(y), span) - 0.5) < 0.46) : []),
    [span],
  );
  const range = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const frame = useRef(0);

  const place = useCallback(
    (w: Span) => {
      const el = range.current;
      if (!el || !span) return;
      el.style.setProperty('--centre', pct(fraction((w.start + w.end) / 2, span)));
      el.style.setProperty('--width', pct((w.end - w.start) / (span.end - span.start)));
    },
    [span],
  );
  const current = useCallback(() => timeline?.getWindow() ?? settled, [timeline, settled]);
  useLayoutEffect(() => {
    const w = current();
    if (w) place(w);
  }, [current, place]);
  // While the timeline is dragged or wheeled: follow it once per frame, in the DOM only.
  useLayoutEffect(() => {
    if (!timeline) return;
    let latest: Span | null = null;
    const off = timeline.on('moving', (w) => {
      latest = w;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        if (latest && !drag.current) place(latest);
      });
    });
    return () => {
      off();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [timeline, place]);

  const layer = useMemo(
    () =>
      timeline && span
        ? {
            step: (key: StripKey) => {
              const w = current();
              if (w) timeline.setWindow(keyWindow(w, key, span));
            },
          }
        : null,
    [timeline, span, current],
  );
  useKeyLayer('overview', layer);

  if (!span || bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const w = settled ?? current();

  const move = (e: PointerEvent<HTMLDivElement>, final: boolean) => {
    const d = drag.current;
    if (!d || !timeline) return;
    const dt = ((e.clientX - d.x0) / d.box.width) * (span.end - span.start);
    const next =
      d.mode === 'move' ? panWindow(d.w0, dt, span) : resizeWindow(d.w0, d.mode, d.w0[d.mode] + dt, span, ZOOM_MIN);
    if (next.end - next.start > ZOOM_MAX) return;
    place(next);
    timeline.setWindow(next, { preview: !final });
  };
  const down = (e: PointerEvent<HTMLDivElement>) => {
    const w0 = current();
    if (!timeline || !w0 || e.button !== 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const edge = (e.target as HTMLElement).dataset['edge'];
    let start = w0;
    const onRange = !!range.current?.contains(e.target as Node);
    if (!edge && !onRange) {
      // A click beside the range centres the window there (and the drag goes on from there).
      start = centreWindow(w0, timeAt((e.clientX - box.left) / box.width, span), span);
      place(start);
      timeline.setWindow(start);
    }
    const mode = edge === 'start' || edge === 'end' ? edge : 'move';
    drag.current = { mode, x0: e.clientX, w0: start, box, onRange: onRange && !edge };
    e.currentTarget.setPointerCapture(e.pointerId);
    range.current?.focus({ preventScroll: true });
    e.preventDefault();
  };
  const up = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.onRange && Math.abs(e.clientX - d.x0) < 3 && timeline) {
      // A click (no drag) on the range centres the window there too (a wide window covers the strip).
      const next = centreWindow(d.w0, timeAt((e.clientX - d.box.left) / d.box.width, span), span);
      place(next);
      timeline.setWindow(next);
    } else move(e, true);
    drag.current = null;
  };

  return (
    <div
      className="overview"
      data-span={`${span.start}..${span.end}`}
      onPointerDown={down}
      onPointerMove={(e) => move(e, false)}
      onPointerUp={up}
    >
      <svg className="overview-bars" viewBox="0 0 1000 100" preserveAspectRatio="none" aria-hidden="true">
        {bins.map((b) =>
          b.count ? (
            <rect
              key={b.start}
              x={fraction(b.start, span) * 1000}
              width={Math.max(1, ((b.end - b.start) / (span.end - span.start)) * 1000 - 1)}
              y={100 - (8 + (92 * b.count) / max)}
              height={8 + (92 * b.count) / max}
            />
          ) : null,
        )}
      </svg>
      <div className="overview-ticks" aria-hidden="true">
        {ticks.map((y) => (
          <span key={y} style={{ left: pct(fraction(localTime(y), span)) }}>
            {yearLabel(y)}
          </span>
        ))}
      </div>
      <div
        ref={range}
        className="overview-window"
        role="slider"
        tabIndex={0}
        aria-label="Timeline window"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={w ? Math.round(fraction((w.start + w.end) / 2, span) * 100) : 0}
        aria-valuetext={w ? `${windowText(w)}, of ${windowText(span)}` : undefined}
        aria-keyshortcuts={ariaKeyshortcuts(APP_ACTIONS.moveOverview)}
        data-key-scope="overview"
      >
        <span className="overview-edge" data-edge="start" />
        <span className="overview-edge" data-edge="end" />
      </div>
    </div>
  );
});
