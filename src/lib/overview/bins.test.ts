import { describe, expect, it } from 'vitest';
import { binStart, binUnit, densityBins, localTime, nextBin, overviewSpan } from './bins';

const DAY = 86_400_000;
const years = (a: number, b: number) => ({ start: localTime(a), end: localTime(b) });

describe('binUnit: bars that adapt to the span', () => {
  it('draws months for a few years, years for decades, centuries for millennia, at most maxBins bars', () => {
    expect(binUnit(years(2020, 2023), 60)).toEqual({ kind: 'month', months: 1 });
    expect(binUnit(years(2000, 2025), 60)).toEqual({ kind: 'year', years: 1 });
    expect(binUnit(years(2012, 2025), 60)).toEqual({ kind: 'month', months: 3 });
    expect(binUnit(years(1900, 2025), 60)).toEqual({ kind: 'year', years: 5 });
    expect(binUnit(years(-3000, 2025), 60)).toEqual({ kind: 'year', years: 100 });
    expect(binUnit({ start: 0, end: 20 * DAY }, 60)).toEqual({ kind: 'day', days: 1 });
    for (const [a, b] of [
      [2019, 2024],
      [602, 1453],
      [-3000, 2025],
      [-13_000, 2025],
    ] as const) {
      const span = years(a, b);
      expect(densityBins([], span, binUnit(span, 60)).length).toBeLessThanOrEqual(61);
    }
  });
});

describe('binStart / nextBin: calendar-aligned periods, any year', () => {
  it('aligns decades and centuries to round years, BC too', () => {
    const decade = { kind: 'year', years: 10 } as const;
    expect(new Date(binStart(localTime(2017, 5, 3), decade)).getFullYear()).toBe(2010);
    expect(new Date(binStart(localTime(-43, 2, 15), decade)).getFullYear()).toBe(-50);
    expect(new Date(nextBin(localTime(50), { kind: 'year', years: 100 })).getFullYear()).toBe(150);
    expect(new Date(localTime(44)).getFullYear()).toBe(44); // not 1944
  });
  it('aligns weeks to Mondays and quarters to Jan/Apr/Jul/Oct', () => {
    const week = binStart(localTime(2020, 6, 24), { kind: 'day', days: 7 });
    expect(new Date(week).getDay()).toBe(1);
    expect(new Date(binStart(localTime(2020, 7, 9), { kind: 'month', months: 3 })).getMonth()).toBe(6);
  });
});

describe('densityBins', () => {
  it('counts each instant in its period and ignores instants outside the span', () => {
    const span = years(2020, 2023);
    const unit = { kind: 'year', years: 1 } as const;
    const bins = densityBins(
      [localTime(2020, 6, 24), localTime(2020, 6, 25), localTime(2022, 5, 2), localTime(2030)],
      span,
      unit,
    );
    expect(bins.map((b) => b.count)).toEqual([2, 0, 1]);
    expect(bins[0]!.start).toBe(localTime(2020));
  });
  it('bins 10,000 events over 5,000 years, every one counted once', () => {
    const span = years(-3000, 2025);
    const times = Array.from({ length: 10_000 }, (_, i) => span.start + ((span.end - span.start) * i) / 10_000);
    const bins = densityBins(times, span, binUnit(span, 120));
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(10_000);
  });
});

describe('overviewSpan', () => {
  it('covers every span with a margin, and widens a single day', () => {
    const s = overviewSpan([years(2020, 2021), years(2022, 2023)])!;
    expect(s.start).toBeLessThan(localTime(2020));
    expect(s.end).toBeGreaterThan(localTime(2023));
    const one = overviewSpan([{ start: localTime(2020, 6, 24), end: localTime(2020, 6, 24) }])!;
    expect(one.end - one.start).toBe(30 * DAY);
    expect(overviewSpan([])).toBeNull();
  });
});
