/**
 * The hot path at 10,000 generated events, as pure functions: the visible-set filter (theme toggle,
 * period, search hits), the search itself once indexed, and the items the timeline is fed.
 * No bound in milliseconds (a busy machine can be ten times slower than a quiet one): each step is timed on a
 * quarter of the list and on all of it, and must grow about linearly (4×; an accidental O(n²) grows 16×).
 * `npm run bench` measures the real figures.
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
const quarter = { ...list, events: list.events.slice(0, 2_500) };

/**
 * `step` on a quarter of the list and on all of it, fastest of five interleaved runs each (the fastest run is
 * the one a busy machine disturbed least): the whole list may take under 10× the quarter's time. Below 100 ms
 * for the whole list the step is fast whatever its growth (an accidental O(n²) takes seconds), and a quarter's
 * millisecond or two would make the ratio timer noise (a search measured 27 ms against 1 ms under load).
 */
function expectLinear(name: string, step: (l: typeof list) => unknown) {
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < 5; i++) {
    small.push(timed(() => step(quarter)).ms);
    large.push(timed(() => step(list)).ms);
  }
  const [s, l] = [Math.min(...small), Math.min(...large)];
  if (l < 100) return;
  expect(l / Math.max(s, 1), `${name}: ${l.toFixed(1)} ms for 10,000, ${s.toFixed(1)} ms for 2,500`).toBeLessThan(10);
}

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
    for (const r of [all, hidden, period]) expect(r.value.events.length).toBeGreaterThan(0);
    expectLinear('a theme toggle', (l) =>
      computeVisible({ events: l.events, hiddenThemes: ['covid'], hits: null, period: noPeriod }),
    );
    expectLinear('a period', (l) =>
      computeVisible({
        events: l.events,
        hiddenThemes: [],
        hits: null,
        period: { from: '2015-01-01', to: '2016-12-31' },
      }),
    );
  });

  it('search: once indexed, a query over 10,000 events answers quickly', () => {
    const index = buildSearchIndex(list);
    const r = timed(() => searchEvents(index, 'heron drones'));
    expect(r.value?.ids.size).toBeGreaterThan(0);
    const v = computeVisible({ events: list.events, hiddenThemes: [], hits: r.value?.ids ?? null, period: noPeriod });
    expect(v.events.length).toBe(r.value?.ids.size);
    const indexes = new Map([
      [list, index],
      [quarter, buildSearchIndex(quarter)],
    ]);
    expectLinear('a search', (l) => searchEvents(indexes.get(l)!, 'heron drones'));
    expectLinear('the visible hits', (l) =>
      computeVisible({ events: l.events, hiddenThemes: [], hits: r.value?.ids ?? null, period: noPeriod }),
    );
  });

  it('the timeline is fed a bounded number of items, quickly', () => {
    const visible = computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }).events;
    const opts = { themeIds: KNOWN_THEME_IDS, swimlanes: true, terms: [] as string[] };
    densityItems(visible, null, opts);
    expect(densityItems(visible, null, opts).length).toBeLessThanOrEqual(DENSITY_LIMIT);
    expectLinear('the items', (l) => densityItems(l.events, null, opts));
  });
});
