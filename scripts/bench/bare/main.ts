/**
 * The benchmark's baseline: the same events drawn by vis-timeline alone. No React, no store, no
 * validation, no summarising: fetch, `new Timeline(el, new DataSet(items))` with the app's basic
 * options, and filtered DataSet updates (a minimal remove/add diff) for the theme checkbox and the
 * search box. The app's figures are divided by these.
 */
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { EventList, TimelineEvent } from '../../../src/lib/schema';
import { BENCH_TIMELINE_OPTIONS } from './options';

interface Item {
  id: string;
  type: 'box' | 'range';
  start: number;
  end?: number;
  content: HTMLElement;
}

const DAY = 86_400_000;
const toItem = (e: TimelineEvent): Item => {
  const content = document.createElement('span');
  const title = document.createElement('span');
  title.textContent = e.title;
  const meta = document.createElement('span');
  meta.textContent = ` ${e.date.expression}`;
  content.append(title, meta);
  const start = Date.parse((e.date.start ?? e.date.end)!);
  const end = Date.parse((e.date.end ?? e.date.start)!) + DAY;
  return e.date.start !== null && e.date.start !== e.date.end
    ? { id: e.id, type: 'range', start, end, content }
    : { id: e.id, type: 'box', start, content };
};

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get('data') ?? '';
  const list = (await (await fetch(url)).json()) as EventList;
  const byId = new Map(list.events.map((e) => [e.id, e]));
  const theme = list.themes[0]?.id ?? '';
  const themeBox = document.getElementById('theme') as HTMLInputElement;
  const search = document.getElementById('search') as HTMLInputElement;
  const count = document.getElementById('count') as HTMLElement;
  const details = document.getElementById('details') as HTMLElement;
  (document.getElementById('theme-label') as HTMLElement).textContent = list.themes[0]?.label ?? '';

  const items = new DataSet<Item, 'id'>(list.events.map(toItem));
  const timeline = new Timeline(document.getElementById('tl') as HTMLElement, items as never, BENCH_TIMELINE_OPTIONS);
  count.textContent = `${items.length} events`;

  const visibleIds = (): Set<string> => {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const out = new Set<string>();
    for (const e of list.events) {
      if (!themeBox.checked && e.themes.every((t) => t === theme)) continue;
      if (words.length) {
        const text = `${e.title} ${e.summary} ${e.evidence.map((q) => q.quote).join(' ')}`.toLowerCase();
        if (!words.every((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text))) continue;
      }
      out.add(e.id);
    }
    return out;
  };
  const update = () => {
    const want = visibleIds();
    const have = new Set(items.getIds() as string[]);
    const remove = [...have].filter((id) => !want.has(id));
    const add = [...want].filter((id) => !have.has(id)).map((id) => toItem(byId.get(id) as TimelineEvent));
    if (remove.length) items.remove(remove);
    if (add.length) items.add(add);
    count.textContent = `${want.size} events`;
  };
  themeBox.addEventListener('change', update);
  search.addEventListener('input', update);
  timeline.on('select', (p: { items: string[] }) => {
    const e = byId.get(String(p.items[0]));
    details.textContent = e ? `${e.title} — ${e.summary}` : '';
  });
}

void main();
