/**
 * Lighthouse CI (@lhci/cli, run through npx) on the built app with the seed data, in the local Chromium
 * (same binary and flags as the e2e tests): mobile (Lighthouse's default: simulated slow 4G, 4x CPU
 * slowdown) and the desktop preset, several runs each (LH_RUNS, default 3), asserted by `lhci assert`
 * against the targets in lighthouserc.json: performance >= 95 (median run), accessibility 100, best
 * practices 100.
 * LH_PRESETS=mobile runs one preset only (while iterating).
 * Run alone with `npm run bench:lighthouse` (builds and serves the app itself) or as part of `npm run bench`.
 */
import { mkdir, readdir, readFile, rm, copyFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../../playwright.config';
import { serveStatic } from './server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PRESETS = (process.env.LH_PRESETS ?? 'mobile,desktop')
  .split(',')
  .filter((p): p is 'mobile' | 'desktop' => p === 'mobile' || p === 'desktop');
const LHCI_DIR = '.lighthouseci';

interface Lhr {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<
    string,
    { numericValue?: number; displayValue?: string; score: number | null; scoreDisplayMode: string; title: string }
  >;
}

export interface LighthouseResult {
  /** Median over the runs, per "preset category", 0-100. */
  scores: Record<string, number>;
  /** Every run's score, per "preset category". */
  runs: Record<string, number[]>;
  /** Median of the key metrics, per "preset metric", in ms (CLS unitless). */
  metrics: Record<string, number>;
  /** True when `lhci assert` passed for every preset. */
  passed: boolean;
}

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Lighthouse CI is benchmark-only and large (about 177 MB of node_modules): npx fetches this pinned version on
 * first use instead of every `npm install` carrying it as a devDependency.
 */
const LHCI_PACKAGE = '@lhci/cli@0.15.1';

/** Asynchronous: the static server lhci talks to runs in this process and must keep serving. */
function lhci(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--yes', LHCI_PACKAGE, ...args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
];

export async function runLighthouse(url: string, outDir: string): Promise<LighthouseResult> {
  const chromePath = 'executablePath' in chromiumLaunchOptions ? chromiumLaunchOptions.executablePath : undefined;
  const flags = ['--headless=new', ...chromiumLaunchOptions.args].join(' ');
  const result: LighthouseResult = { scores: {}, runs: {}, metrics: {}, passed: true };
  await mkdir(outDir, { recursive: true });
  for (const preset of PRESETS) {
    await rm(LHCI_DIR, { recursive: true, force: true });
    const collect = await lhci([
      'collect',
      `--url=${url}`,
      `--numberOfRuns=${RUNS}`,
      ...(chromePath ? [`--chromePath=${chromePath}`] : []),
      `--settings.chromeFlags=${flags}`,
      `--settings.onlyCategories=${CATEGORIES.join(',')}`,
      ...(preset === 'desktop' ? ['--settings.preset=desktop'] : []),
    ]);
    if (collect !== 0) throw new Error(`lhci collect (${preset}) failed`);
    const files = (await readdir(LHCI_DIR)).filter((f) => /^lhr-\d+\.json$/.test(f)).toSorted();
    const lhrs = await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(`${LHCI_DIR}/${f}`, 'utf8')) as Lhr),
    );
    for (const id of CATEGORIES) {
      const title = lhrs[0]?.categories[id]?.title.toLowerCase() ?? id;
      const runs = lhrs.map((l) => Math.round((l.categories[id]?.score ?? 0) * 100));
      result.runs[`${preset} ${title}`] = runs;
      result.scores[`${preset} ${title}`] = median(runs);
    }
    for (const id of METRICS) {
      const values = lhrs.map((l) => l.audits[id]?.numericValue ?? Number.NaN);
      result.metrics[`${preset} ${id}`] = Math.round(median(values) * 1000) / 1000;
    }
    // Keep the median-performance run's report for reading.
    const perf = lhrs.map((l) => l.categories.performance?.score ?? 0);
    const mid = Math.max(0, perf.indexOf(median(perf)));
    const html = files[mid]?.replace(/\.json$/, '.html');
    if (html) await copyFile(`${LHCI_DIR}/${html}`, `${outDir}/lighthouse-${preset}.html`);
    const weak = Object.entries(lhrs[mid]?.audits ?? {})
      .filter(
        ([, a]) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      )
      .map(([id, a]) => `${preset}: ${id} (${a.title})${a.displayValue ? ` ${a.displayValue}` : ''}`);
    if (weak.length) console.log(`Audits below 0.9 in the median ${preset} run:\n  ${weak.join('\n  ')}`);
    // The targets are asserted by lhci itself (lighthouserc.json, median run).
    if ((await lhci(['assert', '--config=lighthouserc.json'])) !== 0) result.passed = false;
  }
  console.log(`Lighthouse reports (median runs): ${outDir}/lighthouse-{mobile,desktop}.html`);
  return result;
}

const PORT = Number(process.env.BENCH_PORT ?? 4351);
/** Its own build directory, so a benchmark never clobbers the dist/ that e2e serves. */
const DIST = '.tmp/bench-dist';

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (b.status !== 0) process.exit(1);
  }
  const server = await serveStatic(DIST, PORT);
  try {
    const r = await runLighthouse(`${server.url}/`, 'bench/out');
    console.table(
      Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, { median: v, runs: r.runs[k]?.join(' ') }])),
    );
    console.table(r.metrics);
    if (!r.passed) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
