/**
 * Pure building of vis-timeline items from events, and the minimal diff between two builds.
 * The TimelineView turns each ItemSpec's `label` into DOM elements (textContent only).
 *
 * Honest dates:
 * - day: a box on that day (a range if it covers several days);
 * - week / month / year / span: a range over the days it covers (end inclusive);
 * - before X: an open-ended range fading in from BEFORE_YEARS before X, labelled "before X";
 * - after X (vague future): its mirror, a range from X fading out over AFTER_YEARS, labelled "after X";
 * - planned events get class "is-planned" (dashed) and "planned" in the label.
 */
import { formatEventDate } from './dateLabel';
import { dayParts, localTime } from './days';
import type { TimelineEvent } from './schema';
import { highlightSegments, type HighlightSegment } from './highlight';
import { themeKey } from './themeColor';

/** How far back the faded open start of a "before" event reaches. */
export const BEFORE_YEARS = 3;
/** How far forward the faded open end of an "after" event reaches. */
export const AFTER_YEARS = 1;

export interface ItemLabel {
  title: HighlightSegment[];
  date: string;
  planned: boolean;
  /** An undated "before X" event: drawn with a leading "… undated" marker. */
  undated?: boolean;
  sourceCount: number;
  /** Theme colour keys (for the small swatches), first theme first. */
  themeKeys: string[];
  /** From an article added in this browser (tagged "added in this browser"). */
  added?: true;
  /** An era of an imported file, drawn as a labelled background band (eraItems.ts), not an event. */
  era?: true;
}

export interface ItemSpec {
  id: string;
  type: 'box' | 'range' | 'background';
  start: number;
  end?: number;
  className: string;
  group?: string;
  label: ItemLabel;
  /** Equal signatures mean the item need not be touched. */
  signature: string;
  /** Stacking order (lower on top); see stackRanks. */
  rank?: number;
}

export interface BuildOptions {
  themeIds: readonly string[];
  swimlanes: boolean;
  /** Search terms to highlight in titles. */
  terms: readonly string[];
  /** Theme ids currently hidden (the swimlane group is the first shown theme). */
  hiddenThemes?: readonly string[];
  /** Events from articles added in this browser (their items are tagged so). */
  addedIds?: ReadonlySet<string>;
}

/** Local midnight of a YYYY-MM-DD day (the timeline axis is drawn in local time). */
export function dayStart(iso: string): number {
  const [y, m, d] = dayParts(iso);
  return localTime(y, m - 1, d);
}

/** Local midnight of the day after (for inclusive ends). */
export function dayAfter(iso: string): number {
  const [y, m, d] = dayParts(iso);
  return localTime(y, m - 1, d + 1);
}

function yearsBefore(iso: string, years: number): number {
  const [y, m, d] = dayParts(iso);
  return localTime(y - years, m - 1, d);
}

/** How many distinct sources back an event (the one count the timeline, list and details show). */
export function sourceCount(e: TimelineEvent): number {
  return new Set(e.evidence.map((q) => q.source)).size;
}

const spans = new WeakMap<TimelineEvent, [number, number]>();

/**
 * The one [start, end] an event is drawn over, used by the items, the density summaries and
 * "reveal" alike (cached per event object): a one-day box is the point at its day's start; a
 * range ends after its last day; a "before X" reaches back BEFORE_YEARS from X, an "after X" runs on
 * AFTER_YEARS past it.
 */
export function eventSpan(e: TimelineEvent): [number, number] {
  let s = spans.get(e);
  if (!s) {
    const d = e.date;
    if (d.precision === 'before' || d.start === null) s = [yearsBefore(d.end!, BEFORE_YEARS), dayStart(d.end!)];
    // "after X": from X, fading out over AFTER_YEARS (the mirror of "before")
    else if (d.precision === 'after' || d.end === null) s = [dayStart(d.start), yearsBefore(d.start, -AFTER_YEARS)];
    else if (isBox(e)) s = [dayStart(d.start), dayStart(d.start)];
    else s = [dayStart(d.start), dayAfter(d.end)];
    spans.set(e, s);
  }
  return s;
}

const isBox = (e: TimelineEvent) => e.date.precision === 'day' && e.date.start !== null && e.date.start === e.date.end;

/** The swimlane rule: an event is drawn in the lane of every theme of it that is shown (its first if none is). */
export function lanesOf(e: TimelineEvent, hiddenThemes: readonly string[] = []): string[] {
  const shown = hiddenThemes.length ? e.themes.filter((t) => !hiddenThemes.includes(t)) : e.themes;
  return shown.length ? shown : e.themes.slice(0, 1);
}

/** Its first lane: the lane whose copy keeps the event's own id. */
export function laneOf(e: TimelineEvent, hiddenThemes: readonly string[] = []): string | undefined {
  return lanesOf(e, hiddenThemes)[0];
}

/** Item ids of an event's copies in its other lanes: "<event id>@<theme id>" (ids are slugs, no "@"). */
const COPY_SEPARATOR = '@';
export const copyId = (eventId: string, lane: string) => `${eventId}${COPY_SEPARATOR}${lane}`;

/** The event an item id stands for (a lane copy's id names its event first). */
export function eventIdOf(itemId: string): string {
  const at = itemId.indexOf(COPY_SEPARATOR);
  return at < 0 ? itemId : itemId.slice(0, at);
}

/** Every item id an event may be drawn with (itself and a copy per theme). */
export function itemIdsOf(e: TimelineEvent): string[] {
  return [e.id, ...e.themes.map((t) => copyId(e.id, t))];
}

export function buildItem(e: TimelineEvent, opts: BuildOptions): ItemSpec {
  const themeKeys = e.themes.map((t) => themeKey(t, opts.themeIds));
  const hidden = opts.hiddenThemes ?? [];
  const planned = e.status === 'planned';
  const label: ItemLabel = {
    title: highlightSegments(e.title, opts.terms),
    date: formatEventDate(e.date),
    planned,
    undated: e.date.precision === 'before' || e.date.start === null,
    sourceCount: sourceCount(e),
    themeKeys,
  };
  if (opts.addedIds?.has(e.id)) label.added = true;
  const d = e.date;
  const type: ItemSpec['type'] = isBox(e) ? 'box' : 'range';
  const [start, spanEnd] = eventSpan(e);
  const end = type === 'box' ? undefined : spanEnd;
  const classes = ['ev', `theme-${themeKeys[0] ?? 'other-0'}`, `prec-${d.precision}`];
  if (planned) classes.push('is-planned');
  if (d.precision === 'before' || d.start === null) classes.push('is-before');
  else if (d.precision === 'after' || d.end === null) classes.push('is-after');
  const className = classes.join(' ');
  const group = opts.swimlanes ? laneOf(e, hidden) : undefined;
  const signature = JSON.stringify([type, start, end, className, group, label]);
  return { id: e.id, type, start, end, className, group, label, signature };
}

/** An event's items: one, or with swimlanes one per lane it belongs to (copies after the first get copy ids). */
export function buildEventItems(e: TimelineEvent, opts: BuildOptions): ItemSpec[] {
  const first = buildItem(e, opts);
  if (!opts.swimlanes) return [first];
  const lanes = lanesOf(e, opts.hiddenThemes ?? []);
  if (lanes.length < 2) return [first];
  return [
    first,
    ...lanes.slice(1).map((lane) => {
      const id = copyId(e.id, lane);
      return { ...first, id, group: lane, signature: `${first.signature}${lane}` };
    }),
  ];
}

/** How many items an event list draws as (lane copies counted). */
export function itemCount(events: readonly TimelineEvent[], opts: BuildOptions): number {
  if (!opts.swimlanes) return events.length;
  let n = 0;
  for (const e of events) n += lanesOf(e, opts.hiddenThemes ?? []).length;
  return n;
}

/** Stacking tiers: dated boxes, dated ranges, undated "before" bars last (0, 1, 4); see stackRanks. */
export const typeRank = (item: Pick<ItemSpec, 'type' | 'className'>): number =>
  item.type === 'box' ? 0 : item.className.includes('is-before') ? 4 : 1;

/**
 * Where an item stacks (lower on top): the first item of every distinct day or span in a lane comes before
 * the second of any, so when a column of items is taller than the timeline, each date that has events still shows
 * one at the top (a phone's first view: the planned week of 27 Jul 2020 no longer stacks below four 24 Jul events).
 * Undated "before" bars stay last. Items get their rank here, and it is part of their signature.
 */
function stackRanks(items: ItemSpec[]): ItemSpec[] {
  const leads = new Set<string>();
  for (const item of items) {
    const base = typeRank(item);
    if (base === 4) {
      item.rank = base;
      continue;
    }
    const key = `${item.group ?? ''}|${item.start}|${item.end ?? ''}`;
    const lead = !leads.has(key);
    if (lead) leads.add(key);
    item.rank = lead ? base : base + 2;
    if (!lead) item.signature += '~stacked';
  }
  return items;
}

export function buildItems(events: readonly TimelineEvent[], opts: BuildOptions): ItemSpec[] {
  return stackRanks(
    opts.swimlanes ? events.flatMap((e) => buildEventItems(e, opts)) : events.map((e) => buildItem(e, opts)),
  );
}

export interface ItemDiff {
  /** New or changed items (DataSet.update upserts them). */
  upsert: ItemSpec[];
  remove: string[];
}

/** What to change in the DataSet to go from `prev` (id → signature) to `next`. */
export function diffItems(prev: ReadonlyMap<string, string>, next: readonly ItemSpec[]): ItemDiff {
  const upsert: ItemSpec[] = [];
  const seen = new Set<string>();
  for (const item of next) {
    seen.add(item.id);
    if (prev.get(item.id) !== item.signature) upsert.push(item);
  }
  const remove: string[] = [];
  for (const id of prev.keys()) if (!seen.has(id)) remove.push(id);
  return { upsert, remove };
}

/** Accessible text for an item, e.g. "R&D: Letter of intent…, 2 Jun 2022, planned, 2 sources". */
export function itemDescription(e: TimelineEvent, themeLabels: ReadonlyMap<string, string>): string {
  const parts = [e.title, formatEventDate(e.date)];
  if (e.status === 'planned') parts.push('planned');
  const n = sourceCount(e);
  parts.push(n === 1 ? '1 source' : `${n} sources`);
  parts.push(e.themes.map((t) => themeLabels.get(t) ?? t).join(', '));
  return parts.join(', ');
}
