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
import type { TimelineEvent } from './schema';
import { highlightSegments, type Segment } from './highlight';
import { themeKey } from './themeColor';

/** How far back the faded open start of a "before" event reaches. */
export const BEFORE_YEARS = 3;
/** How far forward the faded open end of an "after" event reaches. */
export const AFTER_YEARS = 1;

export interface ItemLabel {
  title: Segment[];
  date: string;
  planned: boolean;
  /** An undated "before X" event: drawn with a leading "… undated" marker. */
  undated?: boolean;
  sourceCount: number;
  /** Theme colour keys (for the small swatches), first theme first. */
  themeKeys: string[];
}

export interface ItemSpec {
  id: string;
  type: 'box' | 'range';
  start: number;
  end?: number;
  className: string;
  group?: string;
  label: ItemLabel;
  /** Equal signatures mean the item need not be touched. */
  signature: string;
}

export interface BuildOptions {
  themeIds: readonly string[];
  swimlanes: boolean;
  /** Search terms to highlight in titles. */
  terms: readonly string[];
  /** Theme ids currently hidden (the swimlane group is the first shown theme). */
  hiddenThemes?: readonly string[];
  /** The keyboard cursor's event (class "is-active"). */
  activeId?: string | null;
}

/** Local midnight of a YYYY-MM-DD day (the timeline axis is drawn in local time). */
export function dayStart(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Local midnight of the day after (for inclusive ends). */
export function dayAfter(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}

function yearsBefore(iso: string, years: number): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y - years, m - 1, d).getTime();
}

export function sourceCount(e: TimelineEvent): number {
  return new Set(e.evidence.map((q) => q.source)).size;
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
  const d = e.date;
  let type: ItemSpec['type'];
  let start: number;
  let end: number | undefined;
  const classes = ['ev', `theme-${themeKeys[0] ?? 'other-0'}`, `prec-${d.precision}`];
  if (planned) classes.push('is-planned');
  if (opts.activeId === e.id) classes.push('is-active');
  if (d.precision === 'before' || d.start === null) {
    type = 'range';
    start = yearsBefore(d.end!, BEFORE_YEARS);
    end = dayStart(d.end!);
    classes.push('is-before');
  } else if (d.precision === 'after' || d.end === null) {
    type = 'range';
    start = dayStart(d.start);
    end = yearsBefore(d.start, -AFTER_YEARS);
    classes.push('is-after');
  } else if (d.precision === 'day' && d.start === d.end) {
    type = 'box';
    start = dayStart(d.start);
  } else {
    type = 'range';
    start = dayStart(d.start);
    end = dayAfter(d.end);
  }
  const className = classes.join(' ');
  const group = opts.swimlanes ? (e.themes.find((t) => !hidden.includes(t)) ?? e.themes[0]) : undefined;
  const signature = JSON.stringify([type, start, end, className, group, label]);
  return { id: e.id, type, start, end, className, group, label, signature };
}

export function buildItems(events: readonly TimelineEvent[], opts: BuildOptions): ItemSpec[] {
  return events.map((e) => buildItem(e, opts));
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
