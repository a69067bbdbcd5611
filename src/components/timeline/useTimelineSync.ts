/**
 * Keeps the timeline controller in step with the store: the selected event is shown selected and
 * brought into view (both ways); a window set from the link is applied (the controller ignores the
 * store echoing back the window the widget itself reported).
 */
import { useEffect, useRef } from 'react';
import { useStore } from '../../store/store';
import type { TimelineEvent } from '../../lib/schema';
import { eventSpan, itemIdsOf } from '../../lib/timelineItems';
import { findById, positionsById } from '../../lib/eventIndex';
import { nearWindow, type TimelineController, type TimelineWindow } from './controller';

export function useTimelineSync(
  timeline: TimelineController | null,
  visible: readonly TimelineEvent[],
  all?: readonly TimelineEvent[],
  /** TimelineView's first window for a summarised list (none in the link): the widget is made showing it. */
  firstWindow: TimelineWindow | null = null,
): void {
  const selectedId = useStore((s) => s.selectedId);
  const win = useStore((s) => s.window);
  const firstReveal = useRef(true);
  const lastSelected = useRef<string | null>(null);

  // First show with no window from the link: fit all events once they are in. When the filters leave none (e.g.
  // a link with a search that matches nothing), show the whole data's span rather than letting vis fall back to
  // the current week. Before the selection is revealed (effects run in order): a link naming only an event opens
  // on all events with it in view. Revealed first, the event was brought into vis's window before any fit (a
  // week around today, moved to the event), and that 6-day window was sometimes what the link kept.
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  });
  const firstRef = useRef(firstWindow);
  useEffect(() => {
    firstRef.current = firstWindow;
  });
  const allRef = useRef(all);
  useEffect(() => {
    allRef.current = all;
  });
  useEffect(() => {
    const store = useStore.getState();
    if (!timeline || store.window) return;
    // Made showing the first window: that is the window (the widget reports one only when it changes).
    const shown = timeline.getWindow();
    if (firstRef.current && nearWindow(shown, firstRef.current)) return store.setWindow(shown);
    const span = visibleRef.current.length ? null : dataSpan(allRef.current ?? [], timeline.width());
    if (span) timeline.setWindow(span);
    else timeline.fit();
    // Only on creation: later filter changes keep the user's window.
  }, [timeline]);

  useEffect(() => {
    if (!timeline) return;
    // Not for the selection the page opened with: a link's window is restored exactly.
    const first = firstReveal.current;
    firstReveal.current = false;
    const wasOpen = lastSelected.current !== null;
    lastSelected.current = selectedId;
    const e = findById(visible, selectedId);
    // Every lane copy shows selected (the controller keeps copies drawn later selected too).
    const ids = e ? itemIdsOf(e) : [];
    timeline.select(ids);
    if (!e) return;
    const [start, end] = eventSpan(e);
    // Wide screens (the details open beside the timeline): keep the neighbours in view too.
    const wide = !first && typeof window !== 'undefined' && window.innerWidth > 1100;
    const at = positionsById(visible).get(e.id) ?? -1;
    const near = [visible[at - 1], visible[at + 1]]
      .filter((n): n is TimelineEvent => !!n)
      .map((n) => nearestPoint(n, start, end));
    const context = wide && near.length ? { start: Math.min(start, ...near), end: Math.max(end, ...near) } : undefined;
    // Another event chosen while the details are open: the timeline keeps its width.
    const steady = wide && wasOpen;
    timeline.reveal({ start, end, id: e.id, ids, ...(context ? { context } : {}), ...(steady ? { steady } : {}) });
  }, [timeline, selectedId, visible]);

  useEffect(() => {
    if (timeline && win) timeline.setWindow(win);
  }, [timeline, win]);

  // Another list shown in place of this one (an import, or back to the built-in list): its window
  // was reset, so fit the new list's events rather than keep the old list's years.
  const shownList = useRef(all);
  useEffect(() => {
    const before = shownList.current;
    shownList.current = all;
    if (!timeline || !before || !all || before === all || useStore.getState().window) return;
    const span = dataSpan(all, timeline.width());
    if (span) timeline.setWindow(span);
  }, [timeline, all]);
}

/**
 * Where a neighbour is seen from the selected event's span [start, end]: the nearest moment it is drawn at.
 * A neighbour drawn over a year is in view once any part of it is, so the window does not widen to its
 * whole span (at 10,000 events half are weeks, months and years: each click zoomed out and rebuilt the items).
 * An undated neighbour counts where it is known: its "before" day.
 */
export function nearestPoint(n: TimelineEvent, start: number, end: number): number {
  const [a, b] = eventSpan(n);
  if (n.date.start === null) return b;
  if (b < start) return b;
  if (a > end) return a;
  return Math.max(a, start);
}

/** Half the widest box (12rem, timelineItems.css): a box centred on the first or last day needs this much room. */
const BOX_HALF_PX = 100;

/**
 * The span of all loaded events with a margin each side wide enough for a box centred on the first or last day
 * on a canvas `widthPx` wide (at least a tenth of the span and a day; a box's half width at most 15% of the
 * canvas, as on a phone where boxes are narrower), or null when there are none.
 */
export function dataSpan(events: readonly TimelineEvent[], widthPx = 0): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const [s, t] = eventSpan(e);
    start = Math.min(start, s);
    end = Math.max(end, t);
  }
  if (start > end) return null;
  // pad / (span + 2 pad) of the canvas is the room: pad = k span / (1 - 2k) for the room k of the canvas.
  const k = widthPx > 0 ? Math.min(BOX_HALF_PX, widthPx * 0.15) / widthPx : 0;
  const pad = Math.max((end - start) * 0.1, ((end - start) * k) / (1 - 2 * k), 86_400_000);
  return { start: start - pad, end: end + pad };
}
