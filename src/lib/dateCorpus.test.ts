/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreCorpus, type CorpusCase } from './dateCorpus';

const dir = 'test/dates-corpus';
const cases: CorpusCase[] = [];
const problems: string[] = [];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .toSorted()) {
  const r = parseCorpus(f.replace(/\.txt$/, ''), readFileSync(`${dir}/${f}`, 'utf8'));
  cases.push(...r.cases);
  problems.push(...r.problems);
}

describe('the date evaluation corpus (test/dates-corpus)', () => {
  const score = scoreCorpus(cases);

  it('is well formed and holds at least 300 expressions over every rule', () => {
    expect(problems).toEqual([]);
    expect(score.total).toBeGreaterThanOrEqual(300);
    expect(score.rules.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        '1-tense',
        '2-explicit',
        '3-range',
        '4-anaphora',
        '5-part',
        '6-vague-future',
        '7-not-dates',
      ]),
    );
  });

  it('is resolved 100% right', () => {
    expect(score.rules.flatMap((r) => r.misses)).toEqual([]);
  });

  it('has no false positives', () => {
    expect(score.falsePositives).toEqual([]);
  });

  it('can fail: a wrong expectation is a miss, an unmarked date a false positive', () => {
    const bad = parseCorpus(
      'x',
      '2023-06-05 | They met [[on Tuesday]]. | 2023-06-06\n2023-06-05 | They met on Tuesday. |',
    ).cases;
    const s = scoreCorpus(bad);
    expect(s.right).toBe(0);
    expect(s.falsePositives).toHaveLength(1);
  });
});
