/**
 * `extract` and `extract --check`: inputs → validated event list → files (or a list of problems).
 * Problems with the output folder (a file where a folder should be, a folder that cannot be written)
 * are found before anything is written and listed with the problems of the inputs; a write that still
 * fails part-way is reported the same way, and leaves the published output as it was.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, type InputProblem } from '../../src/lib/schema.ts';
import { buildEventList, SOURCE_TEXT_PREFIX } from '../../src/lib/extract/build.ts';
import { describeFsError } from './fsErrors.ts';
import { CURATED_FILE, loadInputs } from './load.ts';
import { SOURCES_DIR } from './published.ts';
import { checkOutput, OutputError, writeOutput, type Output } from './write.ts';

export interface RunOptions {
  dataDir: string;
  outDir: string;
  check: boolean;
}

export type Plan =
  { ok: true; files: Output; events: number; sources: number } | { ok: false; problems: InputProblem[] };

/** Everything extract would write, computed in memory; nothing touches the output folder. */
export function plan(dataDir: string): Plan {
  const loaded = loadInputs(dataDir);
  if (!loaded.curated || !loaded.sourcesOk) return { ok: false, problems: loaded.problems };
  const built = buildEventList({
    curated: loaded.curated,
    curatedFile: CURATED_FILE,
    sources: loaded.sources,
    broken: loaded.broken,
  });
  const problems = [...loaded.problems, ...(built.ok ? [] : built.problems)];
  if (problems.length || !built.ok) return { ok: false, problems };
  const files: Output = new Map();
  files.set('events.json', Buffer.from(`${JSON.stringify(built.value, null, 2)}\n`, 'utf8'));
  // sources[].text is relative to public/, the output folder is public/data/
  for (const s of built.value.sources) {
    files.set(`${SOURCES_DIR}/${s.text.slice(SOURCE_TEXT_PREFIX.length)}`, loaded.bytes.get(s.id)!);
  }
  return { ok: true, files, events: built.value.events.length, sources: built.value.sources.length };
}

/** stat (links followed), or undefined where nothing is (also when a part of the path is a file). */
function entry(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const outputProblem = (file: string, message: string): InputProblem => ({ file, field: '(output)', message });

/** What is wrong with the output folder before anything is written (writable: also checked for writing). */
export function outputFolderProblems(outDir: string, writable: boolean): InputProblem[] {
  const st = entry(outDir);
  if (st && !st.isDirectory()) return [outputProblem(outDir, 'is a file, not a folder: give --out-dir a folder')];
  if (!writable) return [];
  const problems: InputProblem[] = [];
  // the folder, or the nearest folder above it that exists (where it would be created)
  let dir = outDir;
  while (!entry(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const probe = (path: string) => {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      problems.push(outputProblem(path, `cannot be written: ${describeFsError(e)}`));
    }
  };
  if (!entry(dir)?.isDirectory()) {
    problems.push(outputProblem(dir, 'is a file, not a folder: the output folder cannot be made'));
  } else probe(dir);
  const sources = join(outDir, SOURCES_DIR);
  const sst = entry(sources);
  if (sst && !sst.isDirectory()) problems.push(outputProblem(sources, 'is a file, not a folder'));
  else if (sst) probe(sources);
  return problems;
}

function report(problems: InputProblem[], where: string, tail: string): number {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`extract: ${problems.length} problem(s) ${where}; ${tail}`);
  return 1;
}

/** Returns the process exit code. */
export function runExtract(opts: RunOptions): number {
  const p = plan(opts.dataDir);
  const folder = outputFolderProblems(opts.outDir, !opts.check);
  if (!p.ok || folder.length) {
    return report([...(p.ok ? [] : p.problems), ...folder], `in ${opts.dataDir}`, `nothing written to ${opts.outDir}`);
  }
  if (opts.check) {
    const diffs = checkOutput(opts.outDir, p.files);
    if (diffs.length) {
      diffs.forEach((d) => console.error(`${opts.outDir}/${d}`));
      console.error(
        'extract --check: the output is not what extract would write: run `npm run extract` and commit public/data',
      );
      return 1;
    }
    console.log(`extract --check: ${opts.outDir} is up to date (${p.events} events, ${p.sources} sources)`);
    return 0;
  }
  let written;
  try {
    written = writeOutput(opts.outDir, p.files);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    const problem = outputProblem(e.path, `cannot ${e.doing}: ${e.reason}`);
    return report([problem], `writing ${opts.outDir}`, `the published output in ${opts.outDir} was left as it was`);
  }
  const summary = `${p.events} events and ${p.sources} sources to ${opts.outDir}`;
  if (written.notRemoved.length) {
    const problems = written.notRemoved.map((e) => outputProblem(e.path, `cannot ${e.doing}: ${e.reason}`));
    const tail = `published ${summary}, but leftovers remain: the next run removes them`;
    return report(problems, `cleaning ${opts.outDir}`, tail);
  }
  console.log(`extract: wrote ${summary}`);
  return 0;
}
