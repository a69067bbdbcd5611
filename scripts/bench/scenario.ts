/**
 * One benchmark pass over one page (the app or the bare baseline) and one list size:
 * load, theme filter, search keystroke, select, memory and long tasks, each figure the median of runs.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import {
  heapAfterGc,
  installProbe,
  longTasksAfter,
  median,
  newBenchPage,
  nextFrames,
  settle,
  timeAction,
} from './probe';

export interface Target {
  name: 'app' | 'bare';
  url(dataPath: string): string;
  themeToggle(page: Page): Locator;
  searchBox(page: Page): Locator;
  /** Runs in each fresh page before the app is opened (e.g. seeds the browser's database). */
  prepare?(page: Page): Promise<void>;
  /** Text the loaded page shows once every event is in (load is timed to it). */
  loadedText?: string;
  /** Runs on the loaded page before the timed steps (e.g. turns swimlanes on); not timed. */
  afterLoad?(page: Page): Promise<void>;
}

export interface Figures {
  loadMs: number;
  filterMs: number;
  searchMs: number;
  searchClearMs: number;
  selectMs: number;
  heapAfterLoadMB: number;
  /** After the timed actions, just before the toggles: the baseline for growth. */
  heapBeforeTogglesMB: number;
  heapAfterTogglesMB: number;
  maxLongTaskAfterLoadMs: number;
  longTasksOver200: number;
  /** Every long task after load, with the step (filter, search, ...) it started in: for diagnosis. */
  longTaskLog: { start: number; duration: number; step: string }[];
  samples: Record<string, number[]>;
  errors: string[];
}

/** Typed key by key in the search benchmark (a system name that occurs in the generated titles). */
export const SEARCH_WORD = 'heron';

const FIGURE_BUDGET_MS = 60_000;

export const ITEM_SELECTOR = '.vis-timeline .vis-item';
const SINGLE_ITEM =
  '.vis-timeline .vis-item.vis-box:not(.vis-cluster):not(.ev-summary), ' +
  '.vis-timeline .vis-item.vis-range:not(.vis-cluster):not(.ev-summary), ' +
  '.vis-timeline .vis-item.vis-point:not(.vis-cluster):not(.ev-summary)';

async function loadOnce(browser: Browser, target: Target, url: string): Promise<{ page: Page; ms: number }> {
  const page = await newBenchPage(browser);
  await target.prepare?.(page);
  // tsx (esbuild keepNames) wraps named functions in __name(): give the page a no-op one.
  await page.addInitScript({ content: `var __name = (f) => f;\n(${installProbe.toString()})();` });
  await page.goto(url, { waitUntil: 'commit' });
  const requireText = target.loadedText ? { requireText: target.loadedText } : {};
  const ms = await settle(page, { since: 0, require: ITEM_SELECTOR, ...requireText, quietMs: 500, timeoutMs: 60_000 });
  return { page, ms };
}

/**
 * Centres of single (not clustered, not selected) items inside the timeline's visible area, once the
 * page is still; zooms in until there are some.
 */
async function selectableItems(page: Page): Promise<{ x: number; y: number }[]> {
  const find = async () => {
    await settle(page, { since: 0, quietMs: 300 });
    return page.evaluate((sel) => {
      const panel = document.querySelector('.vis-timeline .vis-panel.vis-center')?.getBoundingClientRect();
      if (!panel) return [];
      const out: { x: number; y: number }[] = [];
      for (const el of Array.from(document.querySelectorAll(sel))) {
        // Clicking the selected item again changes nothing: not a selection to time.
        if (el.classList.contains('vis-selected')) continue;
        const r = el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 20);
        const y = r.top + r.height / 2;
        if (
          r.width > 4 &&
          x > panel.left + 2 &&
          x < panel.right - 2 &&
          y > panel.top + 2 &&
          y < Math.min(panel.bottom, innerHeight) - 2
        )
          out.push({ x, y });
      }
      return out;
    }, SINGLE_ITEM);
  };
  let found = await find();
  for (let i = 0; i < 40 && found.length < 4; i++) {
    const box = await page.locator('.vis-timeline .vis-panel.vis-center').first().boundingBox();
    if (!box) break;
    await page.mouse.move(box.x + box.width / 2, box.y + 30);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(250);
    found = await find();
  }
  return found;
}

export function emptyFigures(samples: Record<string, number[]>, errors: string[]): Figures {
  return {
    loadMs: Number.NaN,
    filterMs: Number.NaN,
    searchMs: Number.NaN,
    searchClearMs: Number.NaN,
    selectMs: Number.NaN,
    heapAfterLoadMB: Number.NaN,
    heapBeforeTogglesMB: Number.NaN,
    heapAfterTogglesMB: Number.NaN,
    maxLongTaskAfterLoadMs: Number.NaN,
    longTasksOver200: Number.NaN,
    longTaskLog: [],
    samples,
    errors,
  };
}

export async function runScenario(browser: Browser, target: Target, dataPath: string, runs: number): Promise<Figures> {
  const samples: Record<string, number[]> = { load: [], filter: [], search: [], searchClear: [], select: [] };
  const errors: string[] = [];
  // Each figure gets at most FIGURE_BUDGET_MS of sampling (at least one sample), so a page that
  // takes seconds per action (the bare timeline at 10,000 items) cannot stall the run.
  let figureStart = Date.now();
  const more = (done: number) => done === 0 || Date.now() - figureStart < FIGURE_BUDGET_MS;
  const attempt = async (what: string, fn: () => Promise<void>) => {
    figureStart = Date.now();
    try {
      await fn();
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };
  let page: Page | null = null;
  for (let r = 0; r < runs; r++) {
    await attempt(`load run ${r + 1}`, async () => {
      // The page of the run before is closed first: still open, its work after load (the search index, built in
      // idle time) ran beside this load and was timed with it.
      if (page) await page.context().close();
      page = null;
      const loaded = await loadOnce(browser, target, target.url(dataPath));
      samples.load?.push(loaded.ms);
      page = loaded.page;
    });
  }
  const figures = emptyFigures(samples, errors);
  figures.loadMs = median(samples.load ?? []);
  const p = page as Page | null;
  if (!p) return figures;
  // Page time at which each step began, to say which step a long task belongs to.
  const steps: { name: string; at: number }[] = [];
  const mark = async (name: string) => steps.push({ name, at: await p.evaluate(() => performance.now()) });
  const MB = 1024 * 1024;
  if (target.afterLoad) await attempt('after load', () => target.afterLoad!(p));
  await attempt('heap after load', async () => {
    figures.heapAfterLoadMB = (await heapAfterGc(p)) / MB;
  });
  // Long tasks are counted from here: after load and after the forced GC above (itself a long task).
  const afterLoad = await p.evaluate(() => performance.now());
  await mark('filter');
  await attempt('filter', async () => {
    const box = target.themeToggle(p);
    for (let r = 0; r < runs * 2 && more(r); r++) samples.filter?.push(await timeAction(p, () => box.click()));
    if ((samples.filter?.length ?? 0) % 2) await box.click(); // leave every theme shown
  });
  await mark('search');
  await attempt('search', async () => {
    const input = target.searchBox(p);
    await input.click();
    // Each keystroke of a word typed into the empty box is one sample; clearing it is another.
    for (let r = 0; r < runs && more(r); r++) {
      await mark(`search typing ${r + 1}`);
      for (const key of SEARCH_WORD) samples.search?.push(await timeAction(p, () => p.keyboard.press(key)));
      await p.keyboard.press('Control+A');
      await mark(`search clear ${r + 1}`);
      samples.searchClear?.push(await timeAction(p, () => p.keyboard.press('Backspace')));
    }
  });
  await mark('zoom in to single items');
  await attempt('select', async () => {
    await mark('select');
    for (let r = 0; r < runs && more(r); r++) {
      // Found afresh for each click: the details panel opening narrows the timeline, moving its items.
      const points = await selectableItems(p);
      if (points.length === 0) throw new Error('no single item to click at any zoom');
      const pt = points[r % points.length] as { x: number; y: number };
      samples.select?.push(await timeAction(p, () => p.mouse.click(pt.x, pt.y)));
    }
  });
  await attempt('long tasks', async () => {
    const lt = await longTasksAfter(p, afterLoad);
    figures.maxLongTaskAfterLoadMs = lt.max;
    figures.longTasksOver200 = lt.over200;
    figures.longTaskLog = lt.all.map((t) => ({
      ...t,
      step: steps.findLast((s) => s.at <= t.start)?.name ?? 'after load',
    }));
  });
  await attempt('heap after 200 toggles', async () => {
    // The baseline for growth is taken now, once background work after load (the search index) is done.
    await p.waitForTimeout(1000);
    figures.heapBeforeTogglesMB = (await heapAfterGc(p)) / MB;
    const box = target.themeToggle(p);
    // An even count leaves the filter as it was; capped so a slow page cannot stall the run.
    const stopAt = Date.now() + FIGURE_BUDGET_MS;
    for (let i = 0; i < 200; i++) {
      if (i % 2 === 0 && Date.now() > stopAt) {
        errors.push(`only ${i} of 200 toggles within ${FIGURE_BUDGET_MS / 1000} s`);
        break;
      }
      await box.click();
      await nextFrames(p);
    }
    await p.waitForTimeout(300);
    figures.heapAfterTogglesMB = (await heapAfterGc(p)) / MB;
  });
  figures.filterMs = median(samples.filter ?? []);
  figures.searchMs = median(samples.search ?? []);
  figures.searchClearMs = median(samples.searchClear ?? []);
  figures.selectMs = median(samples.select ?? []);
  await p.context().close();
  return figures;
}
