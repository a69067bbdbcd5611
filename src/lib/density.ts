/**
 * Keeps the timeline light at any list size (pure): the widget is never fed more than `limit`
 * single items. Lists up to `limit` events are drawn as they are (buildItems). Larger ones are drawn
 * for the visible window (plus half a window either side): as single events when few enough are
 * anchored there (their day, the middle of their span, the end of a "before"), and
 * otherwise as summary items, one per calendar bucket (day, week, month, quarter, year, ...)
 * and swimlane, labelled "N events". Zooming in narrows the window until the events appear one by
 * one; clicking a summary zooms to its bucket (summaryWindow). The selected event and the
 * keyboard cursor's event are always drawn.
 */
import { dayLabel, dayString, localTime, monthLabel, yearLabel } from './days';
import type { TimelineEvent } from './schema';
import {
  buildEventItems,
  buildItems,
  eventSpan,
  itemCount,
  lanesOf,
  type BuildOptions,
  type ItemSpec,
} from './timelineItems';

export { eventSpan };
import { themeKey } from './themeColor';
import { findById } from './eventIndex';

export const DENSITY_LIMIT = 200;
/** Aim at no more than this many summary items across the drawn span (all swimlanes together). */
const MAX_BUCKETS = 80;
const SUMMARY_PREFIX = 'summary~';

export interface TimeWindow {
  start: number;
  end: number;
}

/** Where an event sits for counting: its day, or the middle of its span (the end of a "before"). */
const anchors = new WeakMap<TimelineEvent, number>();
const anchor = (e: TimelineEvent): number => {
  let a = anchors.get(e);
  if (a === undefined) {
    const [s, t] = eventSpan(e);
    a = e.date.start === null ? t : e.date.end === null ? s : Math.round((s + t) / 2);
    anchors.set(e, a);
  }
  return a;
};

type Unit = { name: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'years'; approx: number; step: number };
const DAY = 86_400_000;
const UNITS: Unit[] = [
  { name: 'day', approx: DAY, step: 1 },
  { name: 'week', approx: 7 * DAY, step: 1 },
  { name: 'month', approx: 30.4 * DAY, step: 1 },
  { name: 'quarter', approx: 91.3 * DAY, step: 3 },
  { name: 'year', approx: 365.25 * DAY, step: 12 },
  { name: 'years', approx: 2 * 365.25 * DAY, step: 24 },
];

/** The calendar bucket [start, end) containing t (local time, like the axis). */
/** The first day of month number `n` (year * 12 + month). */
const monthStart = (n: number) => localTime(Math.floor(n / 12), ((n % 12) + 12) % 12, 1);

/** (Any year: localTime, never the Date constructor, which reads 0–99 as 1900–1999.) */
function bucketOf(t: number, unit: Unit): TimeWindow {
  const d = new Date(t);
  const [y, m, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
  if (unit.name === 'day') return { start: localTime(y, m, day), end: localTime(y, m, day + 1) };
  if (unit.name === 'week') {
    const monday = day - ((d.getDay() + 6) % 7);
    return { start: localTime(y, m, monday), end: localTime(y, m, monday + 7) };
  }
  const months = y * 12 + m;
  const first = months - (((months % unit.step) + unit.step) % unit.step);
  return { start: monthStart(first), end: monthStart(first + unit.step) };
}

function bucketLabel(b: TimeWindow, unit: Unit): string {
  const s = new Date(b.start);
  const [y, m, d] = [s.getFullYear(), s.getMonth() + 1, s.getDate()];
  switch (unit.name) {
    case 'day':
      return dayLabel(dayString(y, m, d));
    case 'week':
      return `week of ${dayLabel(dayString(y, m, d))}`;
    case 'month':
      return monthLabel(y, m);
    case 'quarter':
      return `Q${Math.floor(s.getMonth() / 3) + 1} ${yearLabel(y)}`;
    case 'year':
      return yearLabel(y);
    case 'years':
      return `${yearLabel(y)}–${yearLabel(y + 1)}`;
  }
}

export function isSummaryId(id: string): boolean {
  return id.startsWith(SUMMARY_PREFIX);
}

/** The time window a summary item stands for (to zoom to on click), or null for an event id. */
export function summaryWindow(id: string): TimeWindow | null {
  if (!isSummaryId(id)) return null;
  const [start, end] = id.slice(SUMMARY_PREFIX.length).split('~').map(Number);
  return start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && end > start
    ? { start, end }
    : null;
}

export interface DensityOptions extends BuildOptions {
  limit?: number;
}
/** The events always drawn as single items, even among summaries (pinItems). */
export interface PinnedIds {
  selectedId?: string | null;
  /** The keyboard cursor's event. */
  activeId?: string | null;
}

/**
 * The window the items are built for: the one last used (`kept`) while the shown window stays inside what its
 * items cover (it and half a window either side) at about the same zoom, so a pan of less than half a window (a
 * selection brought into view, a drag) rebuilds nothing; else the shown one.
 */
export function densityWindow(kept: TimeWindow | null, shown: TimeWindow | null): TimeWindow | null {
  if (!kept || !shown) return shown;
  const w = kept.end - kept.start;
  const v = shown.end - shown.start;
  const cover = coverOf(kept);
  const inside = shown.start >= cover.start && shown.end <= cover.end;
  return inside && v >= w * 0.8 && v <= w * 1.25 ? kept : shown;
}

/**
 * The first window for a list the items summarise (null for one drawn in full, which the widget fits itself): where
 * every event is anchored, with a tenth of that each side (at least a day). Built for it and shown in it, the first
 * items are summarised once (at 10,000 events they were summarised for the whole span, fitted, then again).
 */
export function firstWindow(events: readonly TimelineEvent[], opts: DensityOptions): TimeWindow | null {
  const limit = opts.limit ?? DENSITY_LIMIT;
  if (events.length === 0 || (events.length <= limit && itemCount(events, opts) <= limit)) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const a = anchor(e);
    if (a < lo) lo = a;
    if (a > hi) hi = a;
  }
  const pad = Math.max((hi - lo) / 10, 86_400_000);
  return { start: lo - pad, end: hi + pad };
}

/** What the items built for a window cover: it and half a window either side (densityItems, densityWindow). */
function coverOf(window: TimeWindow): TimeWindow {
  const w = window.end - window.start;
  return { start: window.start - w / 2, end: window.end + w / 2 };
}

/** The items to feed the widget for these visible events (date order) and window. */
export function densityItems(
  events: readonly TimelineEvent[],
  window: TimeWindow | null,
  opts: DensityOptions,
): ItemSpec[] {
  const limit = opts.limit ?? DENSITY_LIMIT;
  if (events.length <= limit && itemCount(events, opts) <= limit) return buildItems(events, opts);
  let lo: number;
  let hi: number;
  if (window) {
    ({ start: lo, end: hi } = coverOf(window));
  } else {
    lo = Infinity;
    hi = -Infinity;
    for (const e of events) {
      const [s, t] = eventSpan(e);
      if (s < lo) lo = s;
      if (t > hi) hi = t;
    }
  }
  // Past the limit an event belongs where it is anchored (its day, the middle of its span, the
  // end of a "before"): a long span does not crowd every window it crosses.
  const inRange = events.filter((e) => {
    const a = anchor(e);
    return a >= lo && a <= hi;
  });
  if (itemCount(inRange, opts) <= limit) return buildItems(inRange, opts);

  const hidden = opts.hiddenThemes ?? [];
  const lanes = opts.swimlanes ? Math.max(1, opts.themeIds.filter((t) => !hidden.includes(t)).length) : 1;
  const unit = UNITS.find((u) => ((hi - lo) / u.approx) * lanes <= MAX_BUCKETS) ?? (UNITS[UNITS.length - 1] as Unit);
  // Bucket edges once, then a binary search per event (no Date objects in the loop).
  const edges: number[] = [];
  for (let b = bucketOf(lo, unit); ; b = bucketOf(b.end, unit)) {
    edges.push(b.start);
    if (b.end > hi) {
      edges.push(b.end);
      break;
    }
  }
  const buckets = new Map<
    string,
    { b: TimeWindow; group: string | undefined; count: number; planned: number; themes: Map<string, number> }
  >();
  for (const e of inRange) {
    const a = anchor(e);
    let l = 0;
    let r = edges.length - 1;
    while (r - l > 1) {
      const m = (l + r) >> 1;
      if ((edges[m] as number) <= a) l = m;
      else r = m;
    }
    const b = { start: edges[l] as number, end: edges[l + 1] as number };
    // With swimlanes an event counts in every lane it is drawn in.
    for (const group of opts.swimlanes ? lanesOf(e, hidden) : [undefined]) {
      const key = `${SUMMARY_PREFIX}${b.start}~${b.end}~${group ?? ''}`;
      let acc = buckets.get(key);
      if (!acc) {
        acc = { b, group, count: 0, planned: 0, themes: new Map() };
        buckets.set(key, acc);
      }
      acc.count++;
      if (e.status === 'planned') acc.planned++;
      for (const t of e.themes) acc.themes.set(t, (acc.themes.get(t) ?? 0) + 1);
    }
  }
  const out: ItemSpec[] = [];
  for (const [id, acc] of buckets) {
    const top = [...acc.themes]
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t]) => themeKey(t, opts.themeIds));
    const title = acc.count === 1 ? '1 event' : `${acc.count} events`;
    const label = {
      title: [{ text: title, mark: false }],
      date: `${bucketLabel(acc.b, unit)}${acc.planned ? ` · ${acc.planned} planned` : ''}`,
      planned: false,
      sourceCount: 0,
      themeKeys: top,
    };
    const className = `ev ev-summary theme-${top[0] ?? 'other-0'}`;
    const spec: ItemSpec = {
      id,
      type: 'range',
      start: acc.b.start,
      end: acc.b.end,
      className,
      label,
      signature: JSON.stringify([acc.b.start, acc.b.end, className, acc.group, label]),
    };
    if (acc.group !== undefined) spec.group = acc.group;
    out.push(spec);
  }
  return out;
}

/**
 * The selected event and the keyboard cursor's event are always drawn as single items, even where densityItems
 * summarised them: their items are added to `base` (not changed; the result shares every item with it). Where
 * they are drawn already nothing changes: the selection and the cursor are marked on the drawn items by the
 * timeline controller, not in the items, so moving them redraws no item.
 */
export function pinItems(
  base: readonly ItemSpec[],
  events: readonly TimelineEvent[],
  opts: BuildOptions & PinnedIds,
): ItemSpec[] {
  const ids = [...new Set([opts.selectedId, opts.activeId])].filter((id): id is string => !!id);
  const missing = ids.filter((id) => !base.some((i) => i.id === id));
  if (!missing.length) return base as ItemSpec[];
  const out = base.slice();
  for (const id of missing) {
    // O(1) per id (index cached per events array): a selection at 10,000 events must not scan them.
    const e = findById(events, id);
    // Every lane copy of the event (the selection and the cursor show on all of them).
    if (e) out.push(...buildEventItems(e, opts));
  }
  return out;
}
