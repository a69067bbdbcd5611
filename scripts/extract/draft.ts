/**
 * `extract draft <article.txt> --published YYYY-MM-DD [--outlet … --url … --headline … --agency …]`:
 * the proposer's events written as draft entries for a person to edit — the article copied to
 * data/articles/<id>.txt, a row appended to data/sources.json, the new events appended to
 * data/events.curated.json, and each corroborating quote added to the event it corroborates.
 * Atomic and never clobbering: every file is written beside itself and renamed into place only when
 * all are written; nothing is overwritten that changed since it was read; an article already in the
 * data is refused. Says what it wrote and what is left to fill in.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRealDay } from '../../src/lib/schema.ts';
import type { CuratedEvent } from '../../src/lib/extract/inputs.ts';
import { articleId, proposalToEvent, proposeEvents, type Proposal } from '../../src/lib/propose/propose.ts';
import { toCuratedEvent } from '../../src/lib/propose/curated.ts';
import { CURATED_FILE, SOURCES_FILE } from './load.ts';
import { loadContext, readArticleFile } from './context.ts';

export interface DraftOptions {
  dataDir: string;
  published: string;
  outlet?: string;
  url?: string;
  headline?: string;
  agency?: string;
}

type Row = Record<string, unknown> & { id?: unknown; file?: unknown };
type Curated = { events: CuratedEvent[] } & Record<string, unknown>;

const fail = (msg: string, code = 1) => (console.error(`draft: ${msg}`), code);

export function runDraft(file: string, opts: DraftOptions): number {
  if (!isRealDay(opts.published))
    return fail(`--published "${opts.published}" is not a real calendar day written YYYY-MM-DD`, 2);
  if (opts.url !== undefined && !/^https?:\/\/[^\s]+$/.test(opts.url))
    return fail(`--url "${opts.url}" is not an http(s) address`, 2);
  const read = readArticleFile(file);
  if ('error' in read) return fail(read.error);
  const text = read.text;
  const sourcesPath = join(opts.dataDir, SOURCES_FILE);
  const curatedPath = join(opts.dataDir, CURATED_FILE);
  const before = { sources: snapshot(sourcesPath), curated: snapshot(curatedPath) };
  if (before.sources === undefined || before.curated === undefined)
    return fail(`${opts.dataDir} needs ${SOURCES_FILE} and ${CURATED_FILE}`);
  let rows: Row[];
  let curated: Curated;
  try {
    rows = JSON.parse(before.sources) as Row[];
    curated = JSON.parse(before.curated) as Curated;
    if (!Array.isArray(rows) || !Array.isArray(curated.events)) throw new Error('unexpected shape');
  } catch (e) {
    return fail(
      `cannot read the data to add to (${e instanceof Error ? e.message : String(e)}): ` +
        'fix it first (npm run extract -- --check)',
    );
  }
  const same = sameArticle(opts.dataDir, rows, text);
  if (same) return fail(`this article is already in the data as ${same}: nothing written`);

  const outlet = opts.outlet?.trim() || (opts.url ? new URL(opts.url).hostname.replace(/^www\./, '') : '');
  const id = articleId(outlet || 'article', opts.published, [
    ...rows.map((r) => String(r.id)),
    ...existingArticleIds(opts.dataDir),
  ]);
  const ctx = loadContext(opts.dataDir);
  if (ctx.problems.length)
    console.error(`draft: ${ctx.problems.length} problem(s) in ${opts.dataDir}; corroboration uses what could be read`);
  const proposals = proposeEvents(
    { id, text, published: opts.published, outlet, url: opts.url },
    { events: ctx.events, themes: ctx.themes },
  );

  const fallbackTheme = curated.events[0]?.themes[0] ?? ctx.themes[0]?.id ?? 'theme';
  const usedIds = new Set(curated.events.map((e) => e.id));
  const added: CuratedEvent[] = [];
  const corroborated: string[] = [];
  const themeless: string[] = [];
  const dayOf = new Map<string, string>();
  const texts = { [id]: text };
  for (const p of proposals) {
    const target = p.corroborates && curated.events.find((e) => e.id === p.corroborates!.eventId);
    if (target) {
      if (!target.evidence.some((e) => e.source === id && e.quote === p.quote.text))
        target.evidence.push(...evidenceOf(p, id, texts));
      corroborated.push(`${target.id} (+ ${p.key})`);
      continue;
    }
    const themes = p.themes.length ? p.themes.map((t) => t.id) : [fallbackTheme];
    const event = proposalToEvent(p, id, { themes, existingIds: usedIds });
    usedIds.add(event.id);
    if (!p.themes.length) themeless.push(event.id);
    const sameDayAs = /date\.sameDayAs/.test(p.date.basis) && p.date.start ? dayOf.get(p.date.start) : undefined;
    if (p.date.precision === 'day' && p.date.start && !dayOf.has(p.date.start)) dayOf.set(p.date.start, event.id);
    added.push(toCuratedEvent(event, texts, { undated: p.undated, sameDayAs, dateSource: id }));
  }

  const row = {
    id,
    outlet,
    agency: opts.agency ?? '',
    headline: opts.headline?.trim() || firstLine(text),
    published: opts.published,
    url: opts.url ?? '',
    file: `articles/${id}.txt`,
  };
  const articlePath = join(opts.dataDir, row.file);
  const writes: [string, string | undefined, string][] = [
    [articlePath, undefined, text],
    [sourcesPath, before.sources, `${JSON.stringify([...rows, row], null, 2)}\n`],
    [
      curatedPath,
      before.curated,
      `${JSON.stringify({ ...curated, events: [...curated.events, ...added] }, null, 2)}\n`,
    ],
  ];
  mkdirSync(dirname(articlePath), { recursive: true });
  const problem = writeAll(writes);
  if (problem) return fail(`${problem}: nothing written`);

  console.log(`draft: wrote ${articlePath} (the article, byte-for-byte)`);
  console.log(`draft: added source ${id} to ${sourcesPath}`);
  console.log(
    `draft: added ${added.length} draft event(s) to ${curatedPath}: ${added.map((e) => e.id).join(', ') || 'none'}`,
  );
  if (corroborated.length)
    console.log(`draft: added evidence to ${corroborated.length} existing event(s): ${corroborated.join(', ')}`);
  const todo = [
    !outlet && 'outlet',
    !opts.url && 'url',
    !opts.headline && 'headline (taken from the first line)',
  ].filter(Boolean);
  if (todo.length) console.log(`draft: fill in ${todo.join(', ')} in ${sourcesPath}`);
  if (themeless.length) console.log(`draft: no theme suggested for ${themeless.join(', ')}: set their themes`);
  console.log(
    'draft: edit titles and summaries (the summary is the title until you write one), then run npm run extract',
  );
  return 0;
}

function evidenceOf(p: Proposal, id: string, texts: Record<string, string>): CuratedEvent['evidence'] {
  return toCuratedEvent(proposalToEvent(p, id, { themes: ['x'] }), texts).evidence;
}

function snapshot(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const firstLine = (text: string) => text.trim().split('\n')[0]!.trim().slice(0, 200);
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function existingArticleIds(dataDir: string): string[] {
  const dir = join(dataDir, 'articles');
  return existsSync(dir) ? readdirSync(dir).map((f) => f.replace(/\.txt$/, '')) : [];
}

/** The id of a source whose article has exactly these bytes. */
function sameArticle(dataDir: string, rows: Row[], text: string): string | undefined {
  const want = sha(Buffer.from(text, 'utf8'));
  for (const r of rows) {
    const path = typeof r.file === 'string' ? join(dataDir, r.file) : '';
    if (path && existsSync(path) && statSync(path).isFile() && sha(readFileSync(path)) === want) return String(r.id);
  }
  return undefined;
}

/**
 * Write each file beside itself, check nothing changed since it was read (and that a new file is still
 * absent), then rename all into place. On any problem the temporary files are removed and nothing changes.
 */
function writeAll(writes: [path: string, expected: string | undefined, content: string][]): string | undefined {
  const stamp = `${process.pid}-${Date.now()}`;
  const temps: string[] = [];
  try {
    for (const [path, , content] of writes) {
      const tmp = `${path}.draft-${stamp}`;
      writeFileSync(tmp, content, { flag: 'wx' });
      temps.push(tmp);
    }
    for (const [path, expected] of writes) {
      const now = snapshot(path);
      if (expected === undefined && now !== undefined) return `${path} already exists`;
      if (expected !== undefined && now !== expected) return `${path} changed while the draft was made`;
    }
    writes.forEach(([path], i) => renameSync(temps[i]!, path));
    temps.length = 0;
    return undefined;
  } catch (e) {
    return `cannot write (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    for (const t of temps) rmSync(t, { force: true });
  }
}
