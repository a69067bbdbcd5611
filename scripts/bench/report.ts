/** The benchmark's table (stdout and README) and bench/results.json. */
import { growthTable } from './growth';
import { lanesMarkdown, type LanesFigures } from './reportLanes';
import type { Growth } from './cpuGrowth';
import { readFile, writeFile, mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import { dirname } from 'node:path';
import type { Figures } from './scenario';
import { kB, startupBytes, STARTUP_LIMIT, type BundleSizes } from './bundle';
import type { LighthouseResult } from './lighthouse';
import { intakeMarkdown, type IntakeResults } from './reportIntake';

export interface SizeResult {
  n: number;
  app: Figures;
  bare: Figures;
}

export interface Results extends IntakeResults {
  date: string;
  runs: number;
  machine: {
    platform: string;
    release: string;
    arch: string;
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    chromium: string;
  };
  sizes: SizeResult[];
  bundle: BundleSizes;
  targets: { name: string; ok: boolean; detail: string }[];
  lighthouse?: LighthouseResult;
  /** How the hot pure steps grow with their input, in CPU time (growth.ts). */
  growth?: Growth[];
  /** The app at 10,000 events with swimlanes on (reportLanes.ts). */
  lanes?: LanesFigures;
}

export function machineInfo(chromium: string): Results['machine'] {
  const cpus = os.cpus();
  return {
    platform: os.platform(),
    release: os.release(),
    arch: os.arch(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

const ROWS: { key: keyof Figures; label: string; unit: 'ms' | 'MB' }[] = [
  { key: 'loadMs', label: 'load (navigation → items drawn)', unit: 'ms' },
  { key: 'filterMs', label: 'theme filter (click → drawn)', unit: 'ms' },
  { key: 'searchMs', label: 'search keystroke (each of “heron”, → drawn)', unit: 'ms' },
  { key: 'searchClearMs', label: 'search cleared (Backspace → drawn)', unit: 'ms' },
  { key: 'selectMs', label: 'select (click → details)', unit: 'ms' },
  { key: 'heapAfterLoadMB', label: 'JS heap after load', unit: 'MB' },
  { key: 'heapBeforeTogglesMB', label: 'JS heap before 200 filter toggles', unit: 'MB' },
  { key: 'heapAfterTogglesMB', label: 'JS heap after 200 filter toggles', unit: 'MB' },
  { key: 'maxLongTaskAfterLoadMs', label: 'longest task after load', unit: 'ms' },
];

const fmt = (v: number, unit: string) =>
  Number.isFinite(v) ? `${unit === 'MB' ? v.toFixed(1) : Math.round(v)} ${unit}` : '—';
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

export function checkTargets(sizes: SizeResult[], bundle: BundleSizes): Results['targets'] {
  const big = sizes.find((s) => s.n === 10_000);
  const t: Results['targets'] = [];
  if (big) {
    const { app, bare } = big;
    t.push({
      name: 'load ≤ 1.25× bare at 10k',
      ok: app.loadMs <= 1.25 * bare.loadMs,
      detail: ratio(app.loadMs, bare.loadMs),
    });
    t.push({ name: 'load < 1.5 s at 10k', ok: app.loadMs < 1500, detail: fmt(app.loadMs, 'ms') });
    t.push({ name: 'theme filter < 100 ms at 10k', ok: app.filterMs < 100, detail: fmt(app.filterMs, 'ms') });
    t.push({
      name: 'search keystroke < 100 ms at 10k',
      ok: Math.max(app.searchMs, app.searchClearMs) < 100,
      detail: `${fmt(app.searchMs, 'ms')} / clear ${fmt(app.searchClearMs, 'ms')}`,
    });
    t.push({ name: 'select < 50 ms at 10k', ok: app.selectMs < 50, detail: fmt(app.selectMs, 'ms') });
    t.push({
      name: 'no task > 200 ms after load at 10k',
      ok: app.maxLongTaskAfterLoadMs <= 200,
      detail: fmt(app.maxLongTaskAfterLoadMs, 'ms'),
    });
    const growth = app.heapAfterTogglesMB - app.heapBeforeTogglesMB;
    t.push({ name: 'heap growth over 200 toggles < 2 MB at 10k', ok: growth < 2, detail: fmt(growth, 'MB') });
  }
  t.push({
    name: 'initial JS < 200 kB gzipped',
    ok: bundle.initialJs.gzip < 200 * 1024,
    detail: kB(bundle.initialJs.gzip),
  });
  const startup = startupBytes(bundle);
  t.push({
    name: 'start-up bytes (JS + preloaded vis + CSS) < 200 kB gzipped',
    ok: startup < STARTUP_LIMIT,
    detail: kB(startup),
  });
  const fontBytes = bundle.preloadedFonts?.bytes ?? 0;
  t.push({ name: 'first-view font preloaded (woff2) < 200 kB', ok: fontBytes < 200 * 1024, detail: kB(fontBytes) });
  t.push({
    name: 'no moment locales in start-up JS',
    ok: !bundle.momentLocalesInInitialJs,
    detail: bundle.momentLocalesInInitialJs ? 'present' : 'absent',
  });
  return t;
}

/** The issue's Lighthouse targets, on the median of the runs. */
export function lighthouseTargets(lh: LighthouseResult): Results['targets'] {
  const t: Results['targets'] = [];
  for (const preset of ['mobile', 'desktop']) {
    const row = (cat: string, min: number) => {
      const v = lh.scores[`${preset} ${cat}`] ?? Number.NaN;
      t.push({
        name: `Lighthouse ${preset} ${cat} ≥ ${min}`,
        ok: v >= min,
        detail: `${v} (runs ${lh.runs[`${preset} ${cat}`]?.join(', ') ?? '—'})`,
      });
    };
    row('performance', 95);
    row('accessibility', 100);
    row('best practices', 100);
  }
  return t;
}

const LH_METRICS: [string, string, 'ms' | ''][] = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['speed-index', 'SI', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
];

function lighthouseLines(lh: LighthouseResult): string[] {
  const out: string[] = [];
  for (const preset of ['mobile', 'desktop']) {
    const scores = Object.entries(lh.scores)
      .filter(([k]) => k.startsWith(`${preset} `))
      .map(([k, v]) => `${k.slice(preset.length + 1)} ${v}`);
    const metrics = LH_METRICS.map(([id, label, unit]) => {
      const v = lh.metrics[`${preset} ${id}`] ?? Number.NaN;
      return `${label} ${unit ? `${Math.round(v)} ms` : v.toFixed(3)}`;
    });
    out.push(`- ${preset}: ${scores.join(', ')}; ${metrics.join(', ')}`);
  }
  return out;
}

export function markdown(r: Results): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${r.date} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, ` +
      `Chromium ${r.machine.chromium} headless; median of ${r.runs} runs.`,
    '',
  );
  lines.push('| events | figure | app | bare vis-timeline | app / bare |', '| ---: | --- | ---: | ---: | ---: |');
  for (const s of r.sizes) {
    for (const row of ROWS) {
      const a = s.app[row.key] as number;
      const b = s.bare[row.key] as number;
      // The longest-task figure only sees tasks of 50 ms or more (the browser's definition of a long task).
      const cell = (v: number) => (row.key === 'maxLongTaskAfterLoadMs' && v === 0 ? 'none ≥ 50 ms' : fmt(v, row.unit));
      lines.push(
        `| ${s.n.toLocaleString('en')} | ${row.label} | ${cell(a)} | ${cell(b)} | ` +
          `${a === 0 || b === 0 ? '—' : ratio(a, b)} |`,
      );
    }
  }
  const startup = startupBytes(r.bundle);
  lines.push(
    '',
    `Initial JS (needed for the first paint) ${kB(r.bundle.initialJs.gzip)} gzipped ` +
      `(${kB(r.bundle.initialJs.bytes)} raw, ${r.bundle.initialJs.files.length} files); ` +
      'the vis-timeline chunk, preloaded at low priority for the first timeline draw, ' +
      `${kB(r.bundle.preloadedJs?.gzip ?? 0)} gzipped; ` +
      `initial CSS (inlined in index.html) ${kB(r.bundle.initialCss.gzip)} gzipped ` +
      `(${kB(r.bundle.initialCss.bytes)} raw); ` +
      `the first view's font, preloaded, ${kB(r.bundle.preloadedFonts?.bytes ?? 0)}; ` +
      `start-up total (all three, npm run bench:bytes) ${kB(startup)}; ` +
      `all JS chunks ${kB(r.bundle.allJs.gzip)} gzipped.`,
  );
  lines.push(...intakeMarkdown(r, r.runs));
  if (r.lanes) lines.push(...lanesMarkdown(r.lanes, r.runs));
  if (r.lighthouse)
    lines.push(
      '',
      'Lighthouse CI on the seed data (median of the runs; mobile = simulated slow 4G and 4× CPU slowdown):',
      '',
      ...lighthouseLines(r.lighthouse),
    );
  if (r.growth)
    lines.push(
      '',
      'Growth in CPU time of the pure steps (`npm run bench:growth`; a quarter of the input against all of it):',
      '',
      growthTable(r.growth),
    );
  lines.push('', '| target | met | measured |', '| --- | :---: | ---: |');
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.ok ? 'yes' : 'NO'} | ${t.detail} |`);
  const errs = r.sizes.flatMap((s) => [
    ...s.app.errors.map((e) => `app n=${s.n} ${e}`),
    ...s.bare.errors.map((e) => `bare n=${s.n} ${e}`),
  ]);
  if (errs.length) lines.push('', 'Errors:', ...errs.map((e) => `- ${e}`));
  return lines.join('\n');
}

export async function writeResults(path: string, r: Results): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(r, null, 2)}\n`);
}

/** The README's generated part: the latest full run, between these two lines of the "## Performance" section. */
export const README_START = '<!-- npm run bench writes from here: the latest full run -->';
export const README_END = '<!-- to here; the rest of this section is written by hand -->';

/**
 * Replaces the latest full run in the README (between README_START and README_END, formatted as prettier formats
 * the file): the section's prose and its hand-written parts stay as they are. Refuses a README without the markers.
 */
export async function updateReadme(path: string, table: string): Promise<void> {
  const readme = await readFile(path, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) throw new Error(`${path}: no "${README_START}" … "${README_END}" to write between`);
  const next = `${readme.slice(0, start + README_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  // Written beside it, then moved over it: a failed write leaves the README as it was.
  await writeFile(`${path}.tmp`, await prettier.format(next, { ...options, filepath: path }));
  await rename(`${path}.tmp`, path);
}
