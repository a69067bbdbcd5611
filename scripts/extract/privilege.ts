/**
 * Permission tests that hold as root and as a normal user. Root ignores permission bits, so as root
 * the command line runs in a child process as the user nobody (setpriv) over a sandbox handed to
 * nobody; as a normal user it runs in-process. Either way chmod then means what it says.
 * Immutable folders (chattr +i) need root: `immutable` is undefined elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extractCliBundle } from './cliBundle.ts';
import { runProcess, type Sandbox } from './testkit.ts';

export const isRoot = process.getuid?.() === 0;
const NOBODY = '65534';
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

export type Runner = (...extra: string[]) => { code: number | null; stderr: string; lines: string[] };

/** A runner without root's powers over the sandbox, or undefined when this machine cannot provide one. */
export function unprivileged(sb: Sandbox): Runner | undefined {
  if (!isRoot) return sb.run;
  if (!setpriv) return undefined;
  if (spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, sb.root]).status !== 0) return undefined;
  const prefix = [setpriv, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  // nobody must reach the command line inside the project (a clone in a folder only root can enter cannot)
  if (spawnSync(prefix[0]!, [...prefix.slice(1), 'test', '-r', extractCliBundle()]).status !== 0) return undefined;
  return (...extra) => runProcess(['--data-dir', sb.data, '--out-dir', sb.out, ...extra], {}, prefix);
}

/** chattr +i / -i on a folder (root only); false when the file system or the container refuses. */
export function chattr(path: string, on: boolean): boolean {
  if (!isRoot) return false;
  return spawnSync('chattr', [on ? '+i' : '-i', path]).status === 0;
}
