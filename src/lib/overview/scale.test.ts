import { describe, expect, it } from 'vitest';
import { localTime } from './bins';
import {
  centreWindow,
  dayLabel,
  fraction,
  keyWindow,
  panWindow,
  resizeWindow,
  resultsWindow,
  windowText,
  yearLabel,
  yearTicks,
} from './scale';

const span = { start: localTime(2000), end: localTime(2010) };
const w = { start: localTime(2004), end: localTime(2005) };
const year = (t: number) => new Date(t).getFullYear();

describe('window moves', () => {
  it('pans, keeping the width and staying inside the span', () => {
    const p = panWindow(w, localTime(2020) - localTime(2004), span);
    expect(p.end).toBe(span.end);
    expect(p.end - p.start).toBe(w.end - w.start);
    expect(panWindow(w, -1e15, span).start).toBe(span.start);
  });
  it('centres on a time and resizes one edge, never past the other', () => {
    const c = centreWindow(w, localTime(2008), span);
    expect((c.start + c.end) / 2).toBe(localTime(2008));
    expect(resizeWindow(w, 'start', localTime(2006), span, 1000)).toEqual({ start: w.end - 1000, end: w.end });
    expect(resizeWindow(w, 'end', localTime(2030), span, 1000).end).toBe(span.end);
  });
  it('answers slider keys', () => {
    expect(keyWindow(w, 'Home', span).start).toBe(span.start);
    expect(keyWindow(w, 'End', span).end).toBe(span.end);
    expect(year(keyWindow(w, 'PageDown', span).start)).toBe(2005);
    expect(keyWindow(w, 'ArrowRight', span).start).toBeGreaterThan(w.start);
    expect(keyWindow(w, 'ArrowLeft', span).start).toBeLessThan(w.start);
  });
  it('measures fractions of the span', () => {
    expect(fraction(span.start, span)).toBe(0);
    expect(fraction(span.end, span)).toBe(1);
  });
});

describe('labels', () => {
  it('says AD and BC years as people write them', () => {
    expect(yearLabel(602)).toBe('602');
    expect(yearLabel(-43)).toBe('44 BC');
    expect(yearLabel(0)).toBe('1 BC');
    expect(dayLabel(localTime(2020, 6, 24))).toBe('24 Jul 2020');
    expect(windowText(w)).toBe('1 Jan 2004 to 1 Jan 2005');
    expect(windowText({ start: localTime(-499), end: localTime(1453) })).toBe('500 BC to 1453');
  });
  it('puts ticks at round years', () => {
    expect(yearTicks(span, 5)).toEqual([2002, 2004, 2006, 2008]);
    expect(yearTicks({ start: localTime(602), end: localTime(1453) }, 5)).toEqual([800, 1000, 1200, 1400]);
    expect(yearTicks({ start: localTime(2020), end: localTime(2021) }, 5)).toEqual([]);
    // BC ticks round as they read: 400 BC is ISO -399.
    expect(yearTicks({ start: localTime(-520), end: localTime(-30) }, 5).map(yearLabel)).toEqual([
      '500 BC',
      '400 BC',
      '300 BC',
      '200 BC',
      '100 BC',
    ]);
    expect(yearTicks({ start: localTime(-60), end: localTime(1500) }, 4).map(yearLabel)).toEqual(['500', '1000']);
    expect(yearTicks({ start: localTime(2019, 5), end: localTime(2022, 5) }, 6)).toEqual([2020, 2021, 2022]);
  });
});

describe('resultsWindow', () => {
  it('fits the matching spans with a margin, at least a week wide', () => {
    const r = resultsWindow([
      [localTime(2020, 5, 1), localTime(2020, 5, 1)],
      [localTime(2020, 8, 1), localTime(2020, 8, 2)],
    ])!;
    expect(r.start).toBeLessThan(localTime(2020, 5, 1));
    expect(r.end).toBeGreaterThan(localTime(2020, 8, 2));
    expect(r.end - r.start).toBeLessThan(200 * 86_400_000);
    const one = resultsWindow([[localTime(2020, 6, 24), localTime(2020, 6, 24)]])!;
    expect(one.end - one.start).toBe(7 * 86_400_000);
    expect(resultsWindow([])).toBeNull();
  });
});
