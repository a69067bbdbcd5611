// @vitest-environment jsdom
/* oxlint-disable no-underscore-dangle -- inspects vis-timeline internals, named with a leading underscore */
/**
 * The controller and its draw batching against the real vis-timeline (the exact version pinned in
 * package.json), not a hand-made fake: a renamed or removed private method fails here instead of
 * silently making every change draw item by item.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as visTimeline from 'vis-timeline/esnext';
import * as visData from 'vis-data/esnext';
import { buildItems } from '../../lib/timelineItems';
import { makeEvent } from '../../lib/__fixtures__/seedLike';
import { createTimeline, type TimelineController } from './controller';
import { batchItemDrawing } from './batchedShow';
import { internalsPresent } from './visInternals';

const vis = [visTimeline, visData] as const;
/** vis-timeline's classes, exported (as `timeline`) but not in its type declarations. */
interface VisClasses {
  timeline: { components: { ItemSet: { prototype: object }; items: { BoxItem: { prototype: object } } } };
}
const opts = { themeIds: ['rnd', 'covid'], swimlanes: false, terms: [] };
const events = Array.from({ length: 40 }, (_, i) =>
  makeEvent(`e${i}`, {
    date: {
      start: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      end: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      precision: 'day',
      expression: 'x',
      basis: 'y',
    },
  }),
);

let mounted: { el: HTMLElement; ctl?: TimelineController }[] = [];
function mount() {
  const el = document.createElement('div');
  el.style.width = '800px';
  el.style.height = '400px';
  document.body.appendChild(el);
  const entry: { el: HTMLElement; ctl?: TimelineController } = { el };
  mounted.push(entry);
  return entry;
}
afterEach(() => {
  for (const m of mounted) {
    m.ctl?.destroy();
    m.el.remove();
  }
  mounted = [];
  vi.restoreAllMocks();
});

// jsdom lays nothing out: give elements a size so vis draws (it skips drawing into a 0-wide root).
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 400 });

const span = (id: string, start: string, end: string) =>
  makeEvent(id, { date: { start, end, precision: 'span', expression: 'x', basis: 'y' } });
const label = (el: HTMLElement) => el.querySelector<HTMLElement>('.ev-content')!;

const window2020 = { start: new Date(2019, 11, 25).getTime(), end: new Date(2020, 1, 5).getTime() };

describe('timeline controller on the real vis-timeline', () => {
  it('finds every vis internal it relies on', () => {
    const m = mount();
    const tl = new visTimeline.Timeline(m.el, new visData.DataSet() as never, {});
    try {
      tl.redraw();
      const itemSet = (tl as unknown as { itemSet: Record<string, unknown> }).itemSet;
      expect(typeof itemSet['_addItem']).toBe('function');
      expect(typeof itemSet['redraw']).toBe('function');
      expect(typeof itemSet['getGroupId']).toBe('function');
      expect(typeof itemSet['groups']).toBe('object');
      const group = Object.values(itemSet['groups'] as Record<string, object>)[0];
      expect(typeof (group as { _checkIfVisible?: unknown })._checkIfVisible).toBe('function');
      expect(internalsPresent(tl)).toEqual({
        itemSetItems: true,
        leftContainerHeight: true,
        getScrollTop: true,
        setScrollTop: true,
        onResize: true,
        redraw: true,
        initialFitDone: true,
      });
    } finally {
      tl.destroy();
    }
  });

  it('batches: items added in a change are not drawn one by one, and the item set redraws once, later', async () => {
    const m = mount();
    const data = new visData.DataSet<{ id: string; start: number; content: string }>();
    const tl = new visTimeline.Timeline(m.el, data as never, { start: window2020.start, end: window2020.end });
    try {
      const itemSet = (tl as unknown as { itemSet: { groups: Record<string, object>; redraw: () => unknown } }).itemSet;
      const groupProto = Object.getPrototypeOf(Object.values(itemSet.groups)[0]) as { _checkIfVisible: () => unknown };
      const shown = vi.spyOn(groupProto, '_checkIfVisible');
      // The item set's own redraw (which reads layout) and vis's throttled timeline redraw.
      const itemSetRedraw = vi.spyOn(Object.getPrototypeOf(itemSet) as { redraw: () => unknown }, 'redraw');
      const throttled = vi.spyOn(tl as unknown as { _redraw: () => void }, '_redraw');
      const batch = batchItemDrawing(tl);
      batch(() =>
        data.add(
          events
            .slice(0, 30)
            .map((e, i) => ({ id: e.id, start: new Date(2020, 0, 1 + i).getTime(), content: e.title })),
        ),
      );
      expect(shown).not.toHaveBeenCalled();
      expect(itemSetRedraw).not.toHaveBeenCalled();
      expect(throttled).toHaveBeenCalled();
      expect(Object.keys((tl as unknown as { itemSet: { items: object } }).itemSet.items)).toHaveLength(30);
      // The throttled redraw (next animation frame) draws them all at once.
      await vi.waitFor(() => expect(itemSetRedraw).toHaveBeenCalled());
      await vi.waitFor(() => expect(m.el.querySelectorAll('.vis-item').length).toBeGreaterThan(0));
      // Outside a batch the item set redraws at once for a DataSet event, as vis always does.
      itemSetRedraw.mockClear();
      data.add({ id: 'late', start: new Date(2020, 0, 15).getTime(), content: 'late' });
      expect(itemSetRedraw).toHaveBeenCalled();
    } finally {
      tl.destroy();
    }
  });

  const madeWithAWindow =
    'made with a window: drawn at once in it, not fitted to its items and not hidden until vis reports a change';
  it(madeWithAWindow, async () => {
    const m = mount();
    // a window wider than the items: vis's own first fit would narrow it to them
    const wide = { start: new Date(2019, 0, 1).getTime(), end: new Date(2021, 0, 1).getTime() };
    const ctl = createTimeline(m.el, { vis, items: buildItems(events, opts), groups: null, window: wide });
    m.ctl = ctl;
    const root = () => m.el.querySelector<HTMLElement>('.vis-timeline');
    // visible with its first items drawn: not waiting for vis to report a change of window (which never comes)
    await vi.waitFor(() => expect(m.el.querySelector('.vis-item')).not.toBeNull());
    expect(root()?.style.visibility).toBe('visible');
    expect(ctl.getWindow()).toEqual(wide);
  });

  it('a label moved before its range near the right edge is stacked where it lies, not over a neighbour', async () => {
    // A label vis measures at 120 px (everything else 800): the range 10-20 Dec sits about 20 px from the right
    // edge of a 2020 window, so its label goes before it, over where the 10-12 Sep range and its label lie.
    const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('vis-item-content') ? 120 : 800;
      },
    });
    try {
      const near = [span('sep', '2020-09-10', '2020-09-12'), span('dec', '2020-12-10', '2020-12-20')];
      const m = mount();
      const year = { start: new Date(2020, 0, 1).getTime(), end: new Date(2021, 0, 1).getTime() };
      m.ctl = createTimeline(m.el, { vis, items: buildItems(near, opts), groups: null, window: year });
      await vi.waitFor(() => expect(m.el.querySelectorAll('.vis-item.vis-range')).toHaveLength(2));
      const ranges = Array.from(m.el.querySelectorAll<HTMLElement>('.vis-item.vis-range'));
      const moved = ranges.filter((el) => label(el).style.translate !== '');
      expect(moved).toHaveLength(1);
      expect(label(moved[0]!).style.translate).toBe('-126px');
      // Stacked apart: the moved label's extent is the one vis lays the item out with.
      const [a, b] = ranges.map((el) => el.style.top);
      expect(a).not.toBe(b);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetWidth', width);
    }
  });

  it('marks the selection and the cursor on the drawn items without vis measuring or redrawing any item', async () => {
    const { ItemSet, items } = (visTimeline as unknown as VisClasses).timeline.components;
    const setRedraw = vi.spyOn(ItemSet.prototype as { redraw: () => unknown }, 'redraw');
    const itemRedraw = vi.spyOn(items.BoxItem.prototype as { redraw: () => unknown }, 'redraw');
    const m = mount();
    const ctl = createTimeline(m.el, { vis, items: buildItems(events, opts), groups: null, window: window2020 });
    m.ctl = ctl;
    const box = (id: string) =>
      Array.from(m.el.querySelectorAll('.vis-item.vis-box')).find(
        (el) => el.querySelector('.ev-title')?.textContent === `Event ${id}`,
      );
    await vi.waitFor(() => expect(box('e5')).toBeDefined());
    setRedraw.mockClear();
    itemRedraw.mockClear();
    ctl.select(['e3']);
    ctl.cursor(['e5']);
    expect(box('e3')?.classList.contains('vis-selected')).toBe(true);
    expect(box('e5')?.classList.contains('is-active')).toBe(true);
    ctl.select(['e4']);
    ctl.cursor(['e3']);
    expect(box('e3')?.classList.contains('vis-selected')).toBe(false);
    expect(box('e4')?.classList.contains('vis-selected')).toBe(true);
    expect(box('e5')?.classList.contains('is-active')).toBe(false);
    expect(setRedraw).not.toHaveBeenCalled();
    expect(itemRedraw).not.toHaveBeenCalled();
    // An item vis draws anew (its data changed, so vis rewrites its class) keeps both marks.
    const changed = buildItems(events, opts).map((i) =>
      i.id === 'e3' ? { ...i, className: `${i.className} x`, signature: 'changed' } : i,
    );
    ctl.setData(changed, null);
    expect(box('e3')?.classList.contains('x')).toBe(true);
    // vis rewrote its class at once; the redraw it queued (next frame, before paint) marks it again.
    await vi.waitFor(() => expect(box('e3')?.classList.contains('is-active')).toBe(true));
    expect(box('e4')?.classList.contains('vis-selected')).toBe(true);
  });

  it('feeds items and groups as diffs, moves and reports the window, ignores its own echo', async () => {
    const m = mount();
    const items = buildItems(events, opts);
    const ctl = createTimeline(m.el, { vis, items, groups: null, window: window2020 });
    m.ctl = ctl;
    const reported: number[] = [];
    ctl.on('window', (w) => reported.push(w.start));
    const target = { start: new Date(2020, 0, 10).getTime(), end: new Date(2020, 0, 20).getTime() };
    ctl.setWindow(target);
    await vi.waitFor(() => expect(reported.length).toBeGreaterThan(0));
    expect(Math.abs(ctl.getWindow().start - target.start)).toBeLessThan(1000);
    ctl.setWindow(target);
    expect(reported).toHaveLength(1);
    ctl.zoom('out');
    await vi.waitFor(() => expect(reported.length).toBe(2));
    expect(ctl.getWindow().end - ctl.getWindow().start).toBeGreaterThan(target.end - target.start);
    ctl.setData(items.slice(0, 5), [{ id: 'rnd', label: 'R&D', key: 'rnd' }]);
    ctl.setData(buildItems(events.slice(0, 5), { ...opts, swimlanes: true }), [
      { id: 'rnd', label: 'R&D', key: 'rnd' },
    ]);
    await vi.waitFor(() => expect(m.el.querySelectorAll('.vis-labelset .group-label')).toHaveLength(1));
    ctl.setData(items.slice(0, 5), null);
    await vi.waitFor(() => expect(m.el.querySelectorAll('.vis-labelset .group-label')).toHaveLength(0));
  });

  it('reveal moves the window only when the span is out of view', async () => {
    const m = mount();
    const ctl = createTimeline(m.el, { vis, items: buildItems(events, opts), groups: null, window: window2020 });
    m.ctl = ctl;
    const before = ctl.getWindow();
    ctl.reveal({ start: new Date(2020, 0, 3).getTime(), end: new Date(2020, 0, 3).getTime(), id: 'e2' });
    expect(ctl.getWindow()).toEqual(before);
    const far = new Date(2021, 5, 1).getTime();
    ctl.reveal({ start: far, end: far });
    const w = ctl.getWindow();
    expect(w.start).toBeLessThan(far);
    expect(w.end).toBeGreaterThan(far);
    expect(w.end - w.start).toBeCloseTo(before.end - before.start, -4);
  });
});
