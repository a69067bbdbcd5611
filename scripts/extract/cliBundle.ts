/**
 * The extract command line as one plain JavaScript file, for tests that run it as a real child process
 * (crash.test.ts kills it at every write step; privilege.ts runs it as another user). Starting
 * `node --import tsx scripts/extract.ts` compiles and resolves about a hundred TypeScript modules each time
 * (about 2 s of CPU per run on this machine); the same code bundled by esbuild (tsx's own compiler) starts
 * in a fraction of that. npm packages stay external, loaded from node_modules as usual, so the file sits
 * inside the project (node_modules/.cache) where they resolve. The name carries a hash of the bundle: runs
 * of different code never share a file, and parallel test workers write the same bytes (tmp + rename).
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

let built: string | undefined;

export function extractCliBundle(root = process.cwd()): string {
  if (built) return built;
  const result = buildSync({
    entryPoints: [join(root, 'scripts/extract.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const dir = resolve(root, 'node_modules/.cache/briefline-test');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755); // readable by the unprivileged user of privilege.ts
  const file = join(dir, `extract-cli.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code, { mode: 0o644 });
    renameSync(tmp, file);
  }
  built = file;
  return file;
}
