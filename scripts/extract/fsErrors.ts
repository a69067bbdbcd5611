/**
 * File-system errors in words: the pipeline reports them as problem lines naming the file, never
 * as a stack trace.
 */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (an immutable or protected file or folder?)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists',
  ENOENT: 'does not exist',
  ELOOP: 'is a symbolic link (or a loop of them)',
  EBUSY: 'the file is busy (held open?)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EXDEV: 'crosses file systems',
};

export interface FsError {
  code?: string;
  syscall?: string;
  path?: string;
  message: string;
}

export function asFsError(e: unknown): FsError {
  if (e && typeof e === 'object' && 'message' in e) return e as FsError;
  return { message: String(e) };
}

/** "permission denied (EACCES)", or the error's own message when its code is not one we know. */
export function describeFsError(e: unknown): string {
  const err = asFsError(e);
  const reason = err.code ? REASONS[err.code] : undefined;
  if (reason) return `${reason} (${err.code})`;
  return err.code ? `${err.message.replace(/^[A-Z]+: /, '')} (${err.code})` : err.message;
}

/** A step of the write that failed: which file, doing what, and whether the new state was already published. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly doing: string,
    readonly reason: string,
    readonly published: boolean,
  ) {
    super(`${path}: cannot ${doing}: ${reason}`);
  }
}
