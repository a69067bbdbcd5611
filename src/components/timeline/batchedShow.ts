/* oxlint-disable no-underscore-dangle --
   the vis-timeline internals this relies on are named with a leading underscore */
/**
 * Feeding vis-timeline a change of many items cheaply (perf, issue 6: the 150-350 ms tasks when a
 * search or a zoom swaps the 10,000-event summaries for single events, or a cleared search brings
 * every item of a small list back).
 *
 * 1. vis draws an item added through the DataSet at once, item by item: each one writes its DOM and
 *    then reads its size back, so adding 300 items forces 300 layouts. Its own redraw draws the items
 *    that came into view in one batch instead: all DOM writes, then all size reads
 *    (Group._updateItemsInRange). Here an added item is put in its group (marked for restacking)
 *    without being drawn, and the redraw draws it with the others.
 * 2. vis redraws the whole item set after each DataSet event (remove, add, update: up to three full
 *    redraws, each reading layout, for one change) and then once more for the change it queued
 *    (ItemSet._onUpdate/_onAdd/_onRemove emit "_change" with queue: true, drawn in the next
 *    animation frame, before paint). Inside a batch those per-event redraws are skipped and the
 *    throttled one draws the change once.
 *
 * Relies on vis-timeline 8 internals (ItemSet._addItem, redraw, groups, getGroupId,
 * Group._checkIfVisible); when they are not there, nothing is changed and vis draws as before.
 */
import type { Timeline } from 'vis-timeline/esnext';

interface VisGroupInternals {
  _checkIfVisible?: unknown;
}
interface VisItemSetInternals {
  _addItem?: (item: { data: unknown }) => void;
  redraw?: () => unknown;
  groups?: Record<string, VisGroupInternals | undefined>;
  getGroupId?: (data: unknown) => string;
}

/** Runs a DataSet change so that vis draws it once, in a batch. */
export type BatchChange = (change: () => void) => void;

const skip = () => undefined;
const unbatched: BatchChange = (change) => change();

export function batchItemDrawing(timeline: Timeline): BatchChange {
  const itemSet = (timeline as unknown as { itemSet?: VisItemSetInternals }).itemSet;
  const add = itemSet?._addItem;
  const groupId = itemSet?.getGroupId;
  const redraw = itemSet?.redraw;
  if (
    !itemSet ||
    typeof add !== 'function' ||
    typeof groupId !== 'function' ||
    typeof redraw !== 'function' ||
    !itemSet.groups
  )
    return unbatched;
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
  const requestRedraw = (timeline as unknown as { ['_redraw']?: () => void })['_redraw'];
  let batching = false;
  let skipped = false;
  itemSet.redraw = function redrawUnlessBatching(this: unknown) {
    if (!batching) return redraw.call(this);
    skipped = true;
    return false;
  };
  return (change) => {
    batching = true;
    skipped = false;
    try {
      change();
    } finally {
      batching = false;
    }
    // vis's throttled redraw (next animation frame, before paint; one however often it is asked, so
    // it is the one the change already queued): draws what was skipped even when the change itself
    // queued nothing (before the first draw). Not Timeline.redraw(): that re-measures every item.
    if (skipped) (requestRedraw ?? (() => timeline.redraw())).call(timeline);
  };
}
