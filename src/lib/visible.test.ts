import { describe, expect, it } from 'vitest';
import { computeVisible, hiddenLine, inPeriod } from './visible';
import { makeEvent, seedLike } from './__fixtures__/seedLike';

const none = { from: null, to: null };

const two = (k: number) => String(k).padStart(2, '0');

/** `n` day events over 15 years, three themes in turn. */
const makeList = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = `20${two(10 + (i % 15))}-${two(1 + (i % 12))}-${two(1 + (i % 28))}`;
    return makeEvent(`e${i}`, {
      themes: [['rnd', 'covid', 'diplomacy'][i % 3] ?? 'rnd'],
      date: { start: d, end: d, precision: 'day', expression: 'x', basis: 'y' },
    });
  });

describe('computeVisible', () => {
  it('shows everything in date order with no filters', () => {
    const r = computeVisible({ events: seedLike.events, hiddenThemes: [], hits: null, period: none });
    expect(r.events).toHaveLength(seedLike.events.length);
    const keys = r.events.map((e) => e.date.start ?? e.date.end);
    expect(keys).toEqual(keys.toSorted());
    expect(r.hiddenCount).toBe(0);
    expect(r.total).toBe(seedLike.events.length);
  });

  it('R&D only keeps exactly the events carrying rnd, including multi-theme ones', () => {
    const others = seedLike.themes.map((t) => t.id).filter((t) => t !== 'rnd');
    const r = computeVisible({ events: seedLike.events, hiddenThemes: others, hits: null, period: none });
    const expected = seedLike.events
      .filter((e) => e.themes.includes('rnd'))
      .map((e) => e.id)
      .toSorted();
    expect(r.events.map((e) => e.id).toSorted()).toEqual(expected);
    expect(r.hiddenCount).toBe(seedLike.events.length - expected.length);
  });

  it('counts per theme ignore theme visibility but follow search and period', () => {
    const a = makeEvent('a', { themes: ['rnd', 'covid'] });
    const b = makeEvent('b', {
      themes: ['covid'],
      date: { start: '2022-01-01', end: '2022-01-01', precision: 'day', expression: 'x', basis: 'y' },
    });
    const r = computeVisible({ events: [a, b], hiddenThemes: ['covid'], hits: null, period: none });
    expect(r.counts).toEqual({ rnd: 1, covid: 2 });
    expect(r.events.map((e) => e.id)).toEqual(['a']);
    expect(r.hiddenCount).toBe(1);
    const s = computeVisible({ events: [a, b], hiddenThemes: ['covid'], hits: new Set(['b']), period: none });
    expect(s.counts).toEqual({ covid: 1 });
    expect(s.events).toEqual([]);
    expect(s.hiddenCount).toBe(1);
    const p = computeVisible({
      events: [a, b],
      hiddenThemes: [],
      hits: null,
      period: { from: '2021-01-01', to: null },
    });
    expect(p.events.map((e) => e.id)).toEqual(['b']);
    expect(p.matching).toBe(1);
  });

  it('period keeps overlapping events and undated "before" events that may fall in it', () => {
    const range = makeEvent('r', {
      date: { start: '2020-01-01', end: '2020-03-01', precision: 'span', expression: 'x', basis: 'y' },
    });
    const before = makeEvent('b', {
      date: { start: null, end: '2020-07-24', precision: 'before', expression: 'x', basis: 'y' },
    });
    expect(inPeriod(range, { from: '2020-02-01', to: '2020-02-02' })).toBe(true);
    expect(inPeriod(range, { from: '2020-03-02', to: null })).toBe(false);
    expect(inPeriod(range, { from: null, to: '2019-12-31' })).toBe(false);
    expect(inPeriod(before, { from: null, to: '1990-01-01' })).toBe(true);
    expect(inPeriod(before, { from: '2020-07-24', to: null })).toBe(true);
    expect(inPeriod(before, { from: '2020-07-25', to: null })).toBe(false);
  });

  it('filters 10,000 events by theme, search hits and period', () => {
    // How it grows with the events is timed in the benchmark (npm run bench:growth), not here.
    const events = makeList(10_000);
    const hits = new Set(events.filter((_, i) => i % 2 === 0).map((e) => e.id));
    const period = { from: '2015-01-01', to: '2020-12-31' };
    const p = computeVisible({ events, hiddenThemes: ['covid'], hits, period });
    expect(p.events.length).toBeGreaterThan(0);
    expect(p.events.every((e) => inPeriod(e, period) && !e.themes.includes('covid') && hits.has(e.id))).toBe(true);
    const r = computeVisible({ events, hiddenThemes: ['covid'], hits, period: none });
    expect(r.events.every((e) => !e.themes.includes('covid') && hits.has(e.id))).toBe(true);
  });
});

describe('hiddenLine', () => {
  const themes = [
    { id: 'rnd', label: 'R&D' },
    { id: 'covid', label: 'COVID-19' },
  ];
  it('counts the events the unchecked themes hide', () => {
    expect(hiddenLine(3, ['rnd'], themes)).toBe('3 events hidden by themes');
    expect(hiddenLine(1, ['rnd'], themes)).toBe('1 event hidden by themes');
  });
  it('names the hidden themes instead of saying 0 hidden', () => {
    expect(hiddenLine(0, ['rnd'], themes)).toBe('R&D hidden');
    expect(hiddenLine(0, ['covid', 'rnd'], themes)).toBe('R&D, COVID-19 hidden');
  });
});
