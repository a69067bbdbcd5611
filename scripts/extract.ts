/**
 * Briefline's pipeline command line (the entry point; the work is in scripts/extract/).
 *   tsx scripts/extract.ts [--data-dir data] [--out-dir public/data] [--check]
 *   tsx scripts/extract.ts suggest <article.txt> --published YYYY-MM-DD
 *   tsx scripts/extract.ts draft <article.txt> --published YYYY-MM-DD [--outlet … --url … --headline … --agency …]
 * See docs/data-format.md.
 */
import { main } from './extract/cli.ts';

process.exitCode = main(process.argv.slice(2));
