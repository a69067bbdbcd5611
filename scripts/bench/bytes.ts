/**
 * `npm run bench:bytes [dist]`: the start-up bytes of a built app (default dist/, so run `npm run build` first)
 * as one figure: entry JS + the preloaded vis-timeline chunk + the inlined CSS, gzipped (scripts/bench/bundle.ts).
 * Exits non-zero when the figure is over the limit or moment's locales are in the start-up JS.
 */
import { resolve } from 'node:path';
import { bundleSizes, kB, startupBytes, STARTUP_LIMIT } from './bundle';

const dist = resolve(process.argv[2] ?? 'dist');
const b = await bundleSizes(dist);
const total = startupBytes(b);
const part = (name: string, p: { gzip: number; files: string[] }) =>
  `  ${name.padEnd(22)} ${kB(p.gzip).padStart(9)}  ${p.files.join(', ')}`;
console.log(`Start-up bytes of ${dist} (gzipped):`);
console.log(part('entry JS', b.initialJs));
console.log(part('preloaded vis chunk', b.preloadedJs));
console.log(part('inline CSS', b.initialCss));
console.log(`  ${'start-up total'.padEnd(22)} ${kB(total).padStart(9)}  (limit ${kB(STARTUP_LIMIT)})`);
console.log(`  moment locales in start-up JS: ${b.momentLocalesInInitialJs ? 'PRESENT' : 'absent'}`);
process.exit(total < STARTUP_LIMIT && !b.momentLocalesInInitialJs ? 0 : 1);
