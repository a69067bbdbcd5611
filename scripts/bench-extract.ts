/**
 * `npm run bench:extract`: how long the pipeline takes on generated articles (about 5 kB each,
 * five events each), for 100 and 1,000 articles, and whether the time grows linearly.
 * A benchmark, not a test: it prints numbers. Target: 1,000 articles in under 10 s.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan } from './extract/run.ts';
import { writeOutput } from './extract/write.ts';

const THEMES = ['covid', 'procurement', 'rnd', 'diplomacy', 'regional-security', 'defence-industry'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DATED = [
  (w: string) => `on ${w}`,
  () => 'next week',
  () => 'last month',
  () => 'over the last few years',
  () => 'earlier this year',
];
const FILLER = [
  'Officials from both ministries described the discussions as constructive and forward-looking.',
  'The statement did not give details of the systems under discussion or of their expected cost.',
  'Analysts said the cooperation reflects a long-standing partnership in defence research and production.',
  'Both sides agreed to continue consultations through existing joint working groups and committees.',
  'The ministry added that industry representatives would be consulted on the next steps of the programme.',
];

/** A small deterministic pseudo-random generator, so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(dir: string, count: number): void {
  const rand = rng(count);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const sources: unknown[] = [];
  const events: unknown[] = [];
  for (let a = 0; a < count; a++) {
    const id = `gen-${String(a).padStart(5, '0')}`;
    const published = new Date(Date.UTC(2015, 0, 1) + a * 86_400_000).toISOString().slice(0, 10);
    const parts: string[] = [`Generated report ${a}\n`];
    for (let e = 0; e < 5; e++) {
      const expression = DATED[e]!(pick(WEEKDAYS));
      const sentence = `In item ${e} of report ${a}, the ministers of the two countries ${expression} reviewed programme ${Math.floor(rand() * 1e6)} and its progress.`;
      parts.push(sentence);
      events.push({
        id: `${id}-e${e}`,
        title: `Programme review ${e} of report ${a}`,
        summary: 'A generated event for the benchmark.',
        status: expression === 'next week' ? 'planned' : 'reported',
        date: { expression },
        themes: [pick(THEMES)],
        actors: ['Minister A', 'Minister B'],
        evidence: [{ source: id, quote: sentence }],
      });
      while (parts.join(' ').length < ((e + 1) * 5000) / 5) parts.push(pick(FILLER));
    }
    writeFileSync(join(dir, 'articles', `${id}.txt`), `${parts.join(' ')}\n`);
    sources.push({ id, outlet: 'Generated', agency: '', headline: `Report ${a}`, published, url: `https://example.com/${id}`, file: `articles/${id}.txt` });
  }
  const themes = THEMES.map((t) => ({ id: t, label: t, description: `${t} (generated)` }));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  writeFileSync(join(dir, 'events.curated.json'), JSON.stringify({ title: 'Benchmark', themes, events }));
}

function runOnce(count: number): { ms: number; planMs: number; writeMs: number; events: number } {
  const root = mkdtempSync(join(tmpdir(), `briefline-bench-${count}-`));
  try {
    generate(join(root, 'data'), count);
    const t0 = performance.now();
    const p = plan(join(root, 'data'));
    if (!p.ok) throw new Error(`generated data has problems: ${JSON.stringify(p.problems.slice(0, 3))}`);
    const t1 = performance.now();
    writeOutput(join(root, 'out'), p.files);
    const t2 = performance.now();
    if (count === 100) articleBytes = [...p.files].filter(([k]) => k.startsWith('sources/')).reduce((n, [, b]) => n + b.length, 0) / count;
    return { ms: t2 - t0, planMs: t1 - t0, writeMs: t2 - t1, events: p.events };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

let articleBytes = 0;
const sizes = [100, 1000, 2000];
runOnce(20); // warm-up: module loading and JIT are not the pipeline's cost
const results = sizes.map((n) => {
  const runs = [runOnce(n), runOnce(n), runOnce(n)];
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { n, events: best.events, best, runs: runs.map((r) => r.ms) };
});
console.log(`generated articles: ${(articleBytes / 1000).toFixed(1)} kB each on average, 5 events each`);
console.log('articles  events  best total (ms)  = read+check (ms) + write (ms)   all runs (ms)          per article (ms)');
for (const r of results) {
  const b = r.best;
  console.log(
    `${String(r.n).padStart(8)}  ${String(r.events).padStart(6)}  ${b.ms.toFixed(0).padStart(15)}  ${b.planMs.toFixed(0).padStart(17)}  ${b.writeMs.toFixed(0).padStart(11)}   ${r.runs.map((x) => x.toFixed(0)).join(' / ').padEnd(21)}  ${(b.ms / r.n).toFixed(2)} (read+check ${(b.planMs / r.n).toFixed(2)})`,
  );
}
const small = results[0]!;
for (const r of results.slice(1)) {
  const ratio = r.best.ms / r.n / (small.best.ms / small.n);
  const planRatio = r.best.planMs / r.n / (small.best.planMs / small.n);
  console.log(`time per article at ${r.n} vs ${small.n} articles: ×${ratio.toFixed(2)} overall, ×${planRatio.toFixed(2)} for read+check (1.00 = perfectly linear)`);
}
const large = results[1]!;
console.log(`1,000 articles: ${(large.best.ms / 1000).toFixed(2)} s ${large.best.ms < 10_000 ? '(under the 10 s target)' : '(OVER the 10 s target)'}`);
