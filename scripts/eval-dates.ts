/**
 * `npm run eval:dates`: score the date resolver on the evaluation corpus (test/dates-corpus/*.txt):
 * accuracy per rule and overall, and false positives per 1,000 sentences. Exit code 1 on any miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, scoreCorpus, type CorpusCase } from '../src/lib/dateCorpus.ts';

const dir = join(import.meta.dirname, '..', 'test', 'dates-corpus');
const cases: CorpusCase[] = [];
const problems: string[] = [];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .toSorted()) {
  const r = parseCorpus(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'));
  cases.push(...r.cases);
  problems.push(...r.problems);
}
const t0 = performance.now();
const score = scoreCorpus(cases);
const ms = performance.now() - t0;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
console.log('rule                 right / total   accuracy');
for (const r of score.rules)
  console.log(
    `${r.rule.padEnd(20)} ${String(r.right).padStart(5)} / ${String(r.total).padEnd(5)}   ${pct(r.right, r.total)}%`,
  );
console.log(
  `${'overall'.padEnd(20)} ${String(score.right).padStart(5)} / ${String(score.total).padEnd(5)}   ` +
    `${pct(score.right, score.total)}%`,
);
const fp = score.falsePositives.length;
console.log(
  `false positives: ${fp} in ${score.sentences} sentences = ` +
    `${((1000 * fp) / score.sentences).toFixed(1)} per 1,000 sentences`,
);
console.log(`(${cases.length} cases scored in ${ms.toFixed(0)} ms)`);
for (const p of problems) console.log(`corpus problem: ${p}`);
for (const r of score.rules) for (const m of r.misses) console.log(`miss ${m}`);
for (const f of score.falsePositives) console.log(`false positive ${f}`);
process.exitCode = problems.length || score.right < score.total || fp ? 1 : 0;
