/**
 * The hot path at 10,000 generated events, as pure functions: the visible-set filter (theme toggle,
 * period, search hits), the search itself once indexed, and the items the timeline is fed.
 * What they give is checked here; how fast, and how their cost grows with the list, is the benchmark's
 * (`npm run bench:growth` in CPU time, `npm run bench` in the browser): a busy machine can be ten times slower than a
 * quiet one, and a unit test that fails then is not testing the code.
 */
import { describe, expect, it } from 'vitest';
import { generateEventList } from './generate';
import { computeVisible } from '../visible';
import { buildSearchIndex, searchEvents } from '../search';
import { densityItems, DENSITY_LIMIT } from '../density';
import { KNOWN_THEME_IDS } from '../themeColor';

const { list } = await generateEventList({ count: 10_000, seed: 99 });
const noPeriod = { from: null, to: null };

describe('hot path at 10,000 events', () => {
  it('computeVisible: a theme toggle over 10,000 events is exact', () => {
    computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }); // sorts once
    const all = computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod });
    expect(all.events).toHaveLength(10_000);
    const hidden = computeVisible({ events: list.events, hiddenThemes: ['covid'], hits: null, period: noPeriod });
    const covidOnly = list.events.filter((e) => e.themes.every((t) => t === 'covid')).length;
    expect(hidden.events).toHaveLength(10_000 - covidOnly);
    expect(hidden.hiddenCount).toBe(covidOnly);
    const period = computeVisible({
      events: list.events,
      hiddenThemes: ['covid'],
      hits: null,
      period: { from: '2015-01-01', to: '2016-12-31' },
    });
    expect(period.events.length).toBeGreaterThan(0);
    expect(period.events.length).toBeLessThan(hidden.events.length);
    for (const r of [all, hidden, period]) expect(r.events.length).toBeGreaterThan(0);
  });

  it('search: once indexed, a query over 10,000 events finds its events', () => {
    const index = buildSearchIndex(list);
    const r = searchEvents(index, 'heron drones');
    expect(r?.ids.size).toBeGreaterThan(0);
    const v = computeVisible({ events: list.events, hiddenThemes: [], hits: r?.ids ?? null, period: noPeriod });
    expect(v.events.length).toBe(r?.ids.size);
  });

  it('the timeline is fed a bounded number of items', () => {
    const visible = computeVisible({ events: list.events, hiddenThemes: [], hits: null, period: noPeriod }).events;
    const opts = { themeIds: KNOWN_THEME_IDS, swimlanes: true, terms: [] as string[] };
    densityItems(visible, null, opts);
    expect(densityItems(visible, null, opts).length).toBeLessThanOrEqual(DENSITY_LIMIT);
  });
});
