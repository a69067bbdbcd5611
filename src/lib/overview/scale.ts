/**
 * Positions on the overview strip as fractions (0 = the span's start, 1 = its end), the window moves the strip's
 * controls make (pan, resize, centre, keys), and the words it says (aria-valuetext, tick labels).
 */
import type { Span } from './bins';
import { localTime, MONTHS, yearLabel } from '../days';

export const fraction = (t: number, span: Span) => (t - span.start) / (span.end - span.start);
export const timeAt = (f: number, span: Span) => span.start + f * (span.end - span.start);

/**
 * The window moved by `dt`, kept inside the span where it fits; a window wider than the span (the timeline
 * zoomed out past the events) keeps its centre inside the span.
 */
export function panWindow(w: Span, dt: number, span: Span): Span {
  const width = w.end - w.start;
  const half = width < span.end - span.start ? width / 2 : 0;
  const centre = Math.min(span.end - half, Math.max(span.start + half, (w.start + w.end) / 2 + dt));
  return { start: centre - width / 2, end: centre + width / 2 };
}

/** The window centred on `t`, same width. */
export const centreWindow = (w: Span, t: number, span: Span): Span => panWindow(w, t - (w.start + w.end) / 2, span);

/** One edge of the window moved to `t`, never past the other edge less `minWidth`, never out of the span. */
export function resizeWindow(w: Span, edge: 'start' | 'end', t: number, span: Span, minWidth: number): Span {
  if (edge === 'start') return { start: Math.max(span.start, Math.min(t, w.end - minWidth)), end: w.end };
  return { start: w.start, end: Math.min(span.end, Math.max(t, w.start + minWidth)) };
}

export type StripKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** A key on the strip's slider: arrows move a tenth of the window, Page keys a whole window, Home/End to the ends. */
export function keyWindow(w: Span, key: StripKey, span: Span): Span {
  const width = w.end - w.start;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return panWindow(w, -width / 10, span);
    case 'ArrowRight':
    case 'ArrowUp':
      return panWindow(w, width / 10, span);
    case 'PageUp':
      return panWindow(w, -width, span);
    case 'PageDown':
      return panWindow(w, width, span);
    case 'Home':
      return panWindow(w, span.start - w.start, span);
    case 'End':
      return panWindow(w, span.end - w.end, span);
  }
}

export { yearLabel };

/** "24 Jul 2020", "15 Mar 44 BC". */
export function dayLabel(t: number): string {
  const d = new Date(t);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${yearLabel(d.getFullYear())}`;
}

/** What the slider says: "24 Jul 2020 to 31 Dec 2020"; a window of years says only the years. */
export function windowText(w: Span): string {
  const years = (w.end - w.start) / (365.2425 * 24 * 3600 * 1000);
  if (years > 200)
    return `${yearLabel(new Date(w.start).getFullYear())} to ${yearLabel(new Date(w.end).getFullYear())}`;
  return `${dayLabel(w.start)} to ${dayLabel(w.end)}`;
}

/**
 * About `count` ticks at round years (whole years at least) inside the span, round as they read: "500 BC" (ISO year
 * -499), not "501 BC" (-500).
 */
export function yearTicks(span: Span, count: number): number[] {
  const y0 = new Date(span.start).getFullYear();
  const y1 = new Date(span.end).getFullYear();
  const years = y1 - y0;
  const raw = Math.max(1, years / Math.max(1, count));
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  // BC: the years read k × step BC, ISO 1 - k × step, latest first; then AD from the first round year after 0.
  for (let bc = Math.max(step, Math.ceil((1 - y1) / step) * step); 1 - bc >= y0; bc += step) ticks.unshift(1 - bc);
  for (let y = Math.max(step, Math.ceil(y0 / step) * step); y <= y1; y += step) ticks.push(y);
  return ticks.filter((y) => localTime(y) > span.start && localTime(y) < span.end);
}

/** The window that shows every one of these spans, with a tenth of their width to spare each side (≥ a week). */
export function resultsWindow(spans: readonly (readonly [number, number])[]): Span | null {
  if (spans.length === 0) return null;
  const lo = Math.min(...spans.map((s) => s[0]));
  const hi = Math.max(...spans.map((s) => s[1]));
  const margin = Math.max(3.5 * 24 * 3600 * 1000, (hi - lo) / 10);
  return { start: lo - margin, end: hi + margin };
}
