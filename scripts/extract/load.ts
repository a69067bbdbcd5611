/**
 * Read the pipeline's inputs from a data folder, collecting every problem: unreadable or malformed
 * JSON, schema violations, missing or empty articles, a byte order mark, bytes that are not UTF-8,
 * articles that are links, folders or devices or lie outside data/articles/ (safeRead.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { slugId, type InputProblem } from '../../src/lib/schema.ts';
import {
  curatedEventSchema,
  curatedFileSchema,
  sourceRowSchema,
  sourcesFileSchema,
  zodProblems,
  type CuratedFile,
  type SourceRow,
} from '../../src/lib/extract/inputs.ts';
import type { LoadedSource } from '../../src/lib/extract/build.ts';
import { readArticleFile, readInputFile } from './safeRead.ts';

export const SOURCES_FILE = 'sources.json';
export const CURATED_FILE = 'events.curated.json';

export interface Loaded {
  curated: CuratedFile | undefined;
  sources: LoadedSource[];
  /** The exact bytes of each readable article, by source id: copied byte-for-byte to the output. */
  bytes: Map<string, Buffer>;
  /** Source ids whose row or article has a problem (already reported): events citing them are not checked further. */
  broken: Set<string>;
  /** False when sources.json itself could not be read as a list: events are then not checked against it. */
  sourcesOk: boolean;
  problems: InputProblem[];
}

function readJson(dataDir: string, name: string, problems: InputProblem[]): unknown {
  const path = join(dataDir, name);
  const read = readInputFile(path);
  if (!read) {
    problems.push({ file: name, field: '(file)', message: `missing: ${path}` });
    return undefined;
  }
  if (!read.ok) {
    problems.push({ file: name, field: '(file)', message: `${read.message}: ${path}` });
    return undefined;
  }
  const raw = read.bytes;
  const text = decodeUtf8(raw);
  if (text === undefined) {
    problems.push({ file: name, field: '(file)', message: 'not valid UTF-8' });
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const truncated = /end of (JSON )?input|Unterminated/i.test(msg) ? ': is the file truncated?' : '';
    problems.push({ file: name, field: '(file)', message: `malformed JSON (${msg}${truncated})` });
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(raw: Buffer): string | undefined {
  try {
    return utf8.decode(raw);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that is not valid UTF-8 (where the lenient decoder first substitutes U+FFFD). */
function firstBadByte(raw: Buffer): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(lenient.slice(0, at), 'utf8');
}

export function loadInputs(dataDir: string): Loaded {
  const problems: InputProblem[] = [];
  const sources: LoadedSource[] = [];
  const bytes = new Map<string, Buffer>();

  const rawSources = readJson(dataDir, SOURCES_FILE, problems);
  const broken = new Set<string>();
  let sourcesOk = false;
  if (rawSources !== undefined) {
    const list = sourcesFileSchema.safeParse(rawSources);
    if (!list.success) problems.push(...zodProblems(SOURCES_FILE, rawSources, list.error.issues));
    else {
      sourcesOk = true;
      // Row by row, so one bad row is reported as itself and does not hide the others.
      const seen = new Set<string>();
      (rawSources as unknown[]).forEach((raw, i) => {
        const parsed = sourceRowSchema.safeParse(raw);
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (!parsed.success) {
          problems.push(
            ...zodProblems(
              SOURCES_FILE,
              rawSources,
              parsed.error.issues.map((iss) => ({ ...iss, path: [i, ...iss.path] })),
            ),
          );
          if (typeof rawId !== 'string') return;
          broken.add(rawId);
          // A row with bad metadata (say, its publication day) still has an article whose quotes can be checked.
          const r = raw as Partial<Record<keyof SourceRow, unknown>>;
          if (
            slugId.safeParse(rawId).success &&
            typeof r.file === 'string' &&
            sourceRowSchema.shape.file.safeParse(r.file).success &&
            !seen.has(rawId)
          ) {
            seen.add(rawId);
            const text = readArticle(dataDir, r.file, rawId, problems, bytes);
            const row = { id: rawId, outlet: '', agency: '', headline: '', published: '', url: '', file: r.file };
            sources.push({ row, text, sha256: '' });
          }
          return;
        }
        const row = parsed.data;
        if (seen.has(row.id))
          problems.push({ file: SOURCES_FILE, id: row.id, field: 'id', message: `duplicate source id "${row.id}"` });
        seen.add(row.id);
        const text = readArticle(dataDir, row.file, row.id, problems, bytes);
        const rawBytes = bytes.get(row.id);
        if (text === undefined) broken.add(row.id);
        sources.push({ row, text, sha256: rawBytes ? createHash('sha256').update(rawBytes).digest('hex') : '' });
      });
    }
  }

  let curated: CuratedFile | undefined;
  const rawCurated = readJson(dataDir, CURATED_FILE, problems);
  if (rawCurated !== undefined) {
    const parsed = curatedFileSchema.safeParse(rawCurated);
    if (parsed.success) curated = parsed.data;
    else {
      problems.push(...zodProblems(CURATED_FILE, rawCurated, parsed.error.issues, 'events'));
      curated = salvage(rawCurated);
    }
  }
  return { curated, sources, bytes, problems, broken, sourcesOk };
}

function readArticle(
  dataDir: string,
  file: string,
  id: string,
  problems: InputProblem[],
  bytes: Map<string, Buffer>,
): string | undefined {
  const path = join(dataDir, file);
  const fail = (message: string) => {
    problems.push({ file, id, field: '(article)', message });
    return undefined;
  };
  const read = readArticleFile(dataDir, file);
  if (!read.ok) return fail('missing' in read ? `article file missing: ${path}` : `article ${read.message}: ${path}`);
  const raw = read.bytes;
  if (raw.length === 0) return fail('article file is empty');
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
    return fail(
      'article starts with a byte order mark (EF BB BF): save it as UTF-8 without BOM (offsets would be off by one)',
    );
  }
  const text = decodeUtf8(raw);
  if (text === undefined)
    return fail(`article is not valid UTF-8 (first bad byte at offset ${firstBadByte(raw)}): convert it to UTF-8`);
  if (text.trim() === '') return fail('article file holds only whitespace');
  bytes.set(id, raw);
  return text;
}

/**
 * The events of a curated file that failed validation which are themselves valid, so their quotes and
 * dates are still checked and reported in the same run (nothing is written while any problem remains).
 */
function salvage(raw: unknown): CuratedFile | undefined {
  const doc = raw as { events?: unknown; themes?: unknown } | null;
  if (!doc || !Array.isArray(doc.events)) return undefined;
  const events = doc.events.flatMap((e) => {
    const r = curatedEventSchema.safeParse(e);
    return r.success ? [r.data] : [];
  });
  // theme ids as written, so an event is not also blamed for a theme whose own entry is malformed
  const themes = (Array.isArray(doc.themes) ? doc.themes : []).flatMap((t) => {
    const id = (t as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [{ id, label: id, description: '' }] : [];
  });
  return events.length ? { title: 'salvaged', themes, events } : undefined;
}
