/**
 * The one owner of the vis-timeline widget, framework-free (in the style of xyflow's XYPanZoom):
 * `createTimeline(el, options)` builds the widget and returns a small interface. It alone holds
 * the DataSets, the draw batching (batchedShow.ts), the window-echo handling and every use of vis
 * internals (visInternals.ts). React keeps one create/update/destroy effect pair (useTimeline.ts);
 * the toolbar and the keys call this interface, never the widget.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { diffItems, type ItemSpec } from '../../lib/timelineItems';
import { majorAxisLabel, minorAxisLabel } from '../../lib/axisLabels';
import { applyGroups, makeTemplate, toVis, type GroupSpec, type VisGroup, type VisItem } from './visItems';
import { batchItemDrawing, type BatchChange } from './batchedShow';
import { fitRangeLabels } from './rangeLabels';
import { markItems } from './itemMarks';
import { AXIS_MARGIN, hasBands, makeRoomForBands } from './bands';
import {
  hideStrayItems,
  inViewVertically,
  keepInView,
  offscreenItems,
  redrawOnResize,
  scrollTo,
  scrollToTop,
  showFirstWindow,
  type Offscreen,
} from './visInternals';

export type { GroupSpec, Offscreen };

export type VisModules = readonly [typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')];

const DAY = 24 * 60 * 60 * 1000;
export const ZOOM_MIN = DAY;
export const ZOOM_MAX = 15 * 365.25 * DAY;

export interface TimelineWindow {
  start: number;
  end: number;
}
/** A time span to bring into view, and the item drawn over it (scrolled to vertically). */
export interface RevealTarget {
  start: number;
  end: number;
  id?: string;
  /** Its neighbours' span: the window widens (never narrows) to keep them in view too, with a margin. */
  context?: TimelineWindow;
  /** Every item of the event (its lane copies): one already in view is kept there, no scroll to another lane. */
  ids?: readonly string[];
  /**
   * The layout will not change (the details panel is already open beside the timeline): the margin is about an
   * item's width, not a fifth of the window, so clicking an item already in view does not pan the timeline.
   */
  steady?: boolean;
}

export interface TimelineEvents {
  /** An item was clicked (null: the selection was cleared by a click on empty space). */
  select: (id: string | null) => void;
  /** The window changed (after a pan, zoom or any setWindow). */
  window: (w: TimelineWindow, byUser: boolean) => void;
  /** The window is moving (every frame of a drag or wheel zoom, before 'window' reports where it settled). */
  moving: (w: TimelineWindow) => void;
  /** After each redraw: how many items in the window lie above and below the part in view. */
  offscreen: (o: Offscreen) => void;
  /** After each redraw (the first one puts the first view on screen). */
  drawn: () => void;
}

export interface TimelineOptions {
  vis: VisModules;
  items: readonly ItemSpec[];
  groups: readonly GroupSpec[] | null;
  window: TimelineWindow | null;
}

export interface TimelineController {
  /** Minimal upserts and removals by item signature; groups switched around the item update. */
  setData(items: readonly ItemSpec[], groups: readonly GroupSpec[] | null): void;
  getWindow(): TimelineWindow;
  /** The canvas's width in px (0 before it is laid out). */
  width(): number;
  /**
   * Moves the window, unless it is (within a second) the one the widget last reported: an echo.
   * `preview` (a drag on the overview strip): not reported at once; vis reports where it settled.
   */
  setWindow(w: TimelineWindow, opts?: { preview?: boolean }): void;
  zoom(direction: 'in' | 'out'): void;
  /** All items in view, both ways (the vertical scroll goes back to the top). */
  fit(): void;
  /** Moves the window (keeping the zoom) when the span is out of view, and scrolls to its item. */
  reveal(target: RevealTarget): void;
  select(ids: readonly string[]): void;
  /** The items the keyboard cursor is on: marked on the drawn items (class is-active), not an item change. */
  cursor(ids: readonly string[]): void;
  /** Scrolls the canvas to the nearest item hidden below (or above) the part in view. */
  scroll(direction: 'up' | 'down'): void;
  on<K extends keyof TimelineEvents>(event: K, handler: TimelineEvents[K]): () => void;
  destroy(): void;
}

const groupKeyOf = (groups: readonly GroupSpec[] | null) =>
  groups ? groups.map((g) => `${g.id}:${g.label}:${g.key}`).join('|') : null;

/** About the width of a box's label: an item this far inside the edge is in view. */
const ITEM_MARGIN_PX = 160;

/** The same window to within a second at either end (what the widget reports back of one it was given). */
export const nearWindow = (a: TimelineWindow, b: TimelineWindow) =>
  Math.abs(a.start - b.start) <= 1000 && Math.abs(a.end - b.end) <= 1000;

export function createTimeline(el: HTMLElement, options: TimelineOptions): TimelineController {
  const [{ Timeline }, { DataSet }] = options.vis;
  const data = new DataSet<VisItem, 'id'>();
  const groupSet = new DataSet<VisGroup, 'id'>();
  const signatures = new Map<string, string>();
  let appliedGroups = groupKeyOf(options.groups);
  if (options.groups) applyGroups(groupSet, options.groups);
  const initialWindow = options.window;
  // A list spanning centuries (602 to 1453) is shown whole: the zoom-out limit widens to fit it.
  const roomFor = (w: TimelineWindow, max: number) => (w.end - w.start > max ? (w.end - w.start) * 1.2 : max);
  let zoomMax = initialWindow ? roomFor(initialWindow, ZOOM_MAX) : ZOOM_MAX;
  const visOptions = {
    zoomMin: ZOOM_MIN,
    zoomMax,
    orientation: { axis: 'top', item: 'top' },
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    stack: true,
    height: '100%',
    verticalScroll: true,
    margin: { item: { horizontal: 2, vertical: 4 }, axis: AXIS_MARGIN },
    groupOrder: 'order',
    order: (a: VisItem, b: VisItem) => a.rank - b.rank || a.start - b.start,
    template: makeTemplate() as never,
    // Years written "600", "44 BC" (not moment's "0600"); at day zoom the major label names the year too.
    format: { minorLabels: minorAxisLabel as never, majorLabels: majorAxisLabel as never },
  };
  const tl: Timeline = options.groups
    ? new Timeline(el, data as never, groupSet as never, visOptions)
    : new Timeline(el, data as never, visOptions);
  if (initialWindow) showFirstWindow(tl, initialWindow);
  const batch: BatchChange = batchItemDrawing(tl);
  fitRangeLabels(tl);
  const marks = markItems(tl);
  const applyItems = (items: readonly ItemSpec[]) => {
    const diff = diffItems(signatures, items);
    if (diff.remove.length) data.remove(diff.remove);
    if (diff.upsert.length) data.update(diff.upsert.map(toVis));
    for (const id of diff.remove) signatures.delete(id);
    for (const s of diff.upsert) signatures.set(s.id, s.signature);
  };
  // The first items go in as one batch too (one layout for all of them, drawn before the next
  // paint), not one by one as vis draws items it is constructed with.
  batch(() => applyItems(options.items));
  let bands = makeRoomForBands(tl, hasBands(options.items), false);
  const stopResize = redrawOnResize(tl, el);

  const listeners: { [K in keyof TimelineEvents]: Set<TimelineEvents[K]> } = {
    select: new Set(),
    window: new Set(),
    moving: new Set(),
    offscreen: new Set(),
    drawn: new Set(),
  };
  let lastOffscreen = '';
  let offscreen: Offscreen | null = null;
  // The item last revealed stays in view while the layout changes by itself (the details panel
  // opening narrows and shortens the canvas, items restack) until the user pans, zooms or scrolls.
  const keeper = keepInView(tl, el);
  tl.on('changed', () => {
    hideStrayItems(tl);
    marks.redrawn();
    keeper.check();
    offscreen = offscreenItems(tl);
    const key = JSON.stringify(offscreen);
    if (!offscreen || key === lastOffscreen) return;
    lastOffscreen = key;
    for (const h of listeners.offscreen) h(offscreen);
  });
  tl.on('changed', () => {
    for (const h of listeners.drawn) h();
  });
  // The window the widget last reported: a caller echoing it back must not move the widget.
  let reported: TimelineWindow | null = null;
  tl.on('select', (p: { items: (string | number)[] }) => {
    const id = p.items.length ? String(p.items[0]) : null;
    for (const h of listeners.select) h(id);
  });
  const report = (w: TimelineWindow, byUser: boolean) => {
    if (reported && reported.start === w.start && reported.end === w.end) return;
    reported = w;
    for (const h of listeners.window) h(w, byUser);
  };
  tl.on('rangechanged', (p: { start: Date; end: Date; byUser: boolean }) => {
    report({ start: p.start.getTime(), end: p.end.getTime() }, p.byUser);
  });
  tl.on('rangechange', (p: { start: Date; end: Date }) => {
    const w = { start: p.start.getTime(), end: p.end.getTime() };
    for (const h of listeners.moving) h(w);
  });
  const getWindow = (): TimelineWindow => {
    const win = tl.getWindow();
    return { start: win.start.getTime(), end: win.end.getTime() };
  };
  // vis reports a window 200 ms after it is set; a move the app makes is final at once, so it is
  // reported at once (the link and the density summaries follow in the same task).
  const moved = () => report(getWindow(), false);
  let destroyed = false;

  return {
    setData(items, groups) {
      if (destroyed) return;
      const key = groupKeyOf(groups);
      if (appliedGroups !== null && key === null) tl.setGroups(undefined);
      bands = makeRoomForBands(tl, hasBands(items), bands);
      batch(() => applyItems(items));
      if (key !== appliedGroups && groups) {
        applyGroups(groupSet, groups);
        if (appliedGroups === null) tl.setGroups(groupSet as never);
      }
      appliedGroups = key;
      marks.reselect();
    },
    getWindow,
    width: () => el.clientWidth,
    setWindow(next, opts) {
      if (destroyed || (reported && nearWindow(reported, next)) || nearWindow(getWindow(), next)) return;
      const max = roomFor(next, zoomMax);
      if (max !== zoomMax) {
        zoomMax = max;
        tl.setOptions({ zoomMax });
      }
      tl.setWindow(next.start, next.end, { animation: false });
      if (!opts?.preview) moved();
    },
    zoom(direction) {
      if (direction === 'in') tl.zoomIn(0.5, { animation: false });
      else tl.zoomOut(0.5, { animation: false });
      moved();
    },
    fit() {
      keeper.release();
      tl.fit({ animation: false });
      scrollToTop(tl);
      moved();
    },
    reveal(target) {
      const win = getWindow();
      const span = win.end - win.start;
      const ctx = target.context;
      // A margin of a fifth of the window each side, so a box centred near an edge is not cut off
      // (also once the details panel, opening beside the timeline, has narrowed it).
      const margin = target.steady
        ? Math.min(span / 5, (span * ITEM_MARGIN_PX) / Math.max(1, el.clientWidth))
        : span / 5;
      if (ctx && (ctx.start < win.start + margin || ctx.end > win.end - margin)) {
        const lo = Math.min(ctx.start, target.start);
        const hi = Math.max(ctx.end, target.end);
        const width = Math.max(span, (hi - lo) / 0.6);
        const mid = (lo + hi) / 2;
        tl.setWindow(mid - width / 2, mid + width / 2, { animation: false });
        moved();
      } else if (target.end < win.start || target.start > win.end) {
        tl.moveTo((target.start + target.end) / 2, { animation: false });
        moved();
      }
      // Once vis has laid the item out, bring it into view vertically too (stacked items below the fold), and keep
      // it there through the redraws that follow; with swimlanes, a copy in view (the one clicked) stays.
      const shown = target.ids?.find((id) => inViewVertically(tl, id));
      if (target.id !== undefined) keeper.keep(shown ?? target.id);
      else keeper.release();
    },
    select: marks.select,
    cursor: marks.cursor,
    scroll(direction) {
      keeper.release();
      const next = direction === 'down' ? offscreen?.nextBelow : offscreen?.nextAbove;
      if (next !== null && next !== undefined) scrollTo(tl, next);
    },
    on(event, handler) {
      const set = listeners[event] as Set<typeof handler>;
      set.add(handler);
      return () => set.delete(handler);
    },
    destroy() {
      destroyed = true;
      keeper.release();
      stopResize();
      tl.destroy();
      signatures.clear();
      listeners.select.clear();
      listeners.window.clear();
      listeners.moving.clear();
      listeners.offscreen.clear();
      listeners.drawn.clear();
    },
  };
}
