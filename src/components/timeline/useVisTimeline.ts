/**
 * The one owner of the vis-timeline widget: created once, fed item diffs, destroyed on unmount.
 * Nothing else in the app touches the widget; components get back a small control object.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { diffItems, type ItemSpec } from '../../lib/timelineItems';
import { groupContent, itemContent } from './itemContent';
import { batchItemDrawing, type BatchChange } from './batchedShow';

/**
 * vis-timeline, vis-data and moment are the larger part of the JS: loaded as their own chunk
 * (index.html preloads it at low priority, see vite.config.ts), not in the initial JS. The esnext
 * builds: modern syntax without the core-js polyfills of the peer build, 113 kB gzipped instead of 180.
 */
let visModules: Promise<[typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')]> | null = null;
export const loadVis = () => (visModules ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]));
void loadVis();

const DAY = 24 * 60 * 60 * 1000;
export const ZOOM_MIN = DAY;
export const ZOOM_MAX = 15 * 365.25 * DAY;

interface VisItem {
  id: string;
  type: string;
  start: number;
  end?: number;
  className: string;
  group?: string;
  /** Unused: the template builds the DOM from `label` when the item is first drawn. */
  content: string;
  label: ItemSpec['label'];
  signature: string;
}
interface VisGroup {
  id: string;
  content: HTMLElement;
  className: string;
}
export interface GroupSpec {
  id: string;
  label: string;
  key: string;
}

export interface TimelineWindow {
  start: number;
  end: number;
}

export interface TimelineHandlers {
  onSelect(id: string | null): void;
  onWindow(w: TimelineWindow, byUser: boolean): void;
}

const toVis = (s: ItemSpec): VisItem => ({
  id: s.id,
  type: s.type,
  start: s.start,
  ...(s.end !== undefined ? { end: s.end } : {}),
  className: s.className,
  ...(s.group !== undefined ? { group: s.group } : {}),
  content: '',
  label: s.label,
  signature: s.signature,
});

/**
 * Item DOM is built lazily, only for items vis actually draws, and cached by signature so
 * redraws reuse the same element. (Large lists are summarised before they get here: src/lib/density.ts.)
 */
function makeTemplate() {
  const cache = new Map<string, { signature: string; el: HTMLElement }>();
  return (data: Partial<VisItem> & { uiItems?: unknown[]; title?: string }): HTMLElement => {
    if (!data.label || !data.id || !data.signature) {
      // Not one of ours (e.g. a vis cluster): its count as text.
      const el = document.createElement('span');
      el.textContent = String(data.uiItems?.length ?? '');
      return el;
    }
    const hit = cache.get(data.id);
    if (hit && hit.signature === data.signature) return hit.el;
    const el = itemContent(data.label);
    cache.set(data.id, { signature: data.signature, el });
    return el;
  };
}

const groupKeyOf = (groups: readonly GroupSpec[]) => groups.map((g) => `${g.id}:${g.label}:${g.key}`).join('|');

/** Minimal upserts and removals, by item signature. */
function applyItems(data: DataSet<VisItem, 'id'>, signatures: Map<string, string>, items: readonly ItemSpec[]): void {
  const diff = diffItems(signatures, items);
  if (diff.remove.length) data.remove(diff.remove);
  if (diff.upsert.length) data.update(diff.upsert.map(toVis));
  for (const id of diff.remove) signatures.delete(id);
  for (const s of diff.upsert) signatures.set(s.id, s.signature);
}

/** Replaces the groups (swimlanes) in place; false when there are none. */
function applyGroups(groupSet: DataSet<VisGroup, 'id'>, groups: readonly GroupSpec[] | null): boolean {
  if (!groups) return false;
  const next = groups.map((g, i) => ({ id: g.id, content: groupContent(g.label, g.key), className: `group theme-${g.key}`, order: i }));
  const keep = new Set(next.map((g) => g.id));
  groupSet.remove(groupSet.getIds().filter((id) => !keep.has(String(id))));
  groupSet.update(next);
  return true;
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  items: readonly ItemSpec[],
  groups: readonly GroupSpec[] | null,
  initialWindow: TimelineWindow | null,
  handlers: TimelineHandlers,
): Timeline | null {
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const dataRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const batchRef = useRef<BatchChange>((change) => change());
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null);
  const signatures = useRef(new Map<string, string>());
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const initialWindowRef = useRef(initialWindow);
  const latest = useRef({ items, groups });
  useEffect(() => {
    latest.current = { items, groups };
  });
  const appliedGroups = useRef<string | null>(null);

  // Create once.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let tl: Timeline | null = null;
    let cancelled = false;
    let resized: ResizeObserver | null = null;
    const sigs = signatures.current;
    void loadVis().then(([{ Timeline }, { DataSet }]) => {
    if (cancelled) return;
    const data = new DataSet<VisItem, 'id'>();
    const groupSet = new DataSet<VisGroup, 'id'>();
    const initial = latest.current;
    const withGroups = applyGroups(groupSet, initial.groups);
    appliedGroups.current = initial.groups ? groupKeyOf(initial.groups) : null;
    const w = initialWindowRef.current;
    const options = {
      zoomMin: ZOOM_MIN,
      zoomMax: ZOOM_MAX,
      orientation: { axis: 'top', item: 'top' },
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      stack: true,
      height: '100%',
      verticalScroll: true,
      margin: { item: { horizontal: 2, vertical: 4 }, axis: 4 },
      groupOrder: 'order',
      template: makeTemplate() as never,
      // At day zoom the major label names the year too, so the axis never loses it.
      format: { majorLabels: { minute: 'ddd D MMMM YYYY', hour: 'ddd D MMMM YYYY' } },
      ...(w ? { start: w.start, end: w.end } : {}),
    };
    tl = withGroups ? new Timeline(el, data as never, groupSet as never, options) : new Timeline(el, data as never, options);
    batchRef.current = batchItemDrawing(tl);
    // The first items go in as one batch too (one layout for all of them, drawn before the next
    // paint), not one by one as vis draws items it is constructed with.
    batchRef.current(() => applyItems(data, sigs, initial.items));
    // vis notices a new container size on window resize or by polling it every second; when the
    // details panel opens beside it (the main column narrows) it would redraw up to a second later.
    // Its own resize check, run as soon as the size changes, redraws in the same frame instead.
    const timelineNow = tl;
    resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => (timelineNow as unknown as { ['_onResize']?: () => void })['_onResize']?.());
    resized?.observe(el);
    tl.on('select', (p: { items: (string | number)[]; event?: unknown }) => {
      handlersRef.current.onSelect(p.items.length ? String(p.items[0]) : null);
    });
    tl.on('rangechanged', (p: { start: Date; end: Date; byUser: boolean }) => {
      handlersRef.current.onWindow({ start: p.start.getTime(), end: p.end.getTime() }, p.byUser);
    });
    dataRef.current = data;
    groupsRef.current = groupSet;
    setTimeline(tl);
    });
    return () => {
      cancelled = true;
      resized?.disconnect();
      tl?.destroy();
      dataRef.current = null;
      groupsRef.current = null;
      sigs.clear();
      appliedGroups.current = null;
      setTimeline(null);
    };
  }, [container]);

  // Feed changes: minimal upserts/removals; groups switched around the item update.
  const groupKey = groups ? groupKeyOf(groups) : null;
  useEffect(() => {
    const data = dataRef.current;
    const groupSet = groupsRef.current;
    if (!timeline || !data || !groupSet) return;
    const turningOff = appliedGroups.current !== null && groupKey === null;
    if (turningOff) timeline.setGroups(undefined);
    batchRef.current(() => applyItems(data, signatures.current, items));
    if (groupKey !== appliedGroups.current && groups) {
      applyGroups(groupSet, groups);
      if (appliedGroups.current === null) timeline.setGroups(groupSet as never);
    }
    appliedGroups.current = groupKey;
  }, [timeline, items, groups, groupKey]);

  return timeline;
}
