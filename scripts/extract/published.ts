/**
 * What is published in an output folder, and what is left over. The published state is events.json
 * and the article texts its sources[].text paths name (sources/<id>.<sha256 start>.txt); anything
 * else the pipeline owns — its temporary files (.extract-*) and texts no published events.json
 * refers to (an older generation, or a run that was interrupted) — is a leftover. Files that are
 * neither (say, public/data/README) are not the pipeline's and are never touched.
 * Used by the write (before and after it), by --check, and by the Vite build (no leftovers in dist/).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_TEXT_PREFIX } from '../../src/lib/extract/paths.ts';

export const EVENTS_FILE = 'events.json';
export const SOURCES_DIR = 'sources';
/** Every temporary name the pipeline uses starts with this (also the folders of older versions). */
export const TEMP_PREFIX = '.extract-';

/**
 * The file names in sources/ that the published events.json refers to; an empty set when there is
 * no events.json; undefined when it cannot be read as an event list (then no text counts as left over).
 */
export function publishedTexts(outDir: string): Set<string> | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(join(outDir, EVENTS_FILE), 'utf8'));
  } catch (e) {
    return (e as { code?: string }).code === 'ENOENT' ? new Set() : undefined;
  }
  const sources = (doc as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return undefined;
  const names = new Set<string>();
  for (const s of sources) {
    const text = (s as { text?: unknown } | null)?.text;
    if (typeof text !== 'string' || !text.startsWith(SOURCE_TEXT_PREFIX)) continue;
    names.add(text.slice(SOURCE_TEXT_PREFIX.length));
  }
  return names;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).toSorted();
  } catch {
    return [];
  }
}

function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Leftovers in an output folder, relative to it: `.extract-…`, `sources/.extract-…`, `sources/<unreferenced>`. */
export function findLeftovers(outDir: string): string[] {
  const found = list(outDir).filter((name) => name.startsWith(TEMP_PREFIX));
  const sourcesDir = join(outDir, SOURCES_DIR);
  if (!isDir(sourcesDir)) return found;
  const referenced = publishedTexts(outDir);
  for (const name of list(sourcesDir)) {
    const rel = `${SOURCES_DIR}/${name}`;
    if (name.startsWith(TEMP_PREFIX)) found.push(rel);
    else if (referenced && !referenced.has(name)) found.push(rel);
  }
  return found;
}
