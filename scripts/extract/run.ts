/**
 * `extract` and `extract --check`: inputs → validated event list → files (or a list of problems).
 */
import { formatProblem, type InputProblem } from '../../src/lib/schema.ts';
import { buildEventList } from '../../src/lib/extract/build.ts';
import { CURATED_FILE, loadInputs } from './load.ts';
import { checkOutput, writeOutput, type Output } from './write.ts';

export interface RunOptions {
  dataDir: string;
  outDir: string;
  check: boolean;
}

export type Plan = { ok: true; files: Output; events: number; sources: number } | { ok: false; problems: InputProblem[] };

/** Everything extract would write, computed in memory; nothing touches the output folder. */
export function plan(dataDir: string): Plan {
  const loaded = loadInputs(dataDir);
  if (!loaded.curated || !loaded.sourcesOk) return { ok: false, problems: loaded.problems };
  const built = buildEventList({ curated: loaded.curated, curatedFile: CURATED_FILE, sources: loaded.sources, broken: loaded.broken });
  const problems = [...loaded.problems, ...(built.ok ? [] : built.problems)];
  if (problems.length || !built.ok) return { ok: false, problems };
  const files: Output = new Map();
  files.set('events.json', Buffer.from(`${JSON.stringify(built.value, null, 2)}\n`, 'utf8'));
  for (const s of built.value.sources) files.set(`sources/${s.id}.txt`, loaded.bytes.get(s.id)!);
  return { ok: true, files, events: built.value.events.length, sources: built.value.sources.length };
}

/** Returns the process exit code. */
export function runExtract(opts: RunOptions): number {
  const p = plan(opts.dataDir);
  if (!p.ok) {
    for (const problem of p.problems) console.error(formatProblem(problem));
    console.error(`extract: ${p.problems.length} problem(s) in ${opts.dataDir}; nothing written to ${opts.outDir}`);
    return 1;
  }
  if (opts.check) {
    const diffs = checkOutput(opts.outDir, p.files);
    if (diffs.length) {
      diffs.forEach((d) => console.error(`${opts.outDir}/${d}`));
      console.error('extract --check: the output is not what extract would write: run `npm run extract` and commit public/data');
      return 1;
    }
    console.log(`extract --check: ${opts.outDir} is up to date (${p.events} events, ${p.sources} sources)`);
    return 0;
  }
  writeOutput(opts.outDir, p.files);
  console.log(`extract: wrote ${p.events} events and ${p.sources} sources to ${opts.outDir}`);
  return 0;
}
