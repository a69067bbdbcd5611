/**
 * One writer at a time: a run holds public/data/.extract-lock (its process id) while it writes. The
 * lock is made whole or not at all (written under a temporary name, then hard-linked into place, which
 * fails if a lock is there), and a lock whose process is gone (a killed run) is taken over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpoint } from './faultHook.ts';
import { describeFsError, OutputError } from './fsErrors.ts';
import { TEMP_PREFIX } from './published.ts';

export const LOCK_FILE = `${TEMP_PREFIX}lock`;

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM'; // there, but another user's
  }
}

function holder(path: string): number {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10);
  } catch {
    return Number.NaN;
  }
}

/** Takes the lock of outDir; returns the function that gives it back. */
export function lockFolder(outDir: string): () => void {
  const path = join(outDir, LOCK_FILE);
  const mine = join(outDir, `${TEMP_PREFIX}${process.pid}-lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      checkpoint(`lock ${path}`, path, 'link');
      writeFileSync(mine, `${process.pid}\n`);
      linkSync(mine, path);
      rmSync(mine, { force: true });
      return () => rmSync(path, { force: true });
    } catch (e) {
      rmSync(mine, { force: true });
      if ((e as { code?: string }).code !== 'EEXIST' || attempt > 0) {
        throw new OutputError(path, 'lock the output folder', describeFsError(e), false);
      }
    }
    const pid = holder(path);
    if (alive(pid) && pid !== process.pid) {
      const reason = `another extract run (process ${pid}) is writing it; if none is, remove this file`;
      throw new OutputError(path, 'lock the output folder', reason, false);
    }
    try {
      checkpoint(`remove the stale lock ${path}`, path, 'unlink');
      rmSync(path, { force: true });
    } catch (e) {
      throw new OutputError(path, 'remove a stale lock', describeFsError(e), false);
    }
  }
}
