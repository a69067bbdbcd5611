import { describe, expect, it } from 'vitest';
import {
  densityItems,
  densityWindow,
  eventSpan,
  firstWindow,
  isSummaryId,
  pinItems,
  summaryWindow,
  DENSITY_LIMIT,
} from './density';
import { buildItems } from './timelineItems';
import { generateEventList } from './generate';
import { sortByDate } from './eventOrder';
import { KNOWN_THEME_IDS } from './themeColor';

const opts = { themeIds: KNOWN_THEME_IDS, swimlanes: false, terms: [] as string[] };
const big = sortByDate((await generateEventList({ count: 10_000, seed: 5 })).list.events);
const small = big.slice(0, 50);
const YEAR = 365.25 * 86_400_000;

describe('densityItems', () => {
  it('draws small lists exactly as buildItems does', () => {
    expect(densityItems(small, null, opts)).toEqual(buildItems(small, opts));
    expect(densityItems(small, { start: 0, end: 1 }, opts)).toEqual(buildItems(small, opts));
  });

  it('summarises 10,000 events at full zoom into at most a hundred buckets that count every event', () => {
    const items = densityItems(big, null, opts);
    expect(items.length).toBeLessThanOrEqual(100);
    expect(items.every((i) => isSummaryId(i.id))).toBe(true);
    const total = items.reduce((n, i) => n + Number(/^(\d+) events?$/.exec(i.label.title[0]?.text ?? '')?.[1]), 0);
    expect(total).toBe(big.length);
    expect(items.every((i) => i.type === 'range' && (i.end ?? 0) > i.start && i.className.includes('ev-summary'))).toBe(
      true,
    );
  });

  it('expands into single events when zoomed into a short window', () => {
    const e = big.slice(5000).find((x) => x.date.precision === 'day');
    if (!e) throw new Error('no day event');
    const [s] = eventSpan(e);
    const items = densityItems(big, { start: s - 3 * 86_400_000, end: s + 3 * 86_400_000 }, opts);
    expect(items.length).toBeLessThanOrEqual(DENSITY_LIMIT + 1);
    expect(items.some((i) => i.id === e.id)).toBe(true);
    expect(items.filter((i) => isSummaryId(i.id))).toEqual([]);
  });

  it('uses finer buckets in a narrower window and never exceeds the limit', () => {
    const first = eventSpan(big[0] as never)[0];
    for (const years of [15, 5, 1, 0.25]) {
      const items = densityItems(big, { start: first, end: first + years * YEAR }, opts);
      expect(items.length).toBeLessThanOrEqual(Math.max(DENSITY_LIMIT, 100) + 1);
    }
    const wide = densityItems(big, { start: first, end: first + 15 * YEAR }, opts);
    const narrow = densityItems(big, { start: first + 5 * YEAR, end: first + 6 * YEAR }, opts);
    const width = (items: typeof wide) =>
      Math.min(...items.filter((i) => isSummaryId(i.id)).map((i) => (i.end ?? 0) - i.start));
    expect(width(narrow)).toBeLessThan(width(wide));
  });

  it('keeps the selected event drawn while summarised, and puts summaries in swimlanes', () => {
    const sel = big[1234];
    if (!sel) throw new Error('no event');
    const items = pinItems(densityItems(big, null, opts), big, { ...opts, selectedId: sel.id });
    expect(items.some((i) => i.id === sel.id)).toBe(true);
    const lanes = densityItems(big, null, { ...opts, swimlanes: true, hiddenThemes: ['covid'] });
    expect(new Set(lanes.map((i) => i.group)).size).toBeGreaterThan(1);
    expect(lanes.some((i) => i.group === undefined)).toBe(false);
  });

  it('pins the selected and the active event onto the items when summarised away, touching nothing else', () => {
    const sel = big[1234];
    const act = big[4321];
    if (!sel || !act) throw new Error('no event');
    const base = densityItems(big, null, opts);
    const pinned = pinItems(base, big, { ...opts, selectedId: sel.id, activeId: act.id });
    // Both were summarised away (densityItems draws neither): pinned on top of the shared items.
    expect(base.some((i) => i.id === sel.id || i.id === act.id)).toBe(false);
    expect(pinned).toHaveLength(base.length + 2);
    expect(pinned.slice(0, base.length)).toEqual(base);
    expect(pinItems(base, big, opts)).toBe(base);
    // Among single items nothing changes: the cursor and the selection are marked by the controller, not the items.
    const few = buildItems(small, opts);
    const e = small[7];
    if (!e) throw new Error('no event');
    expect(pinItems(few, small, { ...opts, activeId: e.id, selectedId: small[2]?.id ?? null })).toBe(few);
  });

  it('maps a summary id back to its window, and nothing else', () => {
    const item = densityItems(big, null, opts)[0];
    if (!item) throw new Error('no item');
    expect(summaryWindow(item.id)).toEqual({ start: item.start, end: item.end });
    expect(summaryWindow(big[0]?.id ?? '')).toBeNull();
    expect(summaryWindow('summary~x~y~')).toBeNull();
  });
});

describe('densityWindow: the items stay while the window stays inside what they cover', () => {
  const kept = { start: 1000, end: 2000 };
  it('keeps the window last used for a pan of less than half a window at the same zoom', () => {
    expect(densityWindow(kept, { start: 1400, end: 2400 })).toBe(kept);
    expect(densityWindow(kept, { start: 500, end: 1500 })).toBe(kept);
    expect(densityWindow(kept, { start: 1000, end: 2000 })).toBe(kept);
  });
  it('takes the shown window once it leaves the cover or the zoom changes by more than a quarter', () => {
    const far = { start: 1600, end: 2600 };
    expect(densityWindow(kept, far)).toBe(far);
    const zoomedIn = { start: 1200, end: 1700 };
    expect(densityWindow(kept, zoomedIn)).toBe(zoomedIn);
    const zoomedOut = { start: 700, end: 2300 };
    expect(densityWindow(kept, zoomedOut)).toBe(zoomedOut);
    expect(densityWindow(null, far)).toBe(far);
    expect(densityWindow(kept, null)).toBeNull();
  });
  it('draws every event in view from the kept window (nothing anchored in view is left out)', () => {
    const shown = { start: 1450, end: 2450 };
    const w = densityWindow(kept, shown)!;
    expect(w.start - (w.end - w.start) / 2).toBeLessThanOrEqual(shown.start);
    expect(w.end + (w.end - w.start) / 2).toBeGreaterThanOrEqual(shown.end);
  });
});

describe('firstWindow: where a summarised list is first shown', () => {
  it('is none for a list drawn in full (the widget fits it)', () => {
    expect(firstWindow(small, opts)).toBeNull();
    expect(firstWindow([], opts)).toBeNull();
  });
  it('holds every summary built for it, with room each side, so the first view is summarised once', () => {
    const w = firstWindow(big, opts)!;
    const items = densityItems(big, w, opts);
    expect(items.every((i) => i.start >= w.start && (i.end ?? i.start) <= w.end)).toBe(true);
    const total = items.reduce((n, i) => n + Number(/^(\d+) events?$/.exec(i.label.title[0]?.text ?? '')?.[1]), 0);
    expect(total).toBe(big.length);
    // the widget's report of that window (to the millisecond, or a pixel off) keeps the items
    expect(densityWindow(w, { start: w.start + 3_600_000, end: w.end - 3_600_000 })).toBe(w);
  });
});
