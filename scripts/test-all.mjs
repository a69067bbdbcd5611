#!/usr/bin/env node
// `npm test`: every check (type check, lint, format, line length, unused code, data, unit, e2e), then one summary.
// Each stage runs even when an earlier one fails, so a single run shows everything that is wrong.
// Stages in one group run at the same time (the machine has at least two cores and most checks use one):
// the production build the e2e tests serve is made beside the type check, and the e2e stage then serves it
// as it is (E2E_PREBUILT, playwright.config.ts).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { findChromium } from './browser-setup.mjs';
import { e2eFailures } from './e2eFailures.mjs';

const GROUPS = [
  [
    ['type check', 'npx', ['tsc', '-b']],
    ['build for e2e', 'npx', ['vite', 'build', '--logLevel', 'error']],
  ],
  // The unit tests and the short checks beside the e2e tests: the browser tests leave a core idle much of the
  // time (they wait for frames, timers and the server; the first seconds start the server and the browser).
  [
    ['e2e tests', 'npx', ['playwright', 'test']],
    ['unit tests', 'npx', ['vitest', 'run']],
    ['lint', 'npx', ['oxlint', '--deny-warnings', 'src', 'scripts', 'e2e']],
    ['format', 'npx', ['prettier', '--check', '.']],
    ['line length', 'node', ['scripts/check-line-length.mjs']],
    ['unused code (knip)', 'npx', ['knip']],
    ['data up to date', 'npx', ['tsx', 'scripts/extract.ts', '--check']],
  ],
];

/**
 * Run one stage; `live`, it prints as it goes, else its output is kept and printed when the group ends.
 * The stages beside the live one run at a lower CPU priority (nice 10, inherited by their workers): the browser
 * tests wait on frames and timers and slow down when the unit tests take both cores, the unit tests do not.
 */
function runStage([name, cmd, args], env, live) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    if (!live && child.pid !== undefined) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // not allowed here (some containers): the stage runs at the same priority, only slower together
      }
    }
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    if (live) console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
    child.on('close', (code) => done({ name, ok: code === 0, seconds: (Date.now() - t0) / 1000, output: out }));
    child.on('error', (e) => done({ name, ok: false, seconds: 0, output: [Buffer.from(String(e))] }));
  });
}

const started = Date.now();
const results = [];
const env = { ...process.env };
for (const group of GROUPS) {
  const stages = [];
  for (const stage of group) {
    const [name] = stage;
    if (name === 'e2e tests') {
      // The e2e stage does its own browser set-up (scripts/browser-setup.mjs): playwright.config.ts uses CHROMIUM_PATH.
      const chromium = await findChromium();
      if (!chromium) {
        console.log(
          '\n=== e2e tests: no Chromium. Install one (Debian: apt-get install chromium-headless-shell) ' +
            'or set CHROMIUM_PATH.',
        );
        results.push({ name, ok: false, seconds: 0 });
        continue;
      }
      env.CHROMIUM_PATH = chromium;
      // Serve the build made above; without it (it failed) the e2e stage builds for itself.
      if (results.find((r) => r.name === 'build for e2e')?.ok) env.E2E_PREBUILT = '1';
    }
    stages.push(stage);
  }
  // The first stage of a group prints as it runs (the e2e tests' progress), the others once the group ends.
  const done = await Promise.all(stages.map((s, i) => runStage(s, env, i === 0)));
  for (const [i, r] of done.entries()) {
    if (i > 0) {
      console.log(`\n=== ${r.name}: ${stages[i][1]} ${stages[i][2].join(' ')}`);
      process.stdout.write(Buffer.concat(r.output));
    }
    results.push(r);
  }
}

// The e2e tests printed as they ran, far above: name the failed ones again here.
if (results.find((r) => r.name === 'e2e tests' && !r.ok)) {
  const failures = e2eFailures();
  console.log(`\n=== Failed e2e tests${failures ? ` (${failures.length})` : ': no report (the stage ended early)'}`);
  for (const f of failures ?? []) console.log(f);
}

console.log('\n=== Summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`stages: ${passed} passed, ${failed} failed; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
process.exit(failed === 0 ? 0 : 1);
