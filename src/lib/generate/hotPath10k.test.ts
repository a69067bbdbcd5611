/**
 * The hot path at 10,000 generated events, as pure functions: the visible-set filter (theme toggle,
 * period, search hits), the search itself once indexed, and the items the timeline is fed.
 * Generous bounds (a shared, often busy two-core machine): they catch an accidental O(n²) (seconds),
 * not a few ms; `npm run bench` measures the real figures.
 */
import { describe, expect, it } from 'vitest';
import { generateEventList } from './generate';
import { computeVisible } from '../visible';
import { buildSearchIndex, searchEvents } from '../search';
import { densityItems, DENSITY_LIMIT } from '../density';
import { KNOWN_THEME_IDS } from '../themeColor';

const { list } = await generateEventList({ count: 10_000, seed: 99 });
const noPeriod = { from: null, to: null };

const timed = <T>(fn: () => T): { ms: number; value: T } => {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
};

describe('hot path at 10,000 events', () => {
  it('computeVisible: a theme toggle over 10,000 events is quick and exact', () => {
    computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }); // sorts once
    const all = timed(() => computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }));
    expect(all.value.events).toHaveLength(10_000);
    const hidden = timed(() =>
      computeVisible({ events: list.events, hiddenThemes: ['covid'], hits: null, period: noPeriod }),
    );
    const covidOnly = list.events.filter((e) => e.themes.every((t) => t === 'covid')).length;
    expect(hidden.value.events).toHaveLength(10_000 - covidOnly);
    expect(hidden.value.hiddenCount).toBe(covidOnly);
    const period = timed(() =>
      computeVisible({
        events: list.events,
        hiddenThemes: ['covid'],
        hits: null,
        period: { from: '2015-01-01', to: '2016-12-31' },
      }),
    );
    expect(period.value.events.length).toBeGreaterThan(0);
    expect(period.value.events.length).toBeLessThan(hidden.value.events.length);
    for (const r of [all, hidden, period]) expect(r.ms).toBeLessThan(250);
  });

  it('search: once indexed, a query over 10,000 events answers quickly', () => {
    const index = buildSearchIndex(list);
    const r = timed(() => searchEvents(index, 'heron drones'));
    expect(r.value?.ids.size).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(1000);
    const v = timed(() =>
      computeVisible({ events: list.events, hiddenThemes: [], hits: r.value?.ids ?? null, period: noPeriod }),
    );
    expect(v.value.events.length).toBe(r.value?.ids.size);
    expect(v.ms).toBeLessThan(250);
  });

  it('the timeline is fed a bounded number of items, quickly', () => {
    const visible = computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }).events;
    const opts = { themeIds: KNOWN_THEME_IDS, swimlanes: true, terms: [] as string[] };
    densityItems(visible, null, opts);
    const r = timed(() => densityItems(visible, null, opts));
    expect(r.value.length).toBeLessThanOrEqual(DENSITY_LIMIT);
    expect(r.ms).toBeLessThan(500);
  });
});
