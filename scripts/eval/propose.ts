/**
 * `npm run eval:propose`: the proposer on the three seed articles, each as if new (proposed against
 * the other articles' events only), scored against the curated events: recall of their dates, proposals
 * an analyst could accept unchanged, false proposals per article, and the time each took.
 * `--json` prints the figures as JSON; `--speed` also times a 5 kB article (median of 5) and a 200 kB one.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { EventList } from '../../src/lib/schema.ts';
import { contextWithout, scoreArticle, type ArticleScore } from '../../src/lib/propose/evaluate.ts';
import { proposeEvents } from '../../src/lib/propose/propose.ts';
import { plan } from '../extract/run.ts';

const built = plan('data');
if (!built.ok) {
  console.error('eval:propose: the data has problems; run npm run extract first');
  process.exit(1);
}
const doc = JSON.parse(built.files.get('events.json')!.toString('utf8')) as EventList;
const scores: (ArticleScore & { ms: number })[] = [];
proposeEvents(
  { id: 'warm-up', text: 'Warm up on Friday, officials said.', published: '2020-01-03' },
  { events: [], themes: doc.themes },
);
for (const s of doc.sources) {
  const text = readFileSync(`data/articles/${s.id}.txt`, 'utf8');
  const ctx = { events: contextWithout(doc, s.id), themes: doc.themes };
  const t0 = performance.now();
  const proposals = proposeEvents({ id: s.id, text, published: s.published }, ctx);
  const ms = performance.now() - t0;
  scores.push({ ...scoreArticle(doc, s.id, proposals), ms });
}

if (process.argv.includes('--json')) console.log(JSON.stringify(scores, null, 2));
else {
  const total = (f: (s: ArticleScore) => number) => scores.reduce((sum, s) => sum + f(s), 0);
  console.log('article                     events recalled proposals unchanged false   ms');
  for (const s of scores) {
    const row = [
      s.source.padEnd(27),
      String(s.events).padStart(6),
      String(s.recalled.length).padStart(8),
      String(s.proposals).padStart(9),
    ];
    console.log(
      [
        ...row,
        String(s.unchanged).padStart(9),
        String(s.falseProposals.length).padStart(5),
        s.ms.toFixed(0).padStart(4),
      ].join(' '),
    );
    for (const id of s.missed) console.log(`  missed: ${id}`);
    for (const f of s.falseProposals) console.log(`  false: ${f.title} — ${f.quote.slice(0, 80)}`);
    for (const [k, id] of Object.entries(s.corroborations)) console.log(`  more evidence: ${k} → ${id}`);
  }
  const recall = total((s) => s.recalled.length) / total((s) => s.events);
  console.log(
    `recall of curated dates: ${total((s) => s.recalled.length)}/${total((s) => s.events)} ` +
      `(${(100 * recall).toFixed(0)}%)`,
  );
  const th = (f: (t: ArticleScore['themes']) => number) => total((s) => f(s.themes));
  const precision = th((t) => t.right) / (th((t) => t.suggested) || 1);
  const themeRecall = th((t) => t.found) / (th((t) => t.expected) || 1);
  console.log(
    `themes on matching proposals: precision ${(100 * precision).toFixed(0)}%, ` +
      `recall ${(100 * themeRecall).toFixed(0)}%`,
  );
  console.log(
    `unchanged: ${total((s) => s.unchanged)} of ${total((s) => s.proposals)} proposals; ` +
      `false: ${total((s) => s.falseProposals.length)}`,
  );
}

if (process.argv.includes('--speed')) {
  const text = readFileSync('data/articles/devdiscourse-2020-07-24.txt', 'utf8');
  const ctx = { events: doc.events, themes: doc.themes };
  const time = (t: string) => {
    const t0 = performance.now();
    proposeEvents({ id: 'speed', text: t, published: '2020-07-24' }, ctx);
    return performance.now() - t0;
  };
  const runs = Array.from({ length: 5 }, () => time(text)).toSorted((a, b) => a - b);
  const big = Array.from({ length: Math.ceil(200_000 / text.length) }, () => text).join('\n\n');
  const bigMs = time(big);
  console.log(
    `speed: ${(text.length / 1000).toFixed(1)} kB median of 5 ${runs[2]!.toFixed(0)} ms; ` +
      `${(big.length / 1000).toFixed(0)} kB ${bigMs.toFixed(0)} ms ` +
      `(load average ${loadavg()[0]!.toFixed(1)} on this machine)`,
  );
}
