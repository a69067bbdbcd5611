/* oxlint-disable no-underscore-dangle -- stands in for vis-timeline internals, named with a leading underscore */
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { batchItemDrawing } from './batchedShow';

/** A stand-in for vis-timeline's ItemSet and Group with the internals batchItemDrawing relies on. */
class FakeGroup {
  items: Record<string, unknown> = {};
  shown: string[] = [];
  stackDirty = false;
  add(item: { id: string }) {
    this.items[item.id] = item;
    this.stackDirty = true;
    this._checkIfVisible(item);
  }
  _checkIfVisible(item: { id: string }) {
    this.shown.push(item.id);
  }
}

function fakeTimeline() {
  const group = new FakeGroup();
  const calls = { itemSetRedraws: 0, timelineRedraws: 0 };
  const itemSet = {
    groups: { g: group } as Record<string, FakeGroup>,
    getGroupId: (data: { group?: string }) => data.group ?? 'g',
    _addItem(item: { id: string; data: { group?: string } }) {
      this.groups[this.getGroupId(item.data)]?.add(item);
    },
    // vis redraws the item set after every DataSet event.
    redraw(): unknown {
      calls.itemSetRedraws++;
      return false;
    },
  };
  // Timeline._redraw is vis's throttled redraw (Timeline.redraw would re-measure every item).
  const timeline = { itemSet, _redraw: () => calls.timelineRedraws++, redraw: () => (calls.timelineRedraws += 100) };
  return { timeline: timeline as unknown as Timeline, itemSet, group, calls };
}

describe('batchItemDrawing', () => {
  it('adds items to their group (marked for restacking) without drawing them one by one', () => {
    const { timeline, itemSet, group } = fakeTimeline();
    batchItemDrawing(timeline);
    itemSet._addItem({ id: 'a', data: {} });
    itemSet._addItem({ id: 'b', data: {} });
    expect(Object.keys(group.items)).toEqual(['a', 'b']);
    expect(group.stackDirty).toBe(true);
    expect(group.shown).toEqual([]);
    // The group's own method shows through again afterwards (the redraw path still uses it).
    expect(Object.hasOwn(group, '_checkIfVisible')).toBe(false);
    group._checkIfVisible({ id: 'c' });
    expect(group.shown).toEqual(['c']);
  });

  it('draws a batch of DataSet events once, with the throttled timeline redraw, instead of per event', () => {
    const { timeline, itemSet, calls } = fakeTimeline();
    const batch = batchItemDrawing(timeline);
    itemSet.redraw();
    expect(calls).toEqual({ itemSetRedraws: 1, timelineRedraws: 0 });
    batch(() => {
      itemSet._addItem({ id: 'a', data: {} });
      itemSet.redraw();
      itemSet.redraw();
      itemSet.redraw();
    });
    expect(calls).toEqual({ itemSetRedraws: 1, timelineRedraws: 1 });
    // Outside a batch vis redraws as before; a batch that asked for no redraw queues none.
    itemSet.redraw();
    batch(() => undefined);
    expect(calls).toEqual({ itemSetRedraws: 2, timelineRedraws: 1 });
    // A change that throws still ends the batch.
    expect(() =>
      batch(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    itemSet.redraw();
    expect(calls.itemSetRedraws).toBe(3);
  });

  it('leaves vis alone when its internals are not there', () => {
    const bare = { itemSet: undefined } as unknown as Timeline;
    expect(() => batchItemDrawing(bare)).not.toThrow();
    const { timeline, itemSet, group } = fakeTimeline();
    const original = itemSet._addItem;
    delete (itemSet as { getGroupId?: unknown }).getGroupId;
    const batch = batchItemDrawing(timeline);
    expect(itemSet._addItem).toBe(original);
    let ran = false;
    batch(() => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(group.shown).toEqual([]);
  });

  it('adds as before when the item has no group yet', () => {
    const { timeline, itemSet, group } = fakeTimeline();
    batchItemDrawing(timeline);
    expect(() => itemSet._addItem({ id: 'x', data: { group: 'missing' } })).not.toThrow();
    expect(group.items).toEqual({});
  });
});
