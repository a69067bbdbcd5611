/**
 * Labels lying over other items (issue 15 §2): for every item drawn in the timeline's visible panel, the part of
 * its label in view must not cross another item's bar or label. As text, one line per pair (empty when none).
 * Run in the page; measured on the boxes the browser lays out.
 */
import type { Page } from '@playwright/test';

export function labelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')!.getBoundingClientRect();
    type Box = { left: number; right: number; top: number; bottom: number };
    const clip = (r: Box, to: Box): Box | null => {
      const c = {
        left: Math.max(r.left, to.left),
        right: Math.min(r.right, to.right),
        top: Math.max(r.top, to.top),
        bottom: Math.min(r.bottom, to.bottom),
      };
      return c.right - c.left > 1 && c.bottom - c.top > 1 ? c : null;
    };
    const drawn: { name: string; bar: Box; label: Box | null }[] = [];
    const items = document.querySelectorAll<HTMLElement>('.timeline-canvas .vis-item.ev:is(.vis-range, .vis-box)');
    for (const item of Array.from(items)) {
      if (getComputedStyle(item).visibility === 'hidden' || !item.offsetParent) continue;
      const bar = clip(item.getBoundingClientRect(), panel);
      const content = item.querySelector('.ev-content')?.getBoundingClientRect();
      // An undated bar clips its label to the bar; any other range's label runs on over the canvas.
      const label = content ? clip(content, item.classList.contains('is-before') ? (bar ?? panel) : panel) : null;
      if (!bar && !label) continue;
      const title = item.querySelector('.ev-title')?.textContent ?? '?';
      const name = `${title.slice(0, 24)} ${item.querySelector('.ev-meta')?.textContent ?? ''}`.trim();
      drawn.push({ name, bar: bar ?? label!, label });
    }
    const found: string[] = [];
    for (const a of drawn) {
      if (!a.label) continue;
      for (const b of drawn) {
        if (a === b) continue;
        const over = clip(a.label, b.bar) ?? (b.label ? clip(a.label, b.label) : null);
        if (over && over.right - over.left > 2) found.push(`"${a.name}" lies over "${b.name}"`);
      }
    }
    return found;
  });
}
