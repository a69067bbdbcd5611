/**
 * What `suggest` and `draft` propose against: the events of the data folder as the pipeline builds
 * them (resolved dates, located quotes). When the data has problems, the proposals are made against
 * what could be read and the problems are reported, so a broken curated file never blocks a suggestion.
 */
import { readFileSync } from 'node:fs';
import { buildEventList } from '../../src/lib/extract/build.ts';
import { formatProblem, type Theme, type TimelineEvent } from '../../src/lib/schema.ts';
import { CURATED_FILE, loadInputs } from './load.ts';

export interface Context {
  events: TimelineEvent[];
  themes: Theme[];
  /** Problems in the data folder (formatted), if any. */
  problems: string[];
}

export function loadContext(dataDir: string): Context {
  const loaded = loadInputs(dataDir);
  const themes = loaded.curated?.themes ?? [];
  if (!loaded.curated || !loaded.sourcesOk) return { events: [], themes, problems: loaded.problems.map(formatProblem) };
  const built = buildEventList({
    curated: loaded.curated,
    curatedFile: CURATED_FILE,
    sources: loaded.sources,
    broken: loaded.broken,
  });
  if (built.ok && !loaded.problems.length)
    return { events: built.value.events, themes: built.value.themes, problems: [] };
  const problems = [...loaded.problems, ...(built.ok ? [] : built.problems)].map(formatProblem);
  return { events: built.ok ? built.value.events : [], themes, problems };
}

/** An article file as text: UTF-8 without BOM, line breaks as in the file (offsets are into these bytes). */
export function readArticleFile(file: string): { text: string } | { error: string; code: number } {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    return { error: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`, code: 1 };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return { error: `${file} is not valid UTF-8`, code: 1 };
  }
  if (text.startsWith('\uFEFF'))
    return { error: `${file} starts with a byte order mark: save it as UTF-8 without BOM`, code: 1 };
  if (!text.trim()) return { error: `${file} is empty`, code: 1 };
  return { text };
}
