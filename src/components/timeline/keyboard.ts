/** Keyboard helpers for the timeline canvas (the widget itself is driven through controller.ts). */
import type { TimelineEvent } from '../../lib/schema';
import type { ItemSpec } from '../../lib/timelineItems';

/** Index of the event the cursor moves to; from nothing, the first event in view. */
export function nextIndex(
  list: readonly TimelineEvent[],
  items: readonly Pick<ItemSpec, 'start' | 'end'>[],
  key: string,
  current: string | null,
  windowStart: number,
): number {
  if (key === 'Home') return 0;
  if (key === 'End') return list.length - 1;
  const step = key === 'ArrowRight' ? 1 : -1;
  const cur = current ? list.findIndex((e) => e.id === current) : -1;
  if (cur >= 0) return Math.min(list.length - 1, Math.max(0, cur + step));
  const firstInView = items.findIndex((it) => (it.end ?? it.start) >= windowStart);
  return firstInView >= 0 ? firstInView : 0;
}
