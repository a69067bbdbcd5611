/**
 * DOM content of a timeline item, built from its pure label with textContent only:
 * data never becomes HTML here.
 */
import type { ItemLabel } from '../../lib/timelineItems';

export function itemContent(label: ItemLabel): HTMLElement {
  const root = document.createElement('span');
  root.className = 'ev-content';
  const swatches = document.createElement('span');
  swatches.className = 'ev-swatches';
  swatches.setAttribute('aria-hidden', 'true');
  for (const key of label.themeKeys) {
    const s = document.createElement('span');
    s.className = `ev-swatch theme-${key}`;
    swatches.appendChild(s);
  }
  root.appendChild(swatches);
  if (label.undated) {
    // "…" always; the word gives way in a tight bar (rangeLabels.ts), so the title keeps some room.
    const undated = tag('undated', '…');
    const word = document.createElement('span');
    word.className = 'ev-tag-word';
    word.textContent = ' undated';
    undated.appendChild(word);
    root.appendChild(undated);
  }
  const title = document.createElement('span');
  title.className = 'ev-title';
  for (const seg of label.title) {
    if (seg.mark) {
      const m = document.createElement('mark');
      m.textContent = seg.text;
      title.appendChild(m);
    } else title.appendChild(document.createTextNode(seg.text));
  }
  root.appendChild(title);
  const meta = document.createElement('span');
  meta.className = 'ev-meta';
  meta.textContent = label.date;
  if (label.planned) {
    meta.appendChild(document.createTextNode(' · '));
    meta.appendChild(tag('planned', 'planned'));
  }
  if (label.sourceCount > 1) meta.appendChild(document.createTextNode(` · ${label.sourceCount} sources`));
  if (label.added) {
    meta.appendChild(document.createTextNode(' · '));
    meta.appendChild(tag('added', 'added in this browser'));
  }
  root.appendChild(meta);
  return root;
}

/** A small tag ("planned" dashed, "… undated" solid, "added in this browser" accent) naming what an item is. */
function tag(kind: 'planned' | 'undated' | 'added', text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = `ev-tag ev-tag-${kind}`;
  el.textContent = text;
  return el;
}

export function groupContent(text: string, key: string): HTMLElement {
  const el = document.createElement('span');
  el.className = `group-label theme-${key}`;
  el.textContent = text;
  return el;
}
