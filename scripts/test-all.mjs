#!/usr/bin/env node
// `npm test`: every check in order (type check, lint, format, unused code, data, unit, e2e), then one summary.
// Each stage runs even when an earlier one fails, so a single run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser-setup.mjs';

const stages = [
  ['type check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['oxlint', '--deny-warnings', 'src', 'scripts', 'e2e']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unused code (knip)', 'npx', ['knip']],
  ['data up to date', 'npx', ['tsx', 'scripts/extract.ts', '--check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['e2e tests', 'npx', ['playwright', 'test']],
];

const results = [];
// The e2e stage does its own browser set-up (scripts/browser-setup.mjs): playwright.config.ts uses CHROMIUM_PATH.
const env = { ...process.env };
for (const [name, cmd, args] of stages) {
  const t0 = Date.now();
  if (name === 'e2e tests') {
    const chromium = await findChromium();
    if (!chromium) {
      console.log('\n=== e2e tests: no Chromium. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
      results.push({ name, ok: false, seconds: (Date.now() - t0) / 1000 });
      continue;
    }
    env.CHROMIUM_PATH = chromium;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  results.push({ name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 });
}

console.log('\n=== Summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`stages: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
