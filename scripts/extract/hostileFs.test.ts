/**
 * Hostile and broken file systems (issue 11, items 1, 3 and 4): articles that are links, folders,
 * pipes or devices, or lie outside data/articles/; inputs and output folders that cannot be read or
 * written. Each is one problem line naming the file, listed with the run's other problems; no stack
 * trace; the published output stays as it was (or, after a refused write, whole).
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chattr, isRoot, unprivileged, type Runner } from './privilege.ts';
import { sandbox, type Sandbox } from './testkit.ts';

let sb: Sandbox;
let before: Map<string, string>;
const undo: (() => void)[] = [];
beforeEach(() => {
  sb = sandbox();
  const first = sb.run();
  expect(first.code, first.stderr).toBe(0);
  before = sb.snapshot();
});
afterEach(() => {
  for (const u of undo.splice(0).toReversed()) u();
  sb.cleanup();
});

const ID = 'ndtv-2020-07-24';
const article = () => join(sb.data, 'articles', `${ID}.txt`);

/** Runs extract, expects exit 1 with exactly these problem lines, no stack trace, and an untouched output. */
function expectProblems(run: Runner, ...patterns: RegExp[]): string[] {
  const r = run();
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  const problems = r.lines.slice(0, -1);
  expect(r.lines.at(-1)).toMatch(
    /^extract: \d+ problem\(s\) (in|writing) .*; (nothing written to|the published output in) /,
  );
  expect(problems, r.stderr).toHaveLength(patterns.length);
  patterns.forEach((p, i) => expect(problems[i], r.stderr).toMatch(p));
  expect(sb.snapshot()).toEqual(before);
  return problems;
}

const articleProblem = (what: string) => new RegExp(`^articles/${ID}\\.txt \\[${ID}\\] \\(article\\): article ${what}`);

const outside = (id: string) =>
  new RegExp(
    `^articles/${id}\\.txt \\[${id}\\] \\(article\\): article resolves to .*elsewhere/${id}\\.txt, outside articles/`,
  );

function setFile(file: string): void {
  const rows = sb.readJson('sources.json') as { id: string; file: string }[];
  rows.find((r) => r.id === ID)!.file = file;
  sb.writeJson('sources.json', rows);
}

describe('articles must be regular files inside data/articles/', () => {
  it('a symbolic link to a file of the machine is refused (its text is not published)', () => {
    rmSync(article());
    symlinkSync('/etc/hostname', article());
    expectProblems(
      sb.run,
      articleProblem('is a symbolic link \\(to /etc/hostname\\): an article must be a regular file'),
    );
  });

  it('a symbolic link to another article is refused too', () => {
    rmSync(article());
    symlinkSync('outlook-2022-06-03.txt', article());
    expectProblems(sb.run, articleProblem('is a symbolic link \\(to outlook-2022-06-03\\.txt\\)'));
  });

  it('a folder in place of the article', () => {
    rmSync(article());
    mkdirSync(article());
    expectProblems(sb.run, articleProblem('is a folder, not a regular file'));
  });

  it('a named pipe in place of the article is refused without blocking the run', () => {
    rmSync(article());
    expect(spawnSync('mkfifo', [article()]).status).toBe(0);
    expectProblems(sb.run, articleProblem('is a named pipe \\(FIFO\\), not a regular file'));
  });

  it.runIf(isRoot)('a device in place of the article', () => {
    rmSync(article());
    expect(spawnSync('mknod', [article(), 'c', '1', '3']).status).toBe(0); // /dev/null's numbers
    expectProblems(sb.run, articleProblem('is a device, not a regular file'));
  });

  it('an articles folder that is a link to elsewhere', () => {
    const elsewhere = join(sb.root, 'elsewhere');
    renameSync(join(sb.data, 'articles'), elsewhere);
    symlinkSync(elsewhere, join(sb.data, 'articles'));
    expectProblems(sb.run, outside('devdiscourse-2020-07-24'), outside(ID), outside('outlook-2022-06-03'));
  });

  it('a linked folder inside articles/', () => {
    cpSync(join(sb.data, 'articles'), join(sb.root, 'copy'), { recursive: true });
    symlinkSync(join(sb.root, 'copy'), join(sb.data, 'articles', 'linked'));
    setFile(`articles/linked/${ID}.txt`);
    expectProblems(
      sb.run,
      new RegExp(
        `^articles/linked/${ID}\\.txt \\[${ID}\\] \\(article\\): ` +
          `article resolves to .*/copy/${ID}\\.txt, outside articles/`,
      ),
    );
  });

  it('a file elsewhere in the data folder', () => {
    setFile('sources.json');
    expectProblems(
      sb.run,
      new RegExp(`^sources\\.json \\[${ID}\\] \\(article\\): article is not inside articles/ of the data folder`),
    );
  });
});

describe('file-system errors are problem lines, listed with the other problems', () => {
  it('sources.json that is a folder', () => {
    rmSync(join(sb.data, 'sources.json'));
    mkdirSync(join(sb.data, 'sources.json'));
    expectProblems(sb.run, /^sources\.json \(file\): is a folder, not a file: /);
  });

  it('events.curated.json that is a folder, reported with a bad article in the same run', () => {
    rmSync(join(sb.data, 'events.curated.json'));
    mkdirSync(join(sb.data, 'events.curated.json'));
    rmSync(article());
    mkdirSync(article());
    expectProblems(sb.run, articleProblem('is a folder'), /^events\.curated\.json \(file\): is a folder, not a file: /);
  });

  it('--out-dir that is a file, reported with a bad input', () => {
    const file = join(sb.root, 'out.txt');
    writeFileSync(file, 'not a folder');
    appendFileSync(article(), Buffer.from([0xff]));
    const r = sb.run('--out-dir', file);
    expect(r.code).toBe(1);
    expect(r.lines.slice(0, -1)).toEqual([
      expect.stringMatching(articleProblem('is not valid UTF-8')),
      `${file} (output): is a file, not a folder: give --out-dir a folder`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('an output folder that is a symbolic link is written through (it is where the output goes)', () => {
    const real = join(sb.root, 'real-out');
    const link = join(sb.root, 'linked-out');
    mkdirSync(real);
    symlinkSync(real, link);
    const r = sb.run('--out-dir', link);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(real, 'events.json'), 'utf8')).toBe(readFileSync(join(sb.out, 'events.json'), 'utf8'));
    expect(sb.run('--out-dir', link, '--check').code).toBe(0);
  });

  it('--out-dir below a file', () => {
    const file = join(sb.root, 'out.txt');
    writeFileSync(file, 'x');
    const r = sb.run('--out-dir', join(file, 'data'));
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe(`${file} (output): is a file, not a folder: the output folder cannot be made`);
  });

  it('an unreadable article (permission bits, as a user root cannot be)', (ctx) => {
    const run = unprivileged(sb);
    if (!run) return ctx.skip();
    chmodSync(article(), 0o000);
    undo.push(() => chmodSync(article(), 0o644));
    expectProblems(run, articleProblem('cannot be read: permission denied \\(EACCES\\)'));
  });

  it('a read-only output folder: named before anything is written, with the input problems', (ctx) => {
    const run = unprivileged(sb);
    if (!run) return ctx.skip();
    appendFileSync(article(), '\nA change.\n');
    chmodSync(sb.out, 0o555);
    undo.push(() => chmodSync(sb.out, 0o755));
    expectProblems(run, new RegExp(`^${sb.out} \\(output\\): cannot be written: permission denied \\(EACCES\\)$`));
  });

  it('a read-only sources folder (issue 11, item 1): events.json is kept and the next run recovers', (ctx) => {
    const run = unprivileged(sb);
    if (!run) return ctx.skip();
    appendFileSync(article(), '\nA change.\n');
    chmodSync(join(sb.out, 'sources'), 0o555);
    undo.push(() => chmodSync(join(sb.out, 'sources'), 0o755));
    expectProblems(
      run,
      new RegExp(`^${sb.out}/sources \\(output\\): cannot be written: permission denied \\(EACCES\\)$`),
    );
    undo.pop()!();
    expect(sb.run().code).toBe(0);
    expect(sb.run('--check').code).toBe(0);
  });
});

describe.runIf(isRoot)('an immutable sources folder (chattr +i, the reproduction of issue 11 item 1)', () => {
  const chattrTitle =
    'exit 1, one problem line, the old events.json and texts in place; after chattr -i the next run recovers';
  it(chattrTitle, (ctx) => {
    const sources = join(sb.out, 'sources');
    if (!chattr(sources, true)) return ctx.skip();
    undo.push(() => void chattr(sources, false));
    appendFileSync(article(), '\nA change.\n');
    expectProblems(
      sb.run,
      new RegExp(`^${sources} \\(output\\): cannot be written: operation not permitted .*\\(EPERM\\)$`),
    );
    undo.pop()!();
    expect(sb.run().code).toBe(0);
    expect(sb.run('--check').code).toBe(0);
  });
});
