/**
 * Write the pipeline's output atomically and check it. The output is a set of files relative to the
 * output folder (events.json, sources/<id>.txt). Everything is first written to a temporary folder
 * beside it; only when all of it is written are the old files swapped for the new by renames.
 * The pipeline owns events.json and sources/ only: other files in the output folder are left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Output = Map<string, Buffer>;

const OWNED = ['events.json', 'sources'];

export function writeOutput(outDir: string, files: Output): void {
  mkdirSync(outDir, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(outDir, `.extract-tmp-${stamp}`);
  const old = join(outDir, `.extract-old-${stamp}`);
  try {
    for (const [rel, data] of files) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    mkdirSync(join(tmp, 'sources'), { recursive: true });
    mkdirSync(old);
    for (const name of OWNED) if (existsSync(join(outDir, name))) renameSync(join(outDir, name), join(old, name));
    try {
      for (const name of OWNED) renameSync(join(tmp, name), join(outDir, name));
    } catch (e) {
      // put the previous output back
      for (const name of OWNED) {
        if (existsSync(join(old, name))) {
          rmSync(join(outDir, name), { recursive: true, force: true });
          renameSync(join(old, name), join(outDir, name));
        }
      }
      throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

/** Differences between what is in outDir and what extract would write (empty when up to date). */
export function checkOutput(outDir: string, files: Output): string[] {
  const diffs: string[] = [];
  for (const [rel, data] of files) {
    const path = join(outDir, rel);
    if (!existsSync(path)) diffs.push(`${rel}: missing`);
    else if (!readFileSync(path).equals(data)) diffs.push(`${rel}: differs from what extract would write`);
  }
  const srcDir = join(outDir, 'sources');
  if (existsSync(srcDir)) {
    for (const name of readdirSync(srcDir)) if (!files.has(`sources/${name}`)) diffs.push(`sources/${name}: not written by extract (stale)`);
  }
  return diffs;
}
