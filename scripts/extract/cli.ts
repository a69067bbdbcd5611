/** Argument parsing for scripts/extract.ts. */
import { runExtract } from './run.ts';
import { runSuggest } from './suggest.ts';

const USAGE = `usage:
  npm run extract [-- --data-dir <dir>] [--out-dir <dir>] [--check]
  npm run extract -- suggest <article.txt> --published YYYY-MM-DD`;

/**
 * Runs the command line; returns the exit code (0 ok, 1 problems in the data or the output folder,
 * 2 bad usage). An error nothing foresaw is one line too (BRIEFLINE_DEBUG=1 prints its stack).
 */
export function main(argv: string[]): number {
  try {
    return parseAndRun(argv);
  } catch (e) {
    const err = e as { code?: string; path?: string; message?: string; stack?: string };
    console.error(`extract: unexpected error${err.path ? ` at ${err.path}` : ''}: ${err.message ?? String(e)}`);
    if (process.env.BRIEFLINE_DEBUG) console.error(err.stack);
    return 1;
  }
}

function parseAndRun(argv: string[]): number {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check' || a === '--help') flags.set(a, true);
    else if (a === '--data-dir' || a === '--out-dir' || a === '--published') {
      const v = argv[++i];
      if (v === undefined) return usage(`${a} needs a value`);
      flags.set(a, v);
    } else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (flags.has('--help')) return usage();
  if (positional[0] === 'suggest') {
    const published = flags.get('--published');
    if (positional.length !== 2 || typeof published !== 'string') return usage('suggest needs one article file and --published YYYY-MM-DD');
    return runSuggest(positional[1]!, published);
  }
  if (positional.length) return usage(`unexpected argument ${positional[0]}`);
  const get = (k: string, d: string) => {
    const v = flags.get(k);
    return typeof v === 'string' ? v : d;
  };
  return runExtract({ dataDir: get('--data-dir', 'data'), outDir: get('--out-dir', 'public/data'), check: flags.has('--check') });
}

function usage(error?: string): number {
  if (error) console.error(`extract: ${error}`);
  (error ? console.error : console.log)(USAGE);
  return error ? 2 : 0;
}
