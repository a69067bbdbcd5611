import { describe, expect, it } from 'vitest';
import { buildItem, buildItems, dayAfter, dayStart, diffItems, itemDescription } from './timelineItems';
import { makeEvent, seedLike } from './__fixtures__/seedLike';

const opts = { themeIds: ['covid', 'rnd', 'diplomacy'], swimlanes: false, terms: [] };

describe('buildItem', () => {
  it('draws a day as a box', () => {
    const i = buildItem(makeEvent('a'), opts);
    expect(i.type).toBe('box');
    expect(i.start).toBe(dayStart('2020-01-01'));
    expect(i.end).toBeUndefined();
    expect(i.className).toContain('theme-rnd');
  });
  it('draws a week as a range covering its days, end inclusive', () => {
    const i = buildItem(
      makeEvent('w', {
        date: { start: '2020-07-27', end: '2020-08-02', precision: 'week', expression: 'next week', basis: 'b' },
      }),
      opts,
    );
    expect(i.type).toBe('range');
    expect([i.start, i.end]).toEqual([dayStart('2020-07-27'), dayAfter('2020-08-02')]);
    expect(i.label.date).toBe('week of 27 Jul 2020');
  });
  it('draws "before" as an open, fading range ending on the day and never invents a start in the label', () => {
    const i = buildItem(
      makeEvent('b', { date: { start: null, end: '2020-07-24', precision: 'before', expression: 'x', basis: 'y' } }),
      opts,
    );
    expect(i.type).toBe('range');
    expect(i.className).toContain('is-before');
    expect(i.end).toBe(dayStart('2020-07-24'));
    expect(i.start).toBeLessThan(dayStart('2018-01-01'));
    expect(i.label.date).toBe('before 24 Jul 2020');
  });
  it('draws "after" as the mirror of "before": a range from the day, fading out, labelled "after"', () => {
    const i = buildItem(
      makeEvent('a', { date: { start: '2020-07-24', end: null, precision: 'after', expression: 'soon', basis: 'y' } }),
      opts,
    );
    expect(i.type).toBe('range');
    expect(i.className).toContain('is-after');
    expect(i.start).toBe(dayStart('2020-07-24'));
    expect(i.end).toBeGreaterThan(dayStart('2021-01-01'));
    expect(i.label.date).toBe('after 24 Jul 2020');
  });
  it('marks planned events and counts distinct sources', () => {
    const ev = makeEvent('p', {
      status: 'planned',
      evidence: [
        { source: 's1', quote: 'q', start: 0, end: 1 },
        { source: 's1', quote: 'r', start: 2, end: 3 },
        { source: 's2', quote: 'q', start: 0, end: 1 },
      ],
    });
    const i = buildItem(ev, opts);
    expect(i.className).toContain('is-planned');
    expect(i.label.planned).toBe(true);
    expect(i.label.sourceCount).toBe(2);
    expect(itemDescription(ev, new Map([['rnd', 'R&D']]))).toBe('Event p, 1 Jan 2020, planned, 2 sources, R&D');
  });
  it('puts an item in the swimlane of its first shown theme', () => {
    const ev = makeEvent('g', { themes: ['covid', 'rnd'] });
    expect(buildItem(ev, { ...opts, swimlanes: true }).group).toBe('covid');
    expect(buildItem(ev, { ...opts, swimlanes: true, hiddenThemes: ['covid'] }).group).toBe('rnd');
    expect(buildItem(ev, opts).group).toBeUndefined();
  });
  it('highlights search terms in the title as segments', () => {
    const i = buildItem(makeEvent('h', { title: 'Vision statement' }), { ...opts, terms: ['vision'] });
    expect(i.label.title).toEqual([
      { text: 'Vision', mark: true },
      { text: ' statement', mark: false },
    ]);
  });
});

describe('diffItems', () => {
  it('touches only what changed', () => {
    const a = buildItems(seedLike.events, { ...opts, themeIds: seedLike.themes.map((t) => t.id) });
    const prev = new Map(a.map((i) => [i.id, i.signature]));
    expect(diffItems(prev, a)).toEqual({ upsert: [], remove: [] });
    const changed = buildItems(seedLike.events.slice(1), {
      ...opts,
      themeIds: seedLike.themes.map((t) => t.id),
      terms: ['gantz'],
    });
    const d = diffItems(prev, changed);
    expect(d.remove).toEqual([seedLike.events[0]?.id]);
    // Changed: the titles with a highlight, and the item that became its date's first when the first event left.
    const rankBefore = new Map(a.map((i) => [i.id, i.rank]));
    expect(d.upsert.map((i) => i.id).toSorted()).toEqual(
      changed
        .filter((i) => i.label.title.some((s) => s.mark) || i.rank !== rankBefore.get(i.id))
        .map((i) => i.id)
        .toSorted(),
    );
    expect(d.upsert.length).toBeGreaterThan(0);
    expect(diffItems(new Map(), changed).upsert).toHaveLength(changed.length);
  });
});

describe('events added in this browser', () => {
  it('are tagged in their label (and change their signature); others are not', () => {
    const addedIds = new Set(['mine']);
    const mine = buildItem(makeEvent('mine'), { ...opts, addedIds });
    const other = buildItem(makeEvent('other'), { ...opts, addedIds });
    expect(mine.label.added).toBe(true);
    expect(other.label.added).toBeUndefined();
    expect(mine.signature).not.toBe(buildItem(makeEvent('mine'), opts).signature);
  });
});

describe('stacking order', () => {
  it("stacks each date's first item above the second of any date; undated bars last", () => {
    const week = {
      start: '2020-07-27',
      end: '2020-08-02',
      precision: 'week' as const,
      expression: 'the week of 27 July',
      basis: 'given',
    };
    const before = { start: null, end: '2020-07-24', precision: 'before' as const, expression: 'x', basis: 'y' };
    const events = [
      makeEvent('a1'),
      makeEvent('a2'),
      makeEvent('a3'),
      makeEvent('w1', { date: week }),
      makeEvent('w2', { date: week }),
      makeEvent('u1', { date: before }),
    ];
    const rank = Object.fromEntries(buildItems(events, opts).map((i) => [i.id, i.rank]));
    // a1 (the day's first) and w1 (the week's first) above a2, a3 and w2; the undated bar below them all.
    expect(rank).toEqual({ a1: 0, w1: 1, a2: 2, a3: 2, w2: 3, u1: 4 });
    // In swimlanes the first of a date is counted per lane.
    const lanes = buildItems([makeEvent('b1'), makeEvent('b2', { themes: ['covid'] })], { ...opts, swimlanes: true });
    expect(lanes.map((i) => i.rank)).toEqual([0, 0]);
  });
});
