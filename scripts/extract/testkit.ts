/**
 * Test helpers for the extract command line: a temporary data folder seeded with the real inputs,
 * the CLI run in-process with its output captured, and a snapshot of an output folder's bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { vi } from 'vitest';
import { main } from './cli.ts';
import { extractCliBundle } from './cliBundle.ts';

export interface Sandbox {
  root: string;
  data: string;
  out: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit arbitrary JSON
  readJson: (name: string) => any;
  writeJson: (name: string, value: unknown) => void;
  run: (...extra: string[]) => { code: number; stdout: string; stderr: string; lines: string[] };
  snapshot: () => Map<string, string>;
  cleanup: () => void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'briefline-extract-'));
  const data = join(root, 'data');
  const out = join(root, 'public', 'data');
  cpSync('data', data, { recursive: true });
  const sb: Sandbox = {
    root,
    data,
    out,
    readJson: (name) => JSON.parse(readFileSync(join(data, name), 'utf8')),
    writeJson: (name, value) => writeFileSync(join(data, name), `${JSON.stringify(value, null, 2)}\n`),
    run: (...extra) => runCli(['--data-dir', data, '--out-dir', out, ...extra]),
    snapshot: () => snapshotDir(out),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  return sb;
}

export function runCli(argv: string[]): { code: number; stdout: string; stderr: string; lines: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = main(argv);
    return { code, stdout: out.join('\n'), stderr: err.join('\n'), lines: err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/**
 * The real command line in a child process (its code bundled into one file, cliBundle.ts), with extra
 * environment (the fault hook's BRIEFLINE_EXTRACT_FAULT), optionally as another user (`setpriv` prefix,
 * see asUnprivileged).
 */
export function runProcess(argv: string[], env: Record<string, string> = {}, prefix: string[] = []): ProcessResult {
  const cmd = [...prefix, process.execPath, extractCliBundle(), ...argv];
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { ...process.env, ...env } });
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, lines };
}

/** Every file under dir (relative path → content as hex, so any byte change shows). */
export function snapshotDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).toSorted()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p).toString('hex'));
    }
  };
  try {
    walk(dir);
  } catch {
    /* no output folder yet */
  }
  return files;
}
