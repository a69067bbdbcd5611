/**
 * Keeps the widget in step with the store: the selected event is shown selected and, when it
 * is outside the visible window, the window moves to it; a window set from the link is applied.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import { useStore } from '../../store/store';
import type { TimelineEvent } from '../../lib/schema';
import { dayAfter, dayStart } from '../../lib/timelineItems';
import { firstKnownDay, lastKnownDay } from '../../lib/dateBounds';
import { revealVertically } from './keyboard';
import { eventSpan } from '../../lib/density';
import { findById } from '../../lib/eventIndex';

const near = (a: number, b: number) => Math.abs(a - b) <= 1000;

export function useTimelineSync(
  timeline: Timeline | null,
  visible: readonly TimelineEvent[],
  reported: RefObject<{ start: number; end: number } | null>,
  all: readonly TimelineEvent[] = [],
): void {
  const selectedId = useStore((s) => s.selectedId);
  const win = useStore((s) => s.window);

  useEffect(() => {
    if (!timeline) return;
    const e = findById(visible, selectedId);
    timeline.setSelection(e ? [e.id] : []);
    if (!e || !selectedId) return;
    const start = dayStart(firstKnownDay(e.date));
    const end = e.date.start ? dayAfter(lastKnownDay(e.date)) : start;
    const w = timeline.getWindow();
    const ws = w.start.getTime();
    const we = w.end.getTime();
    if (end < ws || start > we) timeline.moveTo((start + end) / 2, { animation: false });
    // Once vis has laid the item out, bring it into view vertically too (stacked items below the fold).
    const id = selectedId;
    const frame = requestAnimationFrame(() => revealVertically(timeline, id));
    return () => cancelAnimationFrame(frame);
  }, [timeline, selectedId, visible]);

  useEffect(() => {
    if (!timeline) return;
    if (!win) return;
    const last = reported.current;
    if (last && near(last.start, win.start) && near(last.end, win.end)) return;
    const w = timeline.getWindow();
    if (Math.abs(w.start.getTime() - win.start) > 1000 || Math.abs(w.end.getTime() - win.end) > 1000) {
      timeline.setWindow(win.start, win.end, { animation: false });
    }
  }, [timeline, win, reported]);

  // First show with no window from the link: fit all events once they are in. When the filters
  // leave none (e.g. a link with a search that matches nothing), show the whole data's span
  // rather than letting vis fall back to the current week.
  const allRef = useRef(all);
  const visibleRef = useRef(visible);
  useEffect(() => {
    allRef.current = all;
    visibleRef.current = visible;
  });
  useEffect(() => {
    if (!timeline || useStore.getState().window) return;
    const span = visibleRef.current.length ? null : dataSpan(allRef.current);
    if (span) timeline.setWindow(span.start, span.end, { animation: false });
    else timeline.fit({ animation: false });
    // Only on creation: later filter changes keep the user's window.
  }, [timeline]);
}

/** The span of all loaded events with a small margin, or null when there are none. */
function dataSpan(events: readonly TimelineEvent[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const [s, t] = eventSpan(e);
    start = Math.min(start, s);
    end = Math.max(end, t);
  }
  if (start > end) return null;
  const pad = Math.max((end - start) * 0.05, 86_400_000);
  return { start: start - pad, end: end + pad };
}
