/* oxlint-disable no-underscore-dangle --
   the vis-timeline internals this relies on are named with a leading underscore */
/**
 * The vis-timeline internals the controller relies on besides the draw batching (batchedShow.ts).
 * Only controller.ts and the modules it owns (rangeLabels.ts, itemMarks.ts) import this file. vis-timeline is
 * pinned to an exact version in package.json and controller.test.ts runs these against the real widget, so a
 * renamed internal fails the tests.
 */
import type { Timeline } from 'vis-timeline/esnext';

interface VisInternals {
  itemSet?: { items?: Record<string, { parent?: { top?: number }; top?: number; height?: number } | undefined> };
  props?: { leftContainer?: { height?: number } };
  _getScrollTop?: () => number;
  _setScrollTop?: (top: number) => number;
  _onResize?: () => void;
  _redraw?: () => void;
  initialFitDone?: boolean;
}

const internals = (timeline: Timeline) => timeline as unknown as VisInternals;

/**
 * Runs `hook` on each item vis creates from now on, before vis adds it to its group (ItemSet._addItem, which
 * every new item passes through, also one that replaces an item of another type). False when vis has no such
 * method: nothing is hooked.
 */
export function onItemAdded<Item>(timeline: Timeline, hook: (item: Item) => void): boolean {
  const itemSet = (timeline as unknown as { itemSet?: { _addItem?: (item: Item) => void } }).itemSet;
  const add = itemSet?._addItem;
  if (!itemSet || typeof add !== 'function') return false;
  itemSet._addItem = function addHooked(this: unknown, item: Item) {
    hook(item);
    add.call(this, item);
  };
  return true;
}

/** Where an item is laid out vertically and how much of the canvas is in view, or null before layout. */
export function verticalPlace(
  timeline: Timeline,
  id: string,
): { top: number; height: number; scrolled: number; view: number } | null {
  const vis = internals(timeline);
  const item = vis.itemSet?.items?.[id];
  const view = vis.props?.leftContainer?.height;
  const getScrollTop = vis._getScrollTop;
  if (!item?.parent || view === undefined || typeof getScrollTop !== 'function') return null;
  return {
    top: (item.parent.top ?? 0) + (item.top ?? 0),
    height: item.height ?? 0,
    scrolled: -getScrollTop.call(timeline),
    view,
  };
}

/** Whether an item is laid out and wholly in the part of the canvas in view (vertically). */
export function inViewVertically(timeline: Timeline, id: string): boolean {
  const place = verticalPlace(timeline, id);
  return !!place && place.top >= place.scrolled && place.top + place.height <= place.scrolled + place.view;
}

/** Room kept clear of the canvas's top and bottom edges, for the offscreen cues (offscreenCue.css: about 36 px). */
const CUE_CLEARANCE = 44;

/**
 * Scroll the canvas vertically so a stacked item below (or above) the fold is in view, keeping the
 * time window as it is. Not vis's focus(): it re-centres the window and computes the scroll for
 * the stacking at that centred window (then again 100 ms later), which differs from the stacking
 * at ours once the window is put back. Items vis has not laid out yet are left alone.
 */
function revealVertically(timeline: Timeline, id: string): void {
  const place = verticalPlace(timeline, id);
  if (!place) return;
  const { top, height, scrolled, view } = place;
  // Already in view (items are laid out from the top): nothing to do, and no extra redraws (a click on an item
  // the user sees never scrolls the canvas).
  if (top >= scrolled && top + height <= scrolled + view) return;
  // Scrolled to: clear of the "N more above/below" cues over the canvas's edges, where the view is tall enough (a
  // selected item revealed to the bottom edge had its title under "5 more below").
  const margin = view > 4 * CUE_CLEARANCE + height ? CUE_CLEARANCE : 8;
  // Above, or taller than the view: its top edge shows; below: its bottom edge, with the margin.
  const offset = top < scrolled || height + 2 * margin > view ? top - margin : top + height - view + margin;
  scrollTo(timeline, Math.max(0, offset));
}

/**
 * Keeps one item in view vertically: `keep(id)` reveals it once vis has laid it out and again after
 * any redraw that moves it out of view (checked by the controller on vis's "changed"), until
 * `release()` or the user's own pan, zoom or scroll (pointer, wheel or touch on the canvas). Each new
 * layout of the item is tried once, so an item taller than the view cannot make it loop.
 */
export function keepInView(
  timeline: Timeline,
  el: HTMLElement,
): { keep(id: string): void; check(): void; release(): void } {
  let id: string | null = null;
  let tried = '';
  const release = () => {
    id = null;
    tried = '';
  };
  const check = () => {
    if (id === null) return;
    const place = verticalPlace(timeline, id);
    if (!place) return;
    const key = `${place.top}:${place.height}:${place.view}`;
    if (key === tried) return;
    tried = key;
    revealVertically(timeline, id);
  };
  for (const type of ['pointerdown', 'wheel', 'touchstart'] as const)
    el.addEventListener(type, release, { passive: true, capture: true });
  return {
    keep(next) {
      id = next;
      tried = '';
      // Laid out already: now; otherwise the redraw that lays it out calls check().
      requestAnimationFrame(check);
    },
    check,
    release,
  };
}

/** Scroll the canvas back to its top (vis keeps the vertical scroll private). */
export function scrollToTop(timeline: Timeline): void {
  scrollTo(timeline, 0);
}

/**
 * vis notices a new container size on window resize or by polling it every second; when the
 * details panel opens beside it (the main column narrows) it would redraw up to a second later.
 * Its own resize check, run as soon as the size changes, redraws in the same frame instead.
 */
export function redrawOnResize(timeline: Timeline, el: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(() => internals(timeline)._onResize?.call(timeline));
  observer.observe(el);
  return () => observer.disconnect();
}

/** Which of vis's internals the controller found (the real-widget test asserts all of them). */
export function internalsPresent(timeline: Timeline): Record<string, boolean> {
  const vis = internals(timeline);
  return {
    itemSetItems: typeof vis.itemSet?.items === 'object',
    leftContainerHeight: typeof vis.props?.leftContainer?.height === 'number',
    getScrollTop: typeof vis._getScrollTop === 'function',
    setScrollTop: typeof vis._setScrollTop === 'function',
    onResize: typeof vis._onResize === 'function',
    redraw: typeof vis._redraw === 'function',
    initialFitDone: typeof vis.initialFitDone === 'boolean',
  };
}

/**
 * Shows `window` from the first draw. Given as the start and end options, vis keeps the canvas hidden until it
 * reports a change of window (200 ms after the first draw, or never when the window it sets is the one it has);
 * given none, it fits its items on the first draw. So its first fit is marked done and the window set.
 */
export function showFirstWindow(timeline: Timeline, window: { start: number; end: number }): void {
  const vis = internals(timeline);
  if (vis.initialFitDone === false) vis.initialFitDone = true;
  else timeline.setOptions({ start: window.start, end: window.end });
  timeline.setWindow(window.start, window.end, { animation: false });
}

/** Items in the time window but above or below the part of the canvas in view. */
export interface Offscreen {
  above: number;
  below: number;
  /** Scroll offsets (px from the top of the content) that bring the nearest hidden item into view. */
  nextAbove: number | null;
  nextBelow: number | null;
  /** Content height, visible height and current offset (px), for a scrollbar drawn over the canvas. */
  content: number;
  view: number;
  scrolled: number;
}

interface GroupInternals {
  top?: number;
  visibleItems?: { top?: number; height?: number; id?: string | number; data?: { type?: string } }[];
}

export function offscreenItems(timeline: Timeline): Offscreen | null {
  const vis = internals(timeline) as VisInternals & {
    itemSet?: { groups?: Record<string, GroupInternals | undefined> };
    props?: { leftContainer?: { height?: number }; center?: { height?: number } };
  };
  const view = vis.props?.leftContainer?.height;
  const getScrollTop = vis._getScrollTop;
  const groups = vis.itemSet?.groups;
  if (view === undefined || typeof getScrollTop !== 'function' || !groups) return null;
  const scrolled = -getScrollTop.call(timeline);
  let above = 0;
  let below = 0;
  let nextAbove: number | null = null;
  let nextBelow: number | null = null;
  for (const group of Object.values(groups)) {
    for (const item of group?.visibleItems ?? []) {
      // An era's band (eraItems.ts) spans the whole canvas and is not an event: never "more above/below".
      if (item.data?.type === 'background') continue;
      const top = (group?.top ?? 0) + (item.top ?? 0);
      const bottom = top + (item.height ?? 0);
      if (bottom > scrolled + view + 1) {
        below++;
        const to = Math.max(0, bottom - view + 8);
        if (nextBelow === null || to < nextBelow) nextBelow = to;
      } else if (top < scrolled - 1) {
        above++;
        const to = Math.max(0, top - 8);
        if (nextAbove === null || to > nextAbove) nextAbove = to;
      }
    }
  }
  return { above, below, nextAbove, nextBelow, content: vis.props?.center?.height ?? view, view, scrolled };
}

interface ItemInternals {
  displayed?: boolean;
  hide?: () => void;
}

/**
 * vis's fit() measures every item by drawing it (Timeline.getItemRange), also those outside the window
 * it is fitting from; those stay in the DOM, never positioned (at the canvas's left edge, one on the
 * other), until a window that contains them. After each redraw this takes out every item drawn but not
 * in its group's visible items. (Seen as a 2022 box at the left edge of a link's 2020 window.)
 */
export function hideStrayItems(timeline: Timeline): void {
  const itemSet = (
    internals(timeline) as {
      itemSet?: {
        items?: Record<string, ItemInternals | undefined>;
        groups?: Record<string, GroupInternals | undefined>;
      };
    }
  ).itemSet;
  if (!itemSet?.items || !itemSet.groups) return;
  const shown = new Set<unknown>();
  for (const group of Object.values(itemSet.groups)) for (const item of group?.visibleItems ?? []) shown.add(item);
  for (const item of Object.values(itemSet.items))
    if (item?.displayed && !shown.has(item) && typeof item.hide === 'function') item.hide();
}

/** Scroll the canvas so `offset` px of content lie above the view. */
export function scrollTo(timeline: Timeline, offset: number): void {
  const set = internals(timeline)._setScrollTop;
  if (typeof set !== 'function') return;
  set.call(timeline, -offset);
  internals(timeline)._redraw?.call(timeline);
}
