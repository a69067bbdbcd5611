/**
 * The selection and the keyboard cursor, marked on the items vis has drawn without vis drawing them again
 * (perf, issue 6: select < 50 ms at 10,000 events).
 * - vis selects an item by marking it dirty and redrawing it at once, which reads its size back (a layout of
 *   the whole page, the details panel React has just opened included). A selected item's size does not change
 *   (its ring is a box-shadow, timelineItems.css), so here selecting toggles the class on the item's elements;
 *   an item not on screen is marked dirty as vis does, and gets the class when it is drawn.
 * - The cursor (class is-active) was part of the item's data, so moving it changed two items and vis redrew the
 *   whole item set (measuring and stacking every item in view, ~30 ms at 300 items). It is a class on the
 *   drawn item now, put back after every redraw (vis rewrites an item's class when it redraws it).
 * Relies on vis-timeline 8 internals (ItemSet._addItem through visInternals.ts, items; an item's select,
 * unselect, selected, selectable, displayed, dirty, dom); without them vis selects as before and the cursor is
 * still marked.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { onItemAdded } from './visInternals';

interface ItemInternals {
  selectable?: boolean;
  selected?: boolean;
  displayed?: boolean;
  dirty?: boolean;
  dom?: { box?: HTMLElement; line?: HTMLElement; dot?: HTMLElement };
  select?: () => void;
  unselect?: () => void;
}
interface ItemSetInternals {
  items?: Record<string, ItemInternals | undefined>;
}

export interface ItemMarks {
  /** The items shown selected (every lane copy of the selected event). */
  select(ids: readonly string[]): void;
  /** The items the keyboard cursor is on (class is-active). */
  cursor(ids: readonly string[]): void;
  /** After a change of items: items added anew (a lane copy, an event back from a filter) show the selection. */
  reselect(): void;
  /** After a redraw: items drawn anew or redrawn (vis rewrites an item's class) show the cursor. */
  redrawn(): void;
}

const CURSOR = 'is-active';

function toggle(item: ItemInternals, className: string, on: boolean): void {
  const { box, line, dot } = item.dom ?? {};
  for (const el of [box, line, dot]) el?.classList.toggle(className, on);
}

/** Selecting or unselecting an item on screen changes its class and nothing else. */
function selectWithoutRedraw(item: ItemInternals): void {
  const mark = (on: boolean) => {
    if (item.displayed && item.dom?.box) toggle(item, 'vis-selected', on);
    else item.dirty = true;
  };
  item.select = () => {
    if (!item.selectable || item.selected) return;
    item.selected = true;
    mark(true);
  };
  item.unselect = () => {
    if (!item.selected) return;
    item.selected = false;
    mark(false);
  };
}

export function markItems(timeline: Timeline): ItemMarks {
  const itemSet = (timeline as unknown as { itemSet?: ItemSetInternals }).itemSet;
  onItemAdded<ItemInternals>(timeline, (item) => {
    if (typeof item.select === 'function' && typeof item.unselect === 'function') selectWithoutRedraw(item);
  });
  let selected: readonly string[] = [];
  let cursor: readonly string[] = [];
  const markCursor = (ids: readonly string[], on: boolean) => {
    for (const id of ids) {
      const item = itemSet?.items?.[id];
      if (item?.displayed) toggle(item, CURSOR, on);
    }
  };
  return {
    select(ids) {
      selected = ids;
      timeline.setSelection([...ids]);
    },
    cursor(ids) {
      markCursor(cursor, false);
      cursor = ids;
      markCursor(cursor, true);
    },
    reselect() {
      if (selected.length) timeline.setSelection([...selected]);
    },
    redrawn() {
      markCursor(cursor, true);
    },
  };
}
