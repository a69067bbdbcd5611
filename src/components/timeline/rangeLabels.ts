/**
 * Range labels that stay readable at every zoom (issue 15 §2). vis-timeline draws a range's label
 * from the range's start (or the canvas's left edge) and lets it run on: past an undated bar's end
 * (its "before" day), off the canvas's right edge, so the date and its "planned" or "before" mark,
 * which come last, were cut off. After each redraw this gives every range label drawn a width:
 * - an undated "before X" bar: the part of the bar in view (the label never crosses X);
 * - any other range: the room to the canvas's right edge, at least MIN_LABEL px (a range near the
 *   right edge has its label moved left by what it lacks, so it does not run off the canvas).
 * The title shrinks to fit (ellipsis, CSS in timelineItems.css); the date and the marks never do. A tight label
 * (class is-tight) keeps the undated mark as "…" without its word, so the title is not squeezed to one letter.
 * Relies on vis-timeline 8 internals (ItemSet groups' visibleItems, an item's dom, data, conversion);
 * without them nothing is changed.
 */
import type { Timeline } from 'vis-timeline/esnext';

interface RangeInternals {
  data?: { start?: unknown; end?: unknown };
  dom?: { box?: HTMLElement; content?: HTMLElement };
  conversion?: { toScreen(date: unknown): number };
  parent?: { width?: number };
}
interface ItemSetInternals {
  itemSet?: { groups?: Record<string, { visibleItems?: RangeInternals[] } | undefined> };
}

/** The narrowest a label of a range that is not undated is given (room for its date and marks). */
export const MIN_LABEL = 230;
/** Below this width an undated bar's label is tight: its tag shows "…" without its word (timelineItems.css). */
const TIGHT_LABEL = 340;
/** The content's padding and the item's borders, which the label width leaves room for. */
const FRAME = 16;
const GUTTER = 12;

export interface LabelFit {
  /** Max width of the label (px). */
  width: number;
  /** How far the label moves left (px), 0 when it fits where vis puts it. */
  shift: number;
}

/** The pure part: where a range's label goes, given the range's screen span and the canvas width. */
export function fitLabel(start: number, end: number, canvas: number, undated: boolean): LabelFit {
  const from = Math.max(start, 0);
  if (undated) return { width: Math.max(0, Math.min(end, canvas) - from - FRAME), shift: 0 };
  // Also clear of the scrollbar drawn over the canvas's right edge (OffscreenCue).
  const room = canvas - from - FRAME - GUTTER;
  const width = Math.min(Math.max(room, MIN_LABEL), Math.max(0, canvas - FRAME - GUTTER));
  return { width, shift: Math.max(0, width - room) };
}

export function fitRangeLabels(timeline: Timeline): void {
  const groups = (timeline as unknown as ItemSetInternals).itemSet?.groups;
  if (!groups) return;
  for (const group of Object.values(groups)) {
    for (const item of group?.visibleItems ?? []) {
      const { data, dom, conversion, parent } = item;
      const label = dom?.content?.firstElementChild;
      if (!data || data.end === undefined || !dom?.box || !conversion || !(label instanceof HTMLElement)) continue;
      if (!label.classList.contains('ev-content') || parent?.width === undefined) continue;
      const undated = dom.box.classList.contains('is-before');
      const fit = fitLabel(conversion.toScreen(data.start), conversion.toScreen(data.end), parent.width, undated);
      const width = `${Math.floor(fit.width)}px`;
      const shift = fit.shift ? `${-Math.ceil(fit.shift)}px` : '';
      if (label.style.maxWidth !== width) label.style.maxWidth = width;
      label.classList.toggle('is-tight', undated && fit.width < TIGHT_LABEL);
      if (label.style.translate !== shift) label.style.translate = shift;
    }
  }
}
