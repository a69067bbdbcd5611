/**
 * Crash safety of the output write, by fault injection (faultHook.ts): the real command line is
 * killed with SIGKILL at every step that changes the output folder (each file created, each half
 * written, each rename, each removal), and in-process every such step fails with a file-system error.
 * After each: the folder publishes the old state or the new one, whole; --check notices leftovers;
 * the next run publishes the new state with no leftovers.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLANTED, leftovers, prepareChange, published, restore, type Published, type State } from './crashkit.ts';
import { setFaultPlan, stepsPassed } from './faultHook.ts';
import { runProcess, sandbox, type Sandbox } from './testkit.ts';

let sb: Sandbox;
let old: State;
let next: State;
let pristine: string;
beforeEach(() => {
  sb = sandbox();
  ({ old, next, pristine } = prepareChange(sb));
});
afterEach(() => {
  setFaultPlan(undefined);
  sb.cleanup();
});

/** The step list of a whole run, learnt from the hook's count (a run with a plan for a step that never comes). */
function countSteps(): number {
  setFaultPlan({ kind: 'fail', step: Number.MAX_SAFE_INTEGER });
  const r = sb.run();
  expect(r.code, r.stderr).toBe(0);
  const n = stepsPassed();
  setFaultPlan(undefined);
  restore(sb, pristine);
  return n;
}

function expectRecovery(): void {
  const again = sb.run();
  expect(again.code, again.stderr).toBe(0);
  expect(published(sb.out, old, next)).toBe('new');
  expect(leftovers(sb.out)).toEqual([]);
  expect(sb.run('--check').code).toBe(0);
}

describe('a kill (SIGKILL) at any step of the write', () => {
  it('leaves the old or the new state whole, --check notices what is left, and the next run recovers', () => {
    const table: { step: number; what: string; state: Published; leftovers: number; check: number }[] = [];
    const steps = countSteps();
    expect(steps).toBeGreaterThanOrEqual(12);
    for (let step = 1; step <= steps + 1; step++) {
      restore(sb, pristine);
      const r = runProcess(['--data-dir', sb.data, '--out-dir', sb.out], { BRIEFLINE_EXTRACT_FAULT: `kill@${step}` });
      const what =
        /killed at step \d+: (.*)/.exec(r.stderr)?.[1]?.replaceAll(sb.out, 'public/data') ??
        '(no kill: the run completed)';
      if (step <= steps) expect(r.signal, `step ${step}: ${r.stderr}`).toBe('SIGKILL');
      else expect(r.code, r.stderr).toBe(0);
      const state = published(sb.out, old, next);
      expect(state, `step ${step} (${what})`).not.toBe('neither');
      const left = leftovers(sb.out);
      const check = sb.run('--check').code;
      // --check passes only when the folder is exactly the new state
      expect(check, `step ${step} (${what}): ${left.join(', ')}`).toBe(state === 'new' && left.length === 0 ? 0 : 1);
      table.push({ step, what, state, leftovers: left.length, check });
      expectRecovery();
    }
    // the switch is one step: every kill before the rename of events.json leaves the old state, every later one the new
    const switchAt = table.findIndex((t) => t.state === 'new');
    expect(table[switchAt - 1]!.what).toMatch(/^rename .*\.extract-\d+-events\.json -> public\/data\/events\.json$/);
    expect(table.slice(0, switchAt).every((t) => t.state === 'old')).toBe(true);
    expect(table.slice(switchAt).every((t) => t.state === 'new')).toBe(true);
    expect(table.at(-1)).toMatchObject({ state: 'new', leftovers: 0, check: 0 });
    if (process.env.EXTRACT_CRASH_TABLE) console.log(table.map((t) => Object.values(t).join(' | ')).join('\n'));
  }, 600_000);
});

const CODES = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'EBUSY'];

describe('a file-system error at any step of the write', () => {
  it('is one problem line naming the file, never a stack trace, and publishes nothing half', () => {
    const steps = countSteps();
    let before = 0;
    for (let step = 1; step <= steps; step++) {
      restore(sb, pristine);
      const code = CODES[step % CODES.length]!;
      setFaultPlan({ kind: 'fail', step, code });
      const r = sb.run();
      setFaultPlan(undefined);
      expect(r.code, `step ${step}`).toBe(1);
      expect(r.lines, r.stderr).toHaveLength(2);
      expect(r.lines[0], `step ${step}`).toMatch(
        new RegExp(`^${sb.out}/\\S+ \\(output\\): cannot [a-z ]+: .* \\(${code}\\)$`),
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const state = published(sb.out, old, next);
      if (state === 'old') {
        before++;
        expect(r.lines[1]).toMatch(
          /^extract: 1 problem\(s\) writing .*; the published output in .* was left as it was$/,
        );
        // what the run put in is taken back: only what it could not reach yet (or an old version's folder) stays
        for (const rel of leftovers(sb.out)) expect(PLANTED.includes(rel), rel).toBe(true);
      } else {
        expect(state, `step ${step}`).toBe('new');
        expect(r.lines[1]).toMatch(
          /^extract: 1 problem\(s\) cleaning .*; published 19 events and 3 sources .*leftovers remain/,
        );
      }
      expectRecovery();
    }
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(steps);
  }, 120_000);
});

describe('one writer at a time', () => {
  it('a run finds the folder locked by a live process: one problem line, nothing changed', () => {
    restore(sb, pristine);
    writeFileSync(join(sb.out, '.extract-lock'), '1\n'); // process 1 is always there
    const before = sb.snapshot();
    const r = sb.run();
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe(
      `${sb.out}/.extract-lock (output): cannot lock the output folder: ` +
        'another extract run (process 1) is writing it; if none is, remove this file',
    );
    expect(sb.snapshot()).toEqual(before);
    expect(published(sb.out, old, next)).toBe('old');
  });

  it('the lock of a killed run is taken over', () => {
    restore(sb, pristine);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has ended
    writeFileSync(join(sb.out, '.extract-lock'), `${gone}\n`);
    expect(sb.run('--check').stderr).toMatch(/\.extract-lock: left by an interrupted run/);
    expectRecovery();
  });
});
