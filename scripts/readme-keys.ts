/** `npm run readme:keys`: rewrites README.md's key table from the action table (src/app/actions/keyTable.ts). */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { unpadded, withKeyTable } from '../src/app/actions/keyTable';

const readme = readFileSync('README.md', 'utf8');
const next = withKeyTable(readme);
if (unpadded(next) === unpadded(readme)) console.log('README.md key table is up to date');
else {
  // Atomic: a half-written README never replaces the real one.
  writeFileSync('README.md.tmp', next);
  renameSync('README.md.tmp', 'README.md');
  console.log('README.md key table updated');
}
