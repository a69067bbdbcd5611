#!/usr/bin/env node
// `npm test`'s line-length stage: no line of our code, tests or scripts is over 120 characters.
// Markdown and JSON are left out: prose paragraphs and table rows are one line each by design.
// Prettier wraps code at 120 but leaves long strings and comments as they are; this stage catches those.
// Inputs kept byte-for-byte (data/, e2e/fixtures/) and generated files are not ours to wrap.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const LIMIT = 120;
const CHECKED = /\.(ts|tsx|mjs|cjs|js|css|html)$/;
const SKIPPED = [/^data\//, /^public\/data\//, /^e2e\/fixtures\//, /^bench\//, /package-lock\.json$/];

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => CHECKED.test(f) && !SKIPPED.some((re) => re.test(f)));

/** A line that cannot be wrapped: index.html's Content-Security-Policy (securityHeaders.test.ts compares it whole). */
const UNWRAPPABLE = (file, line) => file === 'index.html' && line.trimStart().startsWith('content="default-src ');

const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed by git but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    const length = [...line].length;
    if (length > LIMIT && !UNWRAPPABLE(file, line))
      problems.push(`${file}:${i + 1}: ${length} characters (limit ${LIMIT})`);
  });
}
if (problems.length > 0) {
  console.log(problems.join('\n'));
  console.log(`\n${problems.length} line(s) over ${LIMIT} characters in ${files.length} files.`);
  process.exit(1);
}
console.log(`No line over ${LIMIT} characters in ${files.length} files.`);
