/**
 * The overview strip's pure logic: the span it draws, the period each density bar stands for (days, weeks,
 * months, years, decades, centuries, millennia: whatever keeps the bars at most `maxBins`), the counts per bar
 * and the labels. Times are epoch milliseconds in local time, like the timeline's; any year a Date holds works
 * (years before 100 and BC years too: never Date(y, …), which reads 0–99 as 1900–1999).
 */
import { localTime } from '../days';

export interface Span {
  start: number;
  end: number;
}

export type BinUnit =
  { kind: 'day'; days: number } | { kind: 'month'; months: number } | { kind: 'year'; years: number };

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.2425 * DAY;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
const UNITS: readonly { unit: BinUnit; approx: number }[] = [
  { unit: { kind: 'day', days: 1 }, approx: DAY },
  { unit: { kind: 'day', days: 7 }, approx: 7 * DAY },
  { unit: { kind: 'month', months: 1 }, approx: YEAR / 12 },
  { unit: { kind: 'month', months: 3 }, approx: YEAR / 4 },
  ...YEAR_STEPS.map((years) => ({ unit: { kind: 'year', years } as BinUnit, approx: years * YEAR })),
];

export { localTime };

/** The smallest calendar period that draws `span` in at most `maxBins` bars. */
export function binUnit(span: Span, maxBins: number): BinUnit {
  const width = Math.max(1, span.end - span.start);
  const fit = UNITS.find((u) => width / u.approx <= maxBins);
  return (fit ?? UNITS[UNITS.length - 1]!).unit;
}

/** The start of the period of `unit` that holds time `t` (periods aligned to the calendar: 1990, 2000, 2010…). */
export function binStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit.kind === 'day') {
    const day = localTime(d.getFullYear(), d.getMonth(), d.getDate());
    if (unit.days === 1) return day;
    // Weeks start on Monday.
    return localTime(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  }
  if (unit.kind === 'month') {
    return localTime(d.getFullYear(), d.getMonth() - (d.getMonth() % unit.months), 1);
  }
  const y = d.getFullYear();
  return localTime(y - mod(y, unit.years));
}

/** The start of the next period after the one starting at `start`. */
export function nextBin(start: number, unit: BinUnit): number {
  const d = new Date(start);
  if (unit.kind === 'day') return localTime(d.getFullYear(), d.getMonth(), d.getDate() + unit.days);
  if (unit.kind === 'month') return localTime(d.getFullYear(), d.getMonth() + unit.months, 1);
  return localTime(d.getFullYear() + unit.years);
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

export interface Bin {
  start: number;
  end: number;
  count: number;
}

/** Bars over the span: how many of `times` (one instant per event) fall in each period. */
export function densityBins(times: readonly number[], span: Span, unit: BinUnit): Bin[] {
  const bins: Bin[] = [];
  for (let s = binStart(span.start, unit); s < span.end; s = nextBin(s, unit))
    bins.push({ start: s, end: nextBin(s, unit), count: 0 });
  if (bins.length === 0) return bins;
  const first = bins[0]!.start;
  for (const t of times) {
    // Binary search: 10,000 events over a few hundred bars.
    let lo = 0;
    let hi = bins.length - 1;
    if (t < first || t >= bins[hi]!.end) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= t) lo = mid;
      else hi = mid - 1;
    }
    bins[lo]!.count += 1;
  }
  return bins;
}

/**
 * The span the strip draws: every event's span with a margin of 2 % each side (at least a day); a span shorter
 * than `minWidth` (one event, a single day) widens around its middle.
 */
export function overviewSpan(spans: readonly Span[], minWidth = 30 * DAY): Span | null {
  if (spans.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.start < lo) lo = s.start;
    if (s.end > hi) hi = s.end;
  }
  if (hi - lo < minWidth) {
    const mid = (lo + hi) / 2;
    return { start: mid - minWidth / 2, end: mid + minWidth / 2 };
  }
  const margin = Math.max(DAY, (hi - lo) * 0.02);
  return { start: lo - margin, end: hi + margin };
}
