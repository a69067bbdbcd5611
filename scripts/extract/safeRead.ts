/**
 * Reading the pipeline's inputs without trusting the file system: an article must be a regular file
 * inside data/articles/ (not a symbolic link, a folder, a device, a FIFO or a socket, and not reached
 * through a linked folder), and every read error is a problem message instead of an exception.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describeFsError } from './fsErrors.ts';

export const ARTICLES_DIR = 'articles';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Reads a regular file through one descriptor opened without following a final symbolic link and
 * without blocking (a FIFO swapped in after the check cannot hang the run), checked again once open.
 */
function readRegular(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: `cannot be read: ${describeFsError(e)}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, message: `is ${kindOf(st)}, not a regular file` };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, message: `cannot be read: ${describeFsError(e)}` };
  } finally {
    closeSync(fd);
  }
}

/** A JSON input (sources.json, events.curated.json): its bytes, or why they cannot be read. */
export function readInputFile(path: string): ReadResult | undefined {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    return { ok: false, message: `cannot be read: ${describeFsError(e)}` };
  }
  // a link to a file of the repository is fine for an input that is not published byte for byte
  let target = path;
  if (st.isSymbolicLink()) {
    try {
      target = realpathSync(path);
      st = lstatSync(target);
    } catch (e) {
      return { ok: false, message: `is a symbolic link that cannot be followed: ${describeFsError(e)}` };
    }
  }
  if (!st.isFile()) return { ok: false, message: `is ${kindOf(st)}, not a file` };
  return readRegular(target);
}

/**
 * An article named by sources.json (`file`, relative to the data folder): its exact bytes, or why
 * it is refused. `missing` is reported separately (the caller's long-standing message).
 */
export function readArticleFile(dataDir: string, file: string): ReadResult | { ok: false; missing: true } {
  const path = join(dataDir, file);
  const inArticles = relative(ARTICLES_DIR, file);
  if (inArticles === '' || inArticles.startsWith('..') || inArticles.startsWith(sep)) {
    return { ok: false, message: `is not inside ${ARTICLES_DIR}/ of the data folder (file is "${file}")` };
  }
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return { ok: false, missing: true };
    return { ok: false, message: `cannot be read: ${describeFsError(e)}` };
  }
  if (st.isSymbolicLink()) {
    let target = '?';
    try {
      target = readlinkSync(path);
    } catch {
      /* the link itself is the problem */
    }
    const message = `is a symbolic link (to ${target}): an article must be a regular file; copy the text in`;
    return { ok: false, message };
  }
  if (!st.isFile()) return { ok: false, message: `is ${kindOf(st)}, not a regular file` };
  // Folders on the way (data/articles itself, or a folder below it) may be links to elsewhere.
  try {
    const root = join(realpathSync(dataDir), ARTICLES_DIR);
    const real = realpathSync(path);
    if (!real.startsWith(root + sep)) {
      const message = `resolves to ${real}, outside ${ARTICLES_DIR}/ (a linked folder?): articles must be inside it`;
      return { ok: false, message };
    }
  } catch (e) {
    return { ok: false, message: `cannot resolve its real path: ${describeFsError(e)}` };
  }
  return readRegular(path);
}
