/**
 * "Import my articles" (issue 16): read a .zip written by "Export my articles" (or a data/ folder
 * zipped by hand) back into records for this browser. Everything is checked first — the zip, the
 * JSON, every row and event with the pipeline's schemas, every quote and date by the pipeline's own
 * build — and every problem is listed; records are returned only when there are none. Pure.
 */
import { unzipSync } from 'fflate';
import type { EventList, InputProblem } from '../schema';
import {
  curatedFileSchema,
  sourceRowSchema,
  sourcesFileSchema,
  zodProblems,
  type CuratedFile,
  type SourceRow,
} from '../extract/inputs';
import { buildEventList, type LoadedSource } from '../extract/build';
import { sha256Hex } from '../digest';
import { RECORD_VERSION, type ArticleRecord, type EvidenceRecord, type EventRecord } from './records';
import type { AddedRecords } from './build';

export interface ImportResult {
  ok: boolean;
  problems: InputProblem[];
  records: AddedRecords;
  /** What was skipped on purpose (articles already here), for the report. */
  notes: string[];
}

const EMPTY: AddedRecords = { articles: [], events: [], evidence: [] };
const fail = (problems: InputProblem[]): ImportResult => ({ ok: false, problems, records: EMPTY, notes: [] });

function unzip(bytes: Uint8Array, name: string): { files: Record<string, Uint8Array> } | { problem: InputProblem } {
  try {
    const raw = unzipSync(bytes);
    // A zip of the data folder itself (data/sources.json ...) reads the same.
    const prefix = Object.keys(raw).some((p) => p === 'sources.json')
      ? ''
      : (Object.keys(raw)
          .find((p) => p.endsWith('/sources.json'))
          ?.slice(0, -'sources.json'.length) ?? '');
    return {
      files: Object.fromEntries(
        Object.entries(raw)
          .filter(([p]) => p.startsWith(prefix))
          .map(([p, b]) => [p.slice(prefix.length), b]),
      ),
    };
  } catch (e) {
    return {
      problem: {
        file: name,
        field: '(file)',
        message: `not a .zip file that can be read (${e instanceof Error ? e.message : String(e)})`,
      },
    };
  }
}

function readJson(files: Record<string, Uint8Array>, path: string, problems: InputProblem[]): unknown {
  const b = files[path];
  if (!b) {
    problems.push({ file: path, field: '(file)', message: 'missing from the .zip' });
    return undefined;
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b)) as unknown;
  } catch (e) {
    problems.push({
      file: path,
      field: '(document)',
      message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    });
    return undefined;
  }
}

export interface ImportContext {
  /** The list as shown now (loaded + added). */
  list: EventList;
  /** Articles already kept in this browser. */
  known: readonly ArticleRecord[];
  now: string;
}

export async function importZip(bytes: Uint8Array, name: string, ctx: ImportContext): Promise<ImportResult> {
  const unzipped = unzip(bytes, name);
  if ('problem' in unzipped) return fail([unzipped.problem]);
  const entries = unzipped.files;
  const problems: InputProblem[] = [];
  const rowsRaw = readJson(entries, 'sources.json', problems);
  const curatedRaw = readJson(entries, 'events.curated.json', problems);
  if (problems.length) return fail(problems);
  const shape = sourcesFileSchema.safeParse(rowsRaw);
  if (!shape.success) problems.push(...zodProblems('sources.json', rowsRaw, shape.error.issues));
  const rows: SourceRow[] = [];
  (Array.isArray(rowsRaw) ? rowsRaw : []).forEach((row, i) => {
    const r = sourceRowSchema.safeParse(row);
    if (r.success) rows.push(r.data);
    else
      problems.push(
        ...zodProblems(
          'sources.json',
          rowsRaw,
          r.error.issues.map((x) => ({ ...x, path: [i, ...x.path] })),
        ),
      );
  });
  const cur = curatedFileSchema.safeParse(curatedRaw);
  if (!cur.success) problems.push(...zodProblems('events.curated.json', curatedRaw, cur.error.issues, 'events'));
  const sources: LoadedSource[] = [];
  for (const row of rows) {
    const b = entries[row.file];
    if (!b) {
      problems.push({ file: row.file, id: row.id, field: '(article)', message: 'article file missing from the .zip' });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      problems.push({ file: row.file, id: row.id, field: '(article)', message: 'not UTF-8 text' });
      continue;
    }
    if (!text) problems.push({ file: row.file, id: row.id, field: '(article)', message: 'article file is empty' });
    const sha256 = (await sha256Hex(new Uint8Array(b))) ?? '';
    sources.push({ row, text, sha256 });
  }
  if (problems.length || !cur.success) return fail(problems);
  const built = buildEventList({ curated: cur.data, curatedFile: 'events.curated.json', sources });
  if (!built.ok) return fail(built.problems);
  return toRecords(cur.data, sources, ctx);
}

function toRecords(curated: CuratedFile, sources: LoadedSource[], ctx: ImportContext): ImportResult {
  const problems: InputProblem[] = [];
  const notes: string[] = [];
  const loaded = new Map(ctx.list.sources.map((s) => [s.id, s]));
  const knownById = new Map(ctx.known.map((a) => [a.id, a]));
  const articles: ArticleRecord[] = [];
  const skipped = new Set<string>();
  for (const s of sources) {
    const here =
      knownById.get(s.row.id) ?? (loaded.has(s.row.id) ? { sha256: loaded.get(s.row.id)!.sha256 } : undefined);
    if (here) {
      if (here.sha256 === s.sha256) skipped.add(s.row.id);
      else
        problems.push({
          file: s.row.file,
          id: s.row.id,
          field: 'id',
          message: `an article “${s.row.id}” with a different text is already here: rename one of them`,
        });
      continue;
    }
    const dup = ctx.known.find((a) => a.sha256 === s.sha256);
    if (dup) {
      problems.push({
        file: s.row.file,
        id: s.row.id,
        field: '(article)',
        message: `the same text is already here as ${dup.id}`,
      });
      continue;
    }
    articles.push({ v: RECORD_VERSION, ...s.row, text: s.text!, sha256: s.sha256, addedAt: ctx.now });
  }
  if (skipped.size) notes.push(`Already here, left as they are: ${[...skipped].join(', ')}.`);
  const mine = new Set(articles.map((a) => a.id));
  const events: EventRecord[] = [];
  const evidence: EvidenceRecord[] = [];
  const existing = new Set(ctx.list.events.map((e) => e.id));
  for (const ev of curated.events) {
    const own = ev.evidence.filter((q) => mine.has(q.source));
    if (own.length === 0) continue; // entirely from articles already here
    if (existing.has(ev.id)) {
      // More evidence for an event already shown: only the quotes from the new articles.
      own.forEach((q, i) =>
        evidence.push({
          v: RECORD_VERSION,
          id: `${ev.id}|${q.source}|${i}`,
          eventId: ev.id,
          articleId: q.source,
          addedAt: ctx.now,
          evidence: q,
        }),
      );
      continue;
    }
    const articleId = ev.date.source && mine.has(ev.date.source) ? ev.date.source : own[0]!.source;
    const foreign = ev.evidence.filter((q) => !mine.has(q.source));
    if (foreign.length || ev.date.sameDayAs) {
      problems.push({
        file: 'events.curated.json',
        id: ev.id,
        field: foreign.length ? 'evidence' : 'date.sameDayAs',
        message: 'an event added in the browser must be dated and quoted from its own article only',
      });
      continue;
    }
    events.push({ v: RECORD_VERSION, id: ev.id, articleId, addedAt: ctx.now, event: ev });
  }
  if (problems.length) return fail(problems);
  return { ok: true, problems: [], records: { articles, events, evidence }, notes };
}
