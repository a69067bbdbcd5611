/**
 * Range labels that stay readable at every zoom (issue 15 §2). vis-timeline draws a range's label
 * from the range's start (or the canvas's left edge) and lets it run on: past an undated bar's end
 * (its "before" day), off the canvas's right edge, so the date and its "planned" or "before" mark,
 * which come last, were cut off. Each time vis places a range (its repositionX) this gives the label a width:
 * - an undated "before X" bar: the part of the bar in view (the label never crosses X);
 * - any other range: the room to the canvas's right edge, at least MIN_LABEL px. A range too near
 *   the right edge for its label has the label put before its start (or, with no room there either,
 *   moved left by what it lacks), so it does not run off the canvas.
 * The label is placed before vis stacks the items, and a label moved left widens the extent vis
 * stacks the item with by as much: vis lays out the item where its label is, so a moved label never
 * lies over its neighbours (a summary near the right edge of the 10,000-event view did, when the
 * label was moved after the stacking).
 * The title shrinks to fit (ellipsis, CSS in timelineItems.css); the date and the marks never do. A tight label
 * (class is-tight) keeps the undated mark as "…" without its word, so the title is not squeezed to one letter.
 * Relies on vis-timeline 8 internals (ItemSet._addItem; a range item's repositionX, left, width, dom,
 * data, conversion, parent, props); without them nothing is changed.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { onItemAdded } from './visInternals';

interface RangeInternals {
  baseClassName?: string;
  data?: { start?: unknown; end?: unknown };
  dom?: { box?: HTMLElement; content?: HTMLElement };
  conversion?: { toScreen(date: unknown): number };
  parent?: { width?: number };
  props?: { content?: { width?: number } };
  left?: number;
  width?: number;
  repositionX?: (this: RangeInternals, limitSize?: boolean) => void;
}
/** The narrowest a label of a range that is not undated is given (room for its date and marks). */
export const MIN_LABEL = 230;
/** Below this width an undated bar's label is tight: its tag shows "…" without its word (timelineItems.css). */
const TIGHT_LABEL = 340;
/** The content's padding and the item's borders, which the label width leaves room for. */
const FRAME = 16;
const GUTTER = 12;
/** The gap between a label put before its range and the range's start. */
const BESIDE = 6;

export interface LabelFit {
  /** Max width of the label (px). */
  width: number;
  /** How far the label moves left (px), 0 when it fits where vis puts it. */
  shift: number;
}

/**
 * The pure part: where a range's label goes, given the range's screen span, the canvas width and
 * (when vis has measured it) the label's own width: a short label near the edge moves only as far as it needs.
 */
export function fitLabel(start: number, end: number, canvas: number, undated: boolean, own?: number): LabelFit {
  const from = Math.max(start, 0);
  if (undated) return { width: Math.max(0, Math.min(end, canvas) - from - FRAME), shift: 0 };
  // Also clear of the scrollbar drawn over the canvas's right edge (OffscreenCue).
  const room = canvas - from - FRAME - GUTTER;
  const width = Math.min(Math.max(room, MIN_LABEL), Math.max(0, canvas - FRAME - GUTTER));
  // The label's own width once vis has measured it; before that, as wide as it may be.
  const label = own !== undefined && own > 0 ? own : width;
  const needs = Math.min(width, label);
  if (needs <= room) return { width, shift: 0 };
  // Short of room on the right: the label goes before the range, as wide as it is (or as the room there allows,
  // down to MIN_LABEL); with no room before it either, it moves left by what it lacks.
  const wide = Math.min(label, from - BESIDE);
  if (wide >= Math.min(label, MIN_LABEL)) return { width: wide, shift: wide + BESIDE };
  return { width, shift: needs - room };
}

/** Gives every range item vis creates from now on a label fitted each time vis places it. */
export function fitRangeLabels(timeline: Timeline): void {
  onItemAdded<RangeInternals>(timeline, (item) => {
    const place = item.repositionX;
    if (typeof place !== 'function' || !item.baseClassName?.includes('vis-range')) return;
    item.repositionX = function placeFitted(this: RangeInternals, limitSize?: boolean) {
      place.call(this, limitSize);
      placeLabel(this);
    };
  });
}

/** After vis has placed a range: its label's width and shift, and the extent vis will stack it with. */
function placeLabel(item: RangeInternals): void {
  const { data, dom, conversion, parent } = item;
  const label = dom?.content?.firstElementChild;
  if (!data || data.end === undefined || !dom?.box || !conversion || !(label instanceof HTMLElement)) return;
  if (!label.classList.contains('ev-content') || parent?.width === undefined) return;
  const undated = dom.box.classList.contains('is-before');
  const own = item.props?.content?.width;
  const fit = fitLabel(conversion.toScreen(data.start), conversion.toScreen(data.end), parent.width, undated, own);
  const width = `${Math.floor(fit.width)}px`;
  const shift = fit.shift ? Math.ceil(fit.shift) : 0;
  if (label.style.maxWidth !== width) label.style.maxWidth = width;
  label.classList.toggle('is-tight', undated && fit.width < TIGHT_LABEL);
  const translate = shift ? `${-shift}px` : '';
  if (label.style.translate !== translate) label.style.translate = translate;
  if (shift && typeof item.left === 'number' && typeof item.width === 'number') {
    item.left -= shift;
    item.width += shift;
  }
}
