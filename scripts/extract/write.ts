/**
 * Write the pipeline's output crash-safely, and check it. The output is a set of files relative to
 * the output folder: events.json and sources/<id>.<sha256 start>.txt. Article texts are named by
 * their content, so a published text is never overwritten: a changed article gets a new file beside
 * the old one. Every file is written to a temporary name (.extract-…), flushed to disk, then renamed
 * into place; the one rename of events.json is the switch from the old published state to the new.
 * At every instant the folder holds one whole published state: the old events.json and its texts
 * until that rename, the new ones after it. Texts no published events.json refers to, and temporary
 * files a killed run left, are removed after the switch and at the start of the next run (published.ts).
 * The pipeline owns events.json, sources/ and .extract-* only: other files in the folder are left alone.
 * One run writes at a time (lock.ts). Every step that changes the folder passes a test-hook checkpoint (faultHook.ts).
 */
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkpoint } from './faultHook.ts';
import { describeFsError, OutputError } from './fsErrors.ts';
import { LOCK_FILE, lockFolder } from './lock.ts';
import { EVENTS_FILE, findLeftovers, SOURCES_DIR, TEMP_PREFIX } from './published.ts';

export type Output = Map<string, Buffer>;
export { OutputError };

export interface WriteReport {
  /** Files written (texts already published with the same bytes are not written again). */
  written: number;
  /** Leftovers removed (relative to the output folder), before and after the switch. */
  removed: string[];
  /** Leftovers that could not be removed after the switch (the new state is published all the same). */
  notRemoved: OutputError[];
}

function step<T>(what: string, path: string, syscall: string, doing: string, published: boolean, run: () => T): T {
  try {
    checkpoint(what, path, syscall);
    return run();
  } catch (e) {
    throw new OutputError(path, doing, describeFsError(e), published);
  }
}

function ensureFolder(path: string): void {
  let st;
  try {
    st = statSync(path); // a linked output folder is fine: it is where the output goes
  } catch {
    const make = () => mkdirSync(path, { recursive: true });
    step(`create folder ${path}`, path, 'mkdir', 'create the folder', false, make);
    return;
  }
  if (!st.isDirectory()) throw new OutputError(path, 'write into it', 'it is a file, not a folder', false);
}

/** Creates a new file (never an existing one), writes all of it and flushes it to the disk. */
function writeNewFile(path: string, data: Buffer): void {
  const fd = step(`create ${path}`, path, 'open', 'create the file', false, () => openSync(path, 'wx'));
  try {
    const half = data.length >> 1;
    const first = () => writeAll(fd, data.subarray(0, half));
    step(`write ${path} (first half)`, path, 'write', 'write the file', false, first);
    step(`write ${path} (second half, then flush)`, path, 'write', 'write the file', false, () => {
      writeAll(fd, data.subarray(half));
      fsyncSync(fd);
    });
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, data: Buffer): void {
  for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
}

/** Flushes a folder's entries (the renames) to the disk; file systems that cannot do it are not an error. */
function flushFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

function sameBytes(path: string, data: Buffer): boolean {
  try {
    return readFileSync(path).equals(data);
  } catch {
    return false;
  }
}

/**
 * Before the switch only what cannot be anyone's published state: this design's temporary files, and
 * texts the published events.json does not name (none while no events.json is published). Folders
 * an older version of this script left may hold the only copy of an events.json: only after the switch.
 */
function removable(outDir: string, rel: string, afterSwitch: boolean): boolean {
  if (afterSwitch) return true;
  const path = join(outDir, rel);
  if (basename(rel).startsWith(TEMP_PREFIX)) return !lstatSync(path, { throwIfNoEntry: false })?.isDirectory();
  return lstatSync(join(outDir, EVENTS_FILE), { throwIfNoEntry: false }) !== undefined;
}

function removeLeftovers(outDir: string, afterSwitch: boolean, removed: string[], failed?: OutputError[]): void {
  for (const rel of findLeftovers(outDir)) {
    if (rel === LOCK_FILE || !removable(outDir, rel, afterSwitch)) continue;
    const path = join(outDir, rel);
    try {
      const remove = () => rmSync(path, { recursive: true, force: true });
      step(`remove leftover ${path}`, path, 'unlink', 'remove the leftover', afterSwitch, remove);
      removed.push(rel);
    } catch (e) {
      if (!(e instanceof OutputError) || !failed) throw e;
      failed.push(e);
    }
  }
}

export function writeOutput(outDir: string, files: Output): WriteReport {
  const report: WriteReport = { written: 0, removed: [], notRemoved: [] };
  ensureFolder(outDir);
  const unlock = lockFolder(outDir);
  try {
    return writeLocked(outDir, files, report);
  } finally {
    unlock();
  }
}

function writeLocked(outDir: string, files: Output, report: WriteReport): WriteReport {
  removeLeftovers(outDir, false, report.removed);
  const temps: string[] = [];
  const put = (rel: string, data: Buffer) => {
    const path = join(outDir, rel);
    if (sameBytes(path, data)) return;
    const tmp = join(dirname(path), `${TEMP_PREFIX}${process.pid}-${basename(path)}`);
    temps.push(tmp);
    writeNewFile(tmp, data);
    const move = () => renameSync(tmp, path);
    step(`rename ${tmp} -> ${path}`, path, 'rename', 'move the new file into place', false, move);
    temps.pop();
    report.written++;
  };
  try {
    ensureFolder(join(outDir, SOURCES_DIR));
    for (const [rel, data] of files) if (rel !== EVENTS_FILE) put(rel, data);
    flushFolder(join(outDir, SOURCES_DIR));
    const events = files.get(EVENTS_FILE);
    if (events) put(EVENTS_FILE, events); // the switch
    flushFolder(outDir);
  } catch (e) {
    // Nothing published has changed: take back what this run added (what cannot be removed now, the next run removes).
    for (const tmp of temps) rmSync(tmp, { force: true });
    try {
      removeLeftovers(outDir, false, [], []);
    } catch {
      /* best effort */
    }
    throw e;
  }
  removeLeftovers(outDir, true, report.removed, report.notRemoved);
  return report;
}

/** Differences between what is in outDir and what extract would write (empty when up to date), leftovers included. */
export function checkOutput(outDir: string, files: Output): string[] {
  const diffs: string[] = [];
  for (const [rel, data] of files) {
    const path = join(outDir, rel);
    let have: Buffer | undefined;
    try {
      have = readFileSync(path);
    } catch {
      have = undefined;
    }
    if (!have) diffs.push(`${rel}: missing`);
    else if (!have.equals(data)) diffs.push(`${rel}: differs from what extract would write`);
  }
  for (const name of list(outDir)) {
    if (name.startsWith(TEMP_PREFIX)) diffs.push(`${name}: left by an interrupted run (leftover)`);
  }
  for (const name of list(join(outDir, SOURCES_DIR))) {
    const rel = `${SOURCES_DIR}/${name}`;
    if (name.startsWith(TEMP_PREFIX)) diffs.push(`${rel}: left by an interrupted run (leftover)`);
    else if (!files.has(rel)) diffs.push(`${rel}: not written by extract (stale)`);
  }
  return diffs;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).toSorted();
  } catch {
    return [];
  }
}
