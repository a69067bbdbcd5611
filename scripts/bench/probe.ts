/**
 * The in-page probe and the Node-side helpers that read it. The probe is installed before any page
 * script runs (page.addInitScript) and records: when the DOM last changed and when the frame after
 * that change was painted, the timestamp of the first input event after `arm()`, and long tasks.
 * A figure is "input event -> paint after the last DOM change it caused", so debouncing and
 * follow-up renders are counted, not hidden.
 */
import type { Browser, Page } from '@playwright/test';

/**
 * BENCH_CPU_SLOWDOWN=n (say 2) runs each page's main thread n times slower (Chromium's CPU throttling, as DevTools'
 * "CPU: n× slowdown"): what the figures would be on a slower machine. Such a run is partial (run.ts).
 */
export const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);

/** A fresh 1280x800 context and page for one measurement, slowed by BENCH_CPU_SLOWDOWN when it is set. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return page;
}

export interface ProbeState {
  lastMutation: number;
  lastPaint: number;
  t0: number;
  armed: boolean;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    briefBench: ProbeState;
  }
}

/** Runs in the page (serialised by Playwright): no closures over Node values. */
export function installProbe(): void {
  const b: ProbeState = { lastMutation: 0, lastPaint: 0, t0: 0, armed: false, longTasks: [] };
  window.briefBench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the figure stays empty
  }
  // Must stay inside: Playwright serialises this function alone.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const ignored = (n: Node) => {
    const el = n instanceof Element ? n : n.parentElement;
    return !!el?.closest('.vis-current-time, .vis-custom-time');
  };
  const afterPaint = () =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.addEventListener(
        'message',
        () => {
          b.lastPaint = performance.now();
        },
        { once: true },
      );
      ch.port1.start();
      ch.port2.postMessage(0);
    });
  new MutationObserver((records) => {
    if (records.every((r) => ignored(r.target))) return;
    b.lastMutation = performance.now();
    afterPaint();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['pointerdown', 'keydown', 'mousedown']) {
    window.addEventListener(
      type,
      (e) => {
        if (b.armed) {
          b.armed = false;
          b.t0 = e.timeStamp;
        }
      },
      { capture: true },
    );
  }
}

export async function arm(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.briefBench.armed = true;
    window.briefBench.t0 = 0;
    return performance.now();
  });
}

export interface SettleOptions {
  /** Only DOM changes after this page time count. */
  since: number;
  /** How long the DOM must stay still (ms). */
  quietMs?: number;
  timeoutMs?: number;
  /** A selector that must be present before the page counts as settled. */
  require?: string;
  /** Text the page must contain before it counts as settled (e.g. "Showing 5019 of 5019 events"). */
  requireText?: string;
}

/**
 * Waits until the DOM has changed after `since` and then stayed still; returns the paint time after the last change.
 */
export async function settle(page: Page, o: SettleOptions): Promise<number> {
  const quiet = o.quietMs ?? 300;
  const deadline = Date.now() + (o.timeoutMs ?? 40_000);
  for (;;) {
    const s = await page.evaluate(
      ([sel, text]) => ({
        m: window.briefBench.lastMutation,
        p: window.briefBench.lastPaint,
        now: performance.now(),
        ok:
          (sel === null || !!document.querySelector(sel)) &&
          (text === null || !!document.body?.textContent?.includes(text)),
      }),
      [o.require ?? null, o.requireText ?? null] as const,
    );
    if (s.ok && s.m > o.since && s.p >= s.m && s.now - s.m >= quiet) return s.p;
    if (Date.now() > deadline)
      throw new Error(
        `page did not settle (require=${o.require ?? '-'} ${o.requireText ?? ''}, ` +
          `last change ${s.m.toFixed(0)} ms, since ${o.since.toFixed(0)})`,
      );
    await page.waitForTimeout(40);
  }
}

/** Input event -> painted result, for one user action. */
export async function timeAction(
  page: Page,
  action: () => Promise<void>,
  require?: string,
  timeoutMs?: number,
): Promise<number> {
  const since = await arm(page);
  await action();
  const painted = await settle(page, { since, ...(require ? { require } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
  const t0 = await page.evaluate(() => window.briefBench.t0);
  if (!t0) throw new Error('the action produced no input event');
  return painted - t0;
}

export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** JS heap in use after a full garbage collection (bytes). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export async function longTasksAfter(
  page: Page,
  since: number,
): Promise<{ max: number; over200: number; all: { start: number; duration: number }[] }> {
  return page.evaluate((t) => {
    const after = window.briefBench.longTasks.filter((x) => x.start >= t);
    return {
      max: after.reduce((m, x) => Math.max(m, x.duration), 0),
      over200: after.filter((x) => x.duration > 200).length,
      all: after,
    };
  }, since);
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = xs.toSorted((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
