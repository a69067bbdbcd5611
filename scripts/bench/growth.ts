/**
 * `npm run bench:growth` (and part of `npm run bench`): how the hot pure steps grow with their input, in CPU time
 * (scripts/bench/cpuGrowth.ts). These checks were in the unit tests; they are timing, and timing belongs in the
 * benchmark: a unit test that fails when the machine is busy is not testing the code. Each step runs on a quarter of
 * its input and on all of it and must grow about linearly (an accidental O(n²) grows 16× for 4×), and summarising
 * 10,000 events must cost well under drawing them. Exits 1 when a check fails.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateEventList } from '../../src/lib/generate/generate';
import { computeVisible } from '../../src/lib/visible';
import { buildSearchIndex, searchEvents } from '../../src/lib/search';
import { densityItems } from '../../src/lib/density';
import { buildItems } from '../../src/lib/timelineItems';
import { KNOWN_THEME_IDS } from '../../src/lib/themeColor';
import { sortByDate } from '../../src/lib/eventOrder';
import { locateQuote } from '../../src/lib/quotes';
import { proposeEvents } from '../../src/lib/propose/propose';
import { EVENTS, THEMES } from '../../src/lib/propose/testEvents';
import { growth, share, type Growth } from './cpuGrowth';

type Period = { from: string | null; to: string | null };
const noPeriod: Period = { from: null, to: null };
const opts = { themeIds: KNOWN_THEME_IDS, swimlanes: false, terms: [] as string[] };

async function listChecks(): Promise<Growth[]> {
  const { list } = await generateEventList({ count: 10_000, seed: 99 });
  const all = list.events;
  const quarter = all.slice(0, 2_500);
  const visible = (events: typeof all, hiddenThemes: string[], hits: Set<string> | null, period: Period = noPeriod) =>
    computeVisible({ events, hiddenThemes, hits, period });
  visible(all, [], null); // sorts once, as the first render does
  visible(quarter, [], null);
  const period = { from: '2015-01-01', to: '2016-12-31' };
  const index = buildSearchIndex(list);
  const quarterIndex = buildSearchIndex({ ...list, events: quarter });
  const hits = new Set(searchEvents(index, 'heron drones')?.ids ?? []);
  const quarterHits = new Set(searchEvents(quarterIndex, 'heron drones')?.ids ?? []);
  const sorted = sortByDate(all);
  const sortedQuarter = sorted.slice(0, 2_500);
  const window = { start: 0, end: Date.now() };
  densityItems(sorted, window, opts); // anchors computed once, as after the first draw
  const lanes = { ...opts, swimlanes: true };
  return [
    growth(
      'a theme toggle over 10,000 events',
      () => visible(quarter, ['covid'], null),
      () => visible(all, ['covid'], null),
      4,
    ),
    growth(
      'a period',
      () => visible(quarter, [], null, period),
      () => visible(all, [], null, period),
      4,
    ),
    growth(
      'a search, once indexed',
      () => searchEvents(quarterIndex, 'heron drones'),
      () => searchEvents(index, 'heron drones'),
      4,
    ),
    growth(
      'the visible search hits',
      () => visible(quarter, [], quarterHits),
      () => visible(all, [], hits),
      4,
    ),
    growth(
      'the items the timeline is fed (swimlanes)',
      () => densityItems(sortedQuarter, null, lanes),
      () => densityItems(sorted, null, lanes),
      4,
    ),
    growth(
      'summarising events for a keystroke',
      () => densityItems(sortedQuarter, window, opts),
      () => densityItems(sorted, window, opts),
      4,
    ),
    // about a fifth today; a per-event cost near buildItems' (labels, Date objects) fails
    share(
      'summarising 10,000 events against drawing them all',
      () => densityItems(sorted, window, opts),
      () => buildItems(sorted, opts),
      0.5,
    ),
  ];
}

/** Locate a quote and a misspelt copy of it (the closest-match search) in `text`. */
const findBoth = (text: string, q: string, typo: string) => () => [locateQuote(text, q), locateQuote(text, typo)];

function textChecks(): Growth[] {
  const para = 'The ministers met and discussed cooperation in research and procurement. ';
  const article = (bytes: number, closing: string) => para.repeat(Math.ceil(bytes / para.length)) + closing;
  const closing = 'A unique closing sentence.';
  const long = `${'Closing words of a much longer unique final paragraph. '.repeat(8)}End.`;
  const withLong = article(5_000_000, long);
  const intake = readFileSync(new URL('../../e2e/fixtures/intake/article.txt', import.meta.url), 'utf8');
  const articleOf = (n: number) => Array.from({ length: n }, () => intake).join('\n\n');
  const [ten, forty] = [articleOf(10), articleOf(40)];
  const published = '2023-03-10';
  const propose = (text: string) => () =>
    proposeEvents({ id: 'g', text, published }, { events: EVENTS, themes: THEMES });
  return [
    growth(
      'locating a quote in a 5 MB article',
      findBoth(article(1_250_000, closing), closing, 'A unique closing sentense.'),
      findBoth(article(5_000_000, closing), closing, 'A unique closing sentense.'),
      4,
    ),
    // a 16× longer quote costs far less than 16× (an O(n·m) search grows with the quote's length)
    growth(
      'locating a 16× longer quote',
      findBoth(withLong, long.slice(-26), `${long.slice(-26, -4)}Xnd.`),
      findBoth(withLong, long.slice(-416), `${long.slice(-416, -4)}Xnd.`),
      16,
      6,
    ),
    growth('proposing events from an article', propose(ten), propose(forty), 4),
  ];
}

export async function runGrowth(): Promise<Growth[]> {
  return [...(await listChecks()), ...textChecks()];
}

export function growthTable(results: readonly Growth[]): string {
  const rows = results.map(
    (g) =>
      `| ${g.name} | ${g.small.toFixed(2)} | ${g.large.toFixed(2)} | ${g.ratio.toFixed(1)}× | < ${g.bound}× | ` +
      `${g.ok ? 'met' : '**missed**'} |`,
  );
  return [
    '| step | CPU ms, less | CPU ms, more | ratio | bound | |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runGrowth();
  console.log(growthTable(results));
  const missed = results.filter((g) => !g.ok);
  if (missed.length) {
    console.log(`\n${missed.length} growth check(s) missed: ${missed.map((g) => g.name).join('; ')}`);
    process.exit(1);
  }
}
