/**
 * Test hook for fault injection into the output write. Every step that changes the output folder
 * (each file created, each half-written file, each rename, each removal) passes a checkpoint first.
 * Steps are numbered from 1 in the order they run. A plan picks one step and what happens there:
 *   kill  the process is killed on the spot (SIGKILL: no cleanup code runs), as a crash or power cut;
 *   fail  the step throws the file-system error a real failure would (EACCES, EROFS, ENOSPC, EIO, …).
 * Set in a child process with BRIEFLINE_EXTRACT_FAULT=kill@3 or fail@3:ENOSPC, or in-process with
 * setFaultPlan(). Without a plan a checkpoint does nothing.
 */
import { writeSync } from 'node:fs';

export interface FaultPlan {
  kind: 'kill' | 'fail';
  step: number;
  code?: string;
}

let plan: FaultPlan | undefined = parsePlan(process.env.BRIEFLINE_EXTRACT_FAULT);
let count = 0;

export function parsePlan(raw: string | undefined): FaultPlan | undefined {
  const m = raw ? /^(kill|fail)@(\d+)(?::([A-Z]+))?$/.exec(raw) : null;
  if (!m) return undefined;
  return { kind: m[1] as FaultPlan['kind'], step: Number(m[2]), code: m[3] };
}

/** Sets (or clears) the plan for this process and restarts the step count. */
export function setFaultPlan(next: FaultPlan | undefined): void {
  plan = next;
  count = 0;
}

/** Steps passed since the plan was last set (a test learns how many steps a run has). */
export function stepsPassed(): number {
  return count;
}

/** Passed before each step that changes the output; `path` is the file the step changes. */
export function checkpoint(step: string, path: string, syscall: string): void {
  count++;
  if (!plan || plan.step !== count) return;
  if (plan.kind === 'kill') {
    writeSync(2, `extract: test hook: killed at step ${count}: ${step}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
  const code = plan.code ?? 'EIO';
  throw Object.assign(new Error(`${code}: injected by the test hook, ${syscall} '${path}'`), { code, syscall, path });
}
