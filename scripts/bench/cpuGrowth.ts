/**
 * How a step's cost grows, for the benchmark's growth checks (scripts/bench/growth.ts), with no bound in
 * milliseconds: a bound in milliseconds passes on a quiet machine and fails on a busy or slower one (the density
 * test's 500 ms failed at 733 ms when the unit tests ran beside the browser tests; timing moved out of the unit tests
 * for that reason). Instead a step is compared with itself on less input (how it grows), or with
 * another step on the same input (what it costs relative to that), both measured in the same moment:
 * - in CPU time, not wall time: on a busy machine a 13 ms step read 55–90 ms of wall time (the process waited for a
 *   core), and its CPU time stayed 12–15 ms. process.cpuUsage() counts this process's threads;
 * - the least of several interleaved runs (the run disturbed least by garbage collection and cache misses);
 * - each run repeated until it takes a few milliseconds of CPU (a millisecond step is timer noise otherwise).
 */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds of this process spent in `fn`. */
export function cpuMs(fn: () => unknown): number {
  const t0 = cpuNow();
  fn();
  return cpuNow() - t0;
}

/** Enough repetitions that one timed run of `fn` takes about `ms` of CPU (at least 1, at most 1000). */
function repetitionsFor(fn: () => unknown, ms: number): number {
  const once = cpuMs(fn);
  return Math.min(1000, Math.max(1, Math.ceil(ms / Math.max(once, 0.01))));
}

/**
 * The least CPU time of `runs` interleaved runs of each step, per repetition. Every step is repeated as often as the
 * first one needs to take about 5 ms (so the steps compare like for like).
 */
export function leastCpuMs(steps: (() => unknown)[], runs = 5): number[] {
  const [first] = steps;
  if (!first) return [];
  const reps = repetitionsFor(first, 5);
  const least = steps.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    steps.forEach((step, i) => {
      const ms = cpuMs(() => {
        for (let k = 0; k < reps; k++) step();
      });
      least[i] = Math.min(least[i]!, ms / reps);
    });
  }
  return least;
}

export interface Growth {
  name: string;
  /** CPU ms of one run on the small input and on the large one. */
  small: number;
  large: number;
  ratio: number;
  /** The most the ratio may be. */
  bound: number;
  ok: boolean;
}

/**
 * `large` does the work of `small` on `factor` times the input: it may cost at most `bound` times as much CPU.
 * Linear grows by `factor`, n log n a little more, and a list that no longer fits the CPU's caches more again
 * (computeVisible: 6× for 4× the events); the default bound, 3 × factor, fails an O(n²) step at factor 4 (16×;
 * an id looked up by findIndex in densityItems' loop measured 23×).
 */
export function growth(name: string, small: () => unknown, large: () => unknown, factor: number, bound = 3 * factor) {
  const [s, l] = leastCpuMs([small, large]) as [number, number];
  return { name: `${name} (${factor}× the input)`, small: s, large: l, ratio: l / s, bound, ok: l / s < bound };
}

/** `step` costs at most `share` of what `reference` costs, both in CPU time on this machine now. */
export function share(name: string, step: () => unknown, reference: () => unknown, most: number): Growth {
  const [s, r] = leastCpuMs([step, reference]) as [number, number];
  return { name, small: r, large: s, ratio: s / r, bound: most, ok: s / r < most };
}
