/**
 * `npm run bench`: builds the app and the bare vis-timeline baseline, writes synthetic lists of
 * 100 / 1,000 / 10,000 events into dist/bench-data/, serves dist/ on 127.0.0.1:4350 and measures both
 * in headless Chromium (same launch options as the e2e tests). Prints a table, writes bench/results.json
 * and the README's "## Performance" section, then runs Lighthouse on the seed data.
 *
 * Environment: BENCH_SIZES=100,1000 (default 100,1000,10000), BENCH_RUNS=5, BENCH_PORT=4350,
 * BENCH_CPU_SLOWDOWN=2 to slow each page's main thread twice over (a partial run), BENCH_LIGHTHOUSE=0 to
 * skip Lighthouse, BENCH_README=0 to leave the README alone, BENCH_BUILD=0 to measure the last build in
 * .tmp/bench-dist again.
 * BENCH_TARGETS=app (or bare) measures only that page, for iterating on one side: such a partial
 * run writes bench/results-partial.json and never bench/results.json or the README (only a full
 * run, both targets and every scenario, may). BENCH_SCENARIOS=propose,added (default
 * timeline,propose,added,lanes) runs only those: "timeline" is the 100/1,000/10,000-event comparison above,
 * "propose" times "Propose events" on a 5 kB and a 200 kB article, "added" measures the app with 1,000
 * added articles and 5,000 events in its database (issue 16 §8), "lanes" the app at 10,000 events with swimlanes
 * on (issue 15); a full run also times how the pure steps grow
 * (growth.ts; BENCH_SCENARIOS=growth runs it in a partial run). BENCH_VERBOSE=1 prints every long
 * task after load with the step it fell in.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../playwright.config';
import { BENCH_SEED, benchDataPath, writeBenchData } from './data';
import { serveStatic } from './server';
import { emptyFigures, runScenario, type Figures, type Target } from './scenario';
import { bundleSizes, kB } from './bundle';
import {
  checkTargets,
  lighthouseTargets,
  machineInfo,
  markdown,
  updateReadme,
  writeResults,
  type Results,
  type SizeResult,
} from './report';
import { runLighthouse } from './lighthouse';
import { readFile } from 'node:fs/promises';
import type { EventList } from '../../src/lib/schema';
import { addedRecords } from './addedRecords';
import { CPU_SLOWDOWN } from './probe';
import { addedTarget } from './added';
import { bigArticle, runProposeScenario, smallArticle } from './propose';
import { intakeTargets, type IntakeResults } from './reportIntake';
import { runGrowth } from './growth';
import { lanesTargets, type LanesFigures } from './reportLanes';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4350);
const DIST = resolve('.tmp/bench-dist');
const TARGETS = (process.env.BENCH_TARGETS ?? 'app,bare').split(',').map((t) => t.trim());
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'timeline,propose,added,lanes').split(',').map((t) => t.trim());
/** The swimlanes scenario's list size. */
const LANES_N = 10_000;
// A slowed run (BENCH_CPU_SLOWDOWN) measures another machine than this one: never the README's table.
const FULL =
  CPU_SLOWDOWN === 1 &&
  TARGETS.includes('app') &&
  TARGETS.includes('bare') &&
  ['timeline', 'propose', 'added', 'lanes'].every((s) => SCENARIOS.includes(s));
const VERBOSE = process.env.BENCH_VERBOSE === '1';

const appTarget = (base: string): Target => ({
  name: 'app',
  url: (data) => `${base}/?data=${encodeURIComponent(`/${data}`)}`,
  themeToggle: (page) => page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first(),
  searchBox: (page) => page.getByRole('searchbox', { name: 'Search events' }),
});

const bareTarget = (base: string): Target => ({
  name: 'bare',
  url: (data) => `${base}/bench-bare/?data=${encodeURIComponent(`/${data}`)}`,
  themeToggle: (page) => page.locator('#theme'),
  searchBox: (page) => page.locator('#search'),
});

async function main(): Promise<void> {
  const t0 = Date.now();
  if (process.env.BENCH_BUILD !== '0') {
    console.log('Building the app (vite build) ...');
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const bundle = await bundleSizes(DIST);
  if (SCENARIOS.includes('timeline')) {
    console.log('Building the bare vis-timeline page ...');
    await build({
      configFile: false,
      root: resolve('scripts/bench/bare'),
      base: '/bench-bare/',
      logLevel: 'warn',
      build: { outDir: resolve(DIST, 'bench-bare'), emptyOutDir: true },
    });
  }
  const sizesToRun = SCENARIOS.includes('timeline') ? SIZES : [];
  console.log(`Generating ${sizesToRun.join(', ')} events ...`);
  const lanesToo = SCENARIOS.includes('lanes') && !sizesToRun.includes(LANES_N) ? [LANES_N] : [];
  await writeBenchData(DIST, [...sizesToRun, ...lanesToo]);

  const server = await serveStatic(DIST, PORT);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info'],
  });
  const sizes: SizeResult[] = [];
  const intake: IntakeResults = {};
  let lanes: LanesFigures | undefined;
  try {
    for (const n of sizesToRun) {
      const app = TARGETS.includes('app') ? await measure(browser, n, 'app', appTarget(server.url)) : skipped();
      const bare = TARGETS.includes('bare')
        ? await measure(browser, n, 'bare vis-timeline', bareTarget(server.url))
        : skipped();
      sizes.push({ n, app, bare });
    }
    Object.assign(intake, await measureIntake(browser, server.url));
    if (SCENARIOS.includes('lanes')) lanes = await measureLanes(browser, server.url);
  } finally {
    await browser.close();
  }
  const results: Results = {
    date: new Date().toISOString(),
    runs: RUNS,
    machine: machineInfo(browser.version()),
    sizes,
    bundle,
    targets: [...checkTargets(sizes, bundle), ...intakeTargets(intake), ...(lanes ? lanesTargets(lanes) : [])],
    ...intake,
    ...(lanes ? { lanes } : {}),
  };
  if (FULL || SCENARIOS.includes('growth')) {
    console.log('Growth of the pure steps (CPU time) ...');
    results.growth = await runGrowth();
    for (const g of results.growth)
      results.targets.push({ name: `grows about linearly: ${g.name}`, ok: g.ok, detail: `${g.ratio.toFixed(1)}×` });
  }
  try {
    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      results.lighthouse = await runLighthouse(`${server.url}/`, 'bench/out');
      results.targets.push(...lighthouseTargets(results.lighthouse));
    }
  } catch (e) {
    console.log(`Lighthouse failed: ${String(e)}`);
  } finally {
    await server.close();
  }
  const table = markdown(results);
  console.log(`\n${table}\n`);
  console.log(`initial JS files: ${bundle.initialJs.files.join(', ')} (${kB(bundle.initialJs.gzip)} gzipped)`);
  const file = FULL ? 'bench/results.json' : 'bench/results-partial.json';
  await writeResults(file, results);
  if (FULL && process.env.BENCH_README !== '0') await updateReadme('README.md', table);
  console.log(`${file} written (${((Date.now() - t0) / 1000).toFixed(0)} s).`);
}

async function measure(browser: Browser, n: number, label: string, target: Target): Promise<Figures> {
  console.log(`n=${n}: ${label} ...`);
  const f = await runScenario(browser, target, benchDataPath(n), RUNS);
  console.log(
    `n=${n}: ${label} load ${f.loadMs} ms, filter ${f.filterMs} ms, search ${f.searchMs} ms, ` +
      `clear ${f.searchClearMs} ms, select ${f.selectMs} ms, longest task ${f.maxLongTaskAfterLoadMs} ms`,
  );
  if (f.errors.length) console.log(`  errors: ${f.errors.join('; ')}`);
  if (VERBOSE)
    for (const t of f.longTaskLog)
      console.log(`  long task ${Math.round(t.duration)} ms at ${Math.round(t.start)} ms, during ${t.step}`);
  return f;
}

/** The scenarios of adding articles (issue 16 §8) that BENCH_SCENARIOS names. */
async function measureIntake(browser: Browser, base: string): Promise<IntakeResults> {
  const out: IntakeResults = {};
  if (SCENARIOS.includes('propose')) {
    console.log('Propose events: 5 kB ...');
    const small = await runProposeScenario(browser, base, smallArticle(), RUNS);
    console.log(
      `  ${small.samples.map(Math.round).join(', ')} ms (median ${Math.round(small.ms)}) ${small.errors.join('; ')}`,
    );
    console.log('Propose events: 200 kB ...');
    const big = await runProposeScenario(browser, base, await bigArticle(), RUNS);
    console.log(
      `  ${big.samples.map(Math.round).join(', ')} ms (median ${Math.round(big.ms)}), ` +
        `progress ${big.progressSeen.join(' ')} ${big.errors.join('; ')}`,
    );
    out.propose = { small, big };
  }
  if (SCENARIOS.includes('added')) {
    const records = await addedRecords(BENCH_SEED);
    const builtIn = (JSON.parse(await readFile(resolve(DIST, 'data/events.json'), 'utf8')) as EventList).events.length;
    const f = await measure(
      browser,
      records.events.length,
      'app with added articles',
      addedTarget(base, records, builtIn),
    );
    out.added = { ...f, events: builtIn + records.events.length };
  }
  return out;
}

/** The app at LANES_N events with swimlanes turned on after load: every event drawn once per theme it carries. */
async function measureLanes(browser: Browser, base: string): Promise<LanesFigures> {
  const list = JSON.parse(await readFile(resolve(DIST, benchDataPath(LANES_N)), 'utf8')) as EventList;
  const target: Target = {
    ...appTarget(base),
    afterLoad: async (page) => {
      await page.getByRole('button', { name: 'Swimlanes by theme' }).click();
      await page.locator('.vis-labelset .group-label').first().waitFor();
    },
  };
  const f = await measure(browser, LANES_N, 'app with swimlanes', target);
  return { ...f, events: list.events.length, copies: list.events.reduce((n, e) => n + e.themes.length, 0) };
}

/** Figures for a target this run did not measure. */
function skipped(): Figures {
  return emptyFigures({ load: [] }, ['not measured (BENCH_TARGETS)']);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
