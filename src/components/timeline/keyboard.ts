/** Keyboard helpers for the timeline canvas (the widget itself stays in useVisTimeline). */
import type { Timeline } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../../lib/schema';
import type { ItemSpec } from '../../lib/timelineItems';

/** Index of the event the cursor moves to; from nothing, the first event in view. */
export function nextIndex(list: readonly TimelineEvent[], items: readonly Pick<ItemSpec, 'start' | 'end'>[], key: string, current: string | null, windowStart: number): number {
  if (key === 'Home') return 0;
  if (key === 'End') return list.length - 1;
  const step = key === 'ArrowRight' ? 1 : -1;
  const cur = current ? list.findIndex((e) => e.id === current) : -1;
  if (cur >= 0) return Math.min(list.length - 1, Math.max(0, cur + step));
  const firstInView = items.findIndex((it) => (it.end ?? it.start) >= windowStart);
  return firstInView >= 0 ? firstInView : 0;
}

/** Move the window (keeping the zoom) when the item is not in view. */
export function revealItem(timeline: Timeline, item: Pick<ItemSpec, 'start' | 'end'> | undefined): void {
  if (!item) return;
  const w = timeline.getWindow();
  const start = item.start;
  const end = item.end ?? item.start;
  if (end < w.start.getTime() || start > w.end.getTime()) timeline.moveTo((start + end) / 2, { animation: false });
}

/**
 * Scroll the canvas vertically so a stacked item below (or above) the fold is in view, keeping
 * the time window as it is. vis-timeline's own focus() knows how to scroll vertically; it also
 * re-centres the window, which we undo. Items vis has not laid out yet are left alone.
 */
interface VisInternals {
  itemSet?: { items?: Record<string, { parent?: { top?: number }; top?: number; height?: number } | undefined> };
  props?: { leftContainer?: { height?: number } };
  _getScrollTop?: () => number;
}

export function revealVertically(timeline: Timeline, id: string): void {
  const internals = timeline as unknown as VisInternals;
  const item = internals.itemSet?.items?.[id];
  if (!item?.parent) return;
  // Already in view (items are laid out from the top): nothing to do, and no extra redraws.
  const top = (item.parent.top ?? 0) + (item.top ?? 0);
  const viewHeight = internals.props?.leftContainer?.height;
  // vis keeps its vertical scroll in a private getter; read it if present, else fall back to focus().
  const getScrollTop = internals['_getScrollTop']?.bind(timeline);
  const scrolled = getScrollTop ? -getScrollTop() : undefined;
  if (viewHeight !== undefined && scrolled !== undefined && top >= scrolled && top + (item.height ?? 0) <= scrolled + viewHeight) return;
  const w = timeline.getWindow();
  timeline.focus(id, { animation: false, zoom: false });
  timeline.setWindow(w.start, w.end, { animation: false });
}
