/**
 * What the controller (controller.ts) hands vis-timeline: items and groups in vis's shape, and the
 * template that builds an item's DOM (textContent only, itemContent.ts).
 */
import type { DataSet } from 'vis-data/esnext';
import { typeRank, type ItemSpec } from '../../lib/timelineItems';
import { groupContent, itemContent } from './itemContent';
import { eraContent } from './bands';

/** A swimlane: one per theme with visible events. */
export interface GroupSpec {
  id: string;
  label: string;
  key: string;
}

export interface VisItem {
  id: string;
  type: string;
  start: number;
  end?: number;
  className: string;
  group?: string;
  /** Unused: the template builds the DOM from `label` when the item is first drawn. */
  content: string;
  label: ItemSpec['label'];
  signature: string;
  /** The whole title as the item's tooltip (a box's title may be clamped to two lines). */
  title: string;
  /** Stacking order: each date's first item first (days, then spans), undated "before" bars last (stackRank). */
  rank: number;
}
export interface VisGroup {
  id: string;
  content: HTMLElement;
  className: string;
}

export const toVis = (s: ItemSpec): VisItem => ({
  id: s.id,
  type: s.type,
  start: s.start,
  ...(s.end !== undefined ? { end: s.end } : {}),
  className: s.className,
  ...(s.group !== undefined ? { group: s.group } : {}),
  content: '',
  label: s.label,
  signature: s.signature,
  title: s.label.title.map((t) => t.text).join(''),
  rank: s.rank ?? typeRank(s),
});

/**
 * Item DOM is built lazily, only for items vis actually draws, and cached by signature so
 * redraws reuse the same element. (Large lists are summarised before they get here: src/lib/density.ts.)
 */
export function makeTemplate() {
  const cache = new Map<string, { signature: string; el: HTMLElement }>();
  return (data: Partial<VisItem> & { uiItems?: unknown[] }): HTMLElement => {
    if (!data.label || !data.id || !data.signature) {
      // Not one of ours (e.g. a vis cluster): its count as text.
      const el = document.createElement('span');
      el.textContent = String(data.uiItems?.length ?? '');
      return el;
    }
    const hit = cache.get(data.id);
    if (hit && hit.signature === data.signature) return hit.el;
    const el = data.label.era ? eraContent(data.label) : itemContent(data.label);
    cache.set(data.id, { signature: data.signature, el });
    return el;
  };
}

/** Replaces the groups (swimlanes) in place. */
export function applyGroups(groupSet: DataSet<VisGroup, 'id'>, groups: readonly GroupSpec[]): void {
  const next = groups.map((g, i) => ({
    id: g.id,
    content: groupContent(g.label, g.key),
    className: `group theme-${g.key}`,
    order: i,
  }));
  const keep = new Set(next.map((g) => g.id));
  groupSet.remove(groupSet.getIds().filter((id) => !keep.has(String(id))));
  groupSet.update(next);
}
