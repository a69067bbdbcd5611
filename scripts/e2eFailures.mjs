// The failed e2e tests, read back from Playwright's JSON report (playwright.config.ts), as a few lines each:
// `npm test` prints them beside its summary, so the end of a CI log says which test failed and why.
import { readFileSync } from 'node:fs';

export const E2E_REPORT = 'test-results/e2e-report.json';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** One entry per failed test: "file:line › title [project]" and the first lines of its error. */
export function e2eFailures(path = E2E_REPORT, linesEach = 12) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const failures = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const failed = (test.results ?? []).filter((r) => r.status !== 'passed' && r.status !== 'skipped');
        if (failed.length === 0 || test.status === 'expected' || test.status === 'skipped') continue;
        const error = failed[0].error?.message ?? failed[0].status;
        const lines = error.replace(ANSI, '').split('\n').slice(0, linesEach);
        const name = [...titles, spec.title].filter(Boolean).join(' › ');
        failures.push(`${spec.file}:${spec.line} › ${name} [${test.projectName}]\n    ${lines.join('\n    ')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.file === child.title ? '' : child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failures;
}
