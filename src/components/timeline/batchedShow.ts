/* oxlint-disable no-underscore-dangle -- the vis-timeline internals this relies on are named with a leading underscore */
/**
 * vis-timeline draws an item added through the DataSet at once, item by item: each one writes its
 * DOM and then reads its size back, so adding 300 items forces 300 layouts (~0.7 ms each at 10,000
 * events: the 150-300 ms tasks when a search or a zoom swaps summaries for single events).
 * Its own redraw draws the items that came into view in one batch instead: all DOM writes, then all
 * size reads (Group._updateItemsInRange). This makes adding use that path: an added item is put in
 * its group (marked for restacking) without being drawn, and the redraw vis queues right after the
 * change (ItemSet._onUpdate/_onAdd emit "_change") shows it with the others.
 *
 * Relies on vis-timeline 8 internals (ItemSet._addItem, groups, getGroupId, Group._checkIfVisible);
 * when they are not there, nothing is changed and vis draws as before.
 */
import type { Timeline } from 'vis-timeline/esnext';

interface VisGroupInternals {
  _checkIfVisible?: unknown;
}
interface VisItemSetInternals {
  _addItem?: (item: { data: unknown }) => void;
  groups?: Record<string, VisGroupInternals | undefined>;
  getGroupId?: (data: unknown) => string;
}

const skip = () => undefined;

export function batchItemDrawing(timeline: Timeline): void {
  const itemSet = (timeline as unknown as { itemSet?: VisItemSetInternals }).itemSet;
  const add = itemSet?._addItem;
  const groupId = itemSet?.getGroupId;
  if (!itemSet || typeof add !== 'function' || typeof groupId !== 'function' || !itemSet.groups) return;
  itemSet._addItem = (item) => {
    const group = itemSet.groups?.[groupId.call(itemSet, item.data)];
    if (!group || typeof group._checkIfVisible !== 'function' || Object.hasOwn(group, '_checkIfVisible')) {
      add.call(itemSet, item);
      return;
    }
    // Shadow the prototype's method on this group for the one call, then let it show through again.
    group._checkIfVisible = skip;
    try {
      add.call(itemSet, item);
    } finally {
      delete group._checkIfVisible;
    }
  };
}
