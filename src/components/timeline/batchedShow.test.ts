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
  const itemSet = {
    groups: { g: group } as Record<string, FakeGroup>,
    getGroupId: (data: { group?: string }) => data.group ?? 'g',
    _addItem(item: { id: string; data: { group?: string } }) {
      this.groups[this.getGroupId(item.data)]?.add(item);
    },
  };
  return { timeline: { itemSet } as unknown as Timeline, itemSet, group };
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

  it('leaves vis alone when its internals are not there', () => {
    const bare = { itemSet: undefined } as unknown as Timeline;
    expect(() => batchItemDrawing(bare)).not.toThrow();
    const { timeline, itemSet, group } = fakeTimeline();
    const original = itemSet._addItem;
    delete (itemSet as { getGroupId?: unknown }).getGroupId;
    batchItemDrawing(timeline);
    expect(itemSet._addItem).toBe(original);
    expect(group.shown).toEqual([]);
  });

  it('adds as before when the item has no group yet', () => {
    const { timeline, itemSet, group } = fakeTimeline();
    batchItemDrawing(timeline);
    expect(() => itemSet._addItem({ id: 'x', data: { group: 'missing' } })).not.toThrow();
    expect(group.items).toEqual({});
  });
});
