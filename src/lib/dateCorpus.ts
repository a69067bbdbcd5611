/**
 * The date evaluation corpus (test/dates-corpus/, format in its README): parse its lines and score
 * `suggestDates` on them, per rule, with false positives per 1,000 sentences. Pure: the caller reads files.
 */
import { splitSentences } from './sentences';
import { suggestDates, type Suggestion } from './suggest';

export interface CorpusCase {
  rule: string;
  line: number;
  published: string;
  text: string;
  marks: { start: number; end: number; expected: string }[];
}

export function parseCorpus(rule: string, content: string): { cases: CorpusCase[]; problems: string[] } {
  const cases: CorpusCase[] = [];
  const problems: string[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [published, marked, expected = ''] = line.split(' | ').map((p) => p.trim().replace(/ \|$/, ''));
    if (!published || !marked) return void problems.push(`${rule}:${i + 1}: expected "published | text | values"`);
    const values = expected
      .replace(/\|$/, '')
      .split(';')
      .map((v) => v.trim())
      .filter(Boolean);
    let text = '';
    const marks: CorpusCase['marks'] = [];
    const re = /\[\[(.+?)\]\]/g;
    let last = 0;
    for (const m of marked.matchAll(re)) {
      text += marked.slice(last, m.index);
      marks.push({ start: text.length, end: text.length + m[1]!.length, expected: values[marks.length] ?? '?' });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    if (values.length !== marks.length)
      problems.push(`${rule}:${i + 1}: ${marks.length} marks but ${values.length} expected values`);
    cases.push({ rule, line: i + 1, published, text, marks });
  });
  return { cases, problems };
}

/** How a suggestion reads in the corpus notation. */
export function notation(s: Suggestion | undefined, ambiguous: boolean): string {
  if (ambiguous) return 'ambiguous';
  if (!s) return '-';
  const d = s.date;
  switch (d.precision) {
    case 'day':
      return d.start === d.end ? d.start! : `${d.start}..${d.end}`;
    case 'span':
      return `${d.start}..${d.end}`;
    case 'week':
      return `week:${d.start}`;
    case 'month':
      return `month:${d.start!.slice(0, 7)}`;
    case 'year':
      return `year:${d.start!.slice(0, 4)}`;
    case 'before':
      return 'before';
    case 'after':
      return 'after';
  }
}

export interface RuleScore {
  rule: string;
  right: number;
  total: number;
  misses: string[];
}
export interface CorpusScore {
  rules: RuleScore[];
  right: number;
  total: number;
  sentences: number;
  falsePositives: string[];
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

export function scoreCorpus(cases: CorpusCase[]): CorpusScore {
  const byRule = new Map<string, RuleScore>();
  const falsePositives: string[] = [];
  let sentences = 0;
  for (const c of cases) {
    const score = byRule.get(c.rule) ?? { rule: c.rule, right: 0, total: 0, misses: [] };
    byRule.set(c.rule, score);
    sentences += splitSentences(c.text).length;
    const out = suggestDates(c.text, c.published);
    for (const mark of c.marks) {
      const s = out.find((x) => overlaps(mark, x.expressionStart, x.expressionEnd));
      const amb = out.ambiguous.some((x) => overlaps(mark, x.expressionStart, x.expressionEnd));
      const got = notation(s, amb && !s);
      score.total++;
      if (got === mark.expected) score.right++;
      else
        score.misses.push(
          `${c.rule}:${c.line} "${c.text.slice(mark.start, mark.end)}" (published ${c.published}): ` +
            `expected ${mark.expected}, got ${got}${s ? ` — ${s.date.basis}` : ''}`,
        );
    }
    for (const s of out) {
      if (!c.marks.some((m) => overlaps(m, s.expressionStart, s.expressionEnd))) {
        falsePositives.push(
          `${c.rule}:${c.line} "${s.date.expression}" proposed as ${notation(s, false)} in: ${s.quote}`,
        );
      }
    }
  }
  const rules = [...byRule.values()];
  return {
    rules,
    right: rules.reduce((n, r) => n + r.right, 0),
    total: rules.reduce((n, r) => n + r.total, 0),
    sentences,
    falsePositives,
  };
}
