/**
 * `npm run bench:extract`: how long the pipeline takes on generated articles (about 5 kB each,
 * five events each), for 100 and 1,000 articles, and whether the time grows linearly.
 * A benchmark, not a test: it prints numbers. Target: 1,000 articles in under 10 s.
 * Then `suggestDates` (every date expression of an article, issue 13) on 1,000 generated 5 kB articles
 * in this one process. Targets: under 5 s for the 1,000, under 20 ms for one article.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan } from './extract/run.ts';
import { writeOutput } from './extract/write.ts';
import { suggestDates } from '../src/lib/suggest.ts';

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
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
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
      const sentence =
        `In item ${e} of report ${a}, the ministers of the two countries ${expression} ` +
        `reviewed programme ${Math.floor(rand() * 1e6)} and its progress.`;
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
    sources.push({
      id,
      outlet: 'Generated',
      agency: '',
      headline: `Report ${a}`,
      published,
      url: `https://example.com/${id}`,
      file: `articles/${id}.txt`,
    });
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
    if (count === 100)
      articleBytes =
        [...p.files].filter(([k]) => k.startsWith('sources/')).reduce((n, [, b]) => n + b.length, 0) / count;
    return { ms: t2 - t0, planMs: t1 - t0, writeMs: t2 - t1, events: p.events };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

let articleBytes = 0;
/** `--suggest-only`: skip the pipeline runs (they write files), time suggest alone. */
if (!process.argv.includes('--suggest-only')) {
  const sizes = [100, 1000, 2000];
  runOnce(20); // warm-up: module loading and JIT are not the pipeline's cost
  const results = sizes.map((n) => {
    const runs = [runOnce(n), runOnce(n), runOnce(n)];
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    return { n, events: best.events, best, runs: runs.map((r) => r.ms) };
  });
  console.log(`generated articles: ${(articleBytes / 1000).toFixed(1)} kB each on average, 5 events each`);
  console.log(
    'articles  events  best total (ms)  = read+check (ms) + write (ms)   all runs (ms)          per article (ms)',
  );
  for (const r of results) {
    const b = r.best;
    const runs = r.runs.map((x) => x.toFixed(0)).join(' / ');
    console.log(
      `${String(r.n).padStart(8)}  ${String(r.events).padStart(6)}  ${b.ms.toFixed(0).padStart(15)}  ` +
        `${b.planMs.toFixed(0).padStart(17)}  ${b.writeMs.toFixed(0).padStart(11)}   ${runs.padEnd(21)}  ` +
        `${(b.ms / r.n).toFixed(2)} (read+check ${(b.planMs / r.n).toFixed(2)})`,
    );
  }
  const small = results[0]!;
  for (const r of results.slice(1)) {
    const ratio = r.best.ms / r.n / (small.best.ms / small.n);
    const planRatio = r.best.planMs / r.n / (small.best.planMs / small.n);
    console.log(
      `time per article at ${r.n} vs ${small.n} articles: ×${ratio.toFixed(2)} overall, ` +
        `×${planRatio.toFixed(2)} for read+check (1.00 = perfectly linear)`,
    );
  }
  const large = results[1]!;
  console.log(
    `1,000 articles: ${(large.best.ms / 1000).toFixed(2)} s ` +
      `${large.best.ms < 10_000 ? '(under the 10 s target)' : '(OVER the 10 s target)'}`,
  );
}

/** News-like dated sentences of every kind the resolver reads, for the suggest benchmark. */
const SUGGEST_DATED = [
  (w: string) => `The two defence ministers will hold talks on ${w} in New Delhi.`,
  (w: string) => `The delegation arrived on ${w} and met the army chief the next day.`,
  () => 'The agreement, signed on 14 March, will come into force next month.',
  () => 'The navies held drills from 25 to 28 March off the western coast.',
  () => 'An Israeli team will visit in the coming weeks, officials said on Friday.',
  () => 'Deliveries are expected in mid-June, and the rest in the second half of 2024.',
  () => 'India reported 2,000 cases, and the F-16 and S-400 were discussed during a three-day visit.',
];

function suggestArticles(count: number): { text: string; published: string }[] {
  const rand = rng(count + 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, a) => {
    const parts: string[] = [`Generated report ${a}\n`];
    while (parts.join(' ').length < 5000) parts.push(rand() < 0.3 ? pick(SUGGEST_DATED)(pick(WEEKDAYS)) : pick(FILLER));
    return {
      text: parts.join(' '),
      published: new Date(Date.UTC(2015, 0, 1) + a * 86_400_000).toISOString().slice(0, 10),
    };
  });
}

const articles = suggestArticles(1000);
for (const a of articles.slice(0, 50)) suggestDates(a.text, a.published); // warm-up
const suggestRuns: number[] = [];
const cpuRuns: number[] = [];
const perArticle: number[] = [];
let found = 0;
for (let run = 0; run < 3; run++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  found = 0;
  for (const a of articles) {
    const t = performance.now();
    found += suggestDates(a.text, a.published).length;
    if (run === 0) perArticle.push(performance.now() - t);
  }
  suggestRuns.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuRuns.push((c.user + c.system) / 1000);
}
const bestSuggest = Math.min(...suggestRuns);
const sorted = perArticle.toSorted((x, y) => x - y);
const kB = articles.reduce((n, a) => n + a.text.length, 0) / articles.length / 1000;
console.log(
  `suggest: 1,000 generated articles (${kB.toFixed(1)} kB each, ${found} date expressions) ` +
    `in ${bestSuggest.toFixed(0)} ms ` +
    `(best of 3: ${suggestRuns.map((x) => x.toFixed(0)).join(' / ')}; ` +
    `CPU time ${cpuRuns.map((x) => x.toFixed(0)).join(' / ')} ms) ` +
    `${bestSuggest < 5000 ? '(under the 5 s target)' : '(OVER the 5 s target)'}`,
);
console.log(
  `suggest: one article median ${sorted[500]!.toFixed(2)} ms, 99th percentile ${sorted[990]!.toFixed(2)} ms, ` +
    `slowest ${sorted.at(-1)!.toFixed(2)} ms ` +
    `${sorted.at(-1)! < 20 ? '(under the 20 ms target)' : '(slowest OVER the 20 ms target)'}`,
);
