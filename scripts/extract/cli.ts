/** Argument parsing for scripts/extract.ts. */
import { runDraft } from './draft.ts';
import { runExtract } from './run.ts';
import { runSuggest } from './suggest.ts';

const USAGE = `usage:
  npm run extract [-- --data-dir <dir>] [--out-dir <dir>] [--check]
  npm run extract -- suggest <article.txt> --published YYYY-MM-DD [--day-first | --month-first] [--data-dir <dir>]
  npm run extract -- draft <article.txt> --published YYYY-MM-DD [--outlet <name>] [--url <address>]
                   [--headline <text>] [--agency <name>] [--data-dir <dir>]`;

const VALUED = new Set(['--data-dir', '--out-dir', '--published', '--outlet', '--url', '--headline', '--agency']);
const SWITCHES = new Set(['--check', '--help', '--day-first', '--month-first']);

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
    if (SWITCHES.has(a)) flags.set(a, true);
    else if (VALUED.has(a)) {
      const v = argv[++i];
      if (v === undefined) return usage(`${a} needs a value`);
      flags.set(a, v);
    } else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (flags.has('--help')) return usage();
  const get = (k: string) => {
    const v = flags.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const dataDir = get('--data-dir') ?? 'data';
  if (positional[0] === 'suggest' || positional[0] === 'draft') {
    const command = positional[0];
    const published = get('--published');
    if (positional.length !== 2 || published === undefined)
      return usage(`${command} needs one article file and --published YYYY-MM-DD`);
    if (flags.has('--day-first') && flags.has('--month-first'))
      return usage('give --day-first or --month-first, not both');
    const dayFirst = flags.has('--day-first') ? true : flags.has('--month-first') ? false : undefined;
    if (command === 'suggest') return runSuggest(positional[1]!, published, dataDir, dayFirst);
    return runDraft(positional[1]!, {
      dataDir,
      published,
      outlet: get('--outlet'),
      url: get('--url'),
      headline: get('--headline'),
      agency: get('--agency'),
    });
  }
  if (positional.length) return usage(`unexpected argument ${positional[0]}`);
  for (const k of ['--published', '--outlet', '--url', '--headline', '--agency'])
    if (flags.has(k)) return usage(`${k} is for suggest and draft`);
  return runExtract({ dataDir, outDir: get('--out-dir') ?? 'public/data', check: flags.has('--check') });
}

function usage(error?: string): number {
  if (error) console.error(`extract: ${error}`);
  (error ? console.error : console.log)(USAGE);
  return error ? 2 : 0;
}
