/**
 * `extract suggest <article.txt> --published YYYY-MM-DD`: every sentence of an article that carries a
 * date expression, with offsets and the resolved date, as a JSON array on stdout, to help a person
 * curate a new article. The same resolution rules as extract. An all-numeric day that reads two ways
 * (06/02/2022) is reported on stderr to confirm, unless --day-first or --month-first says the outlet's order.
 */
import { readFileSync } from 'node:fs';
import { isRealDay } from '../../src/lib/schema.ts';
import { suggestDates } from '../../src/lib/suggest.ts';

export function runSuggest(file: string, published: string, dayFirst?: boolean): number {
  if (!isRealDay(published)) {
    console.error(`suggest: --published "${published}" is not a real calendar day written YYYY-MM-DD`);
    return 2;
  }
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    console.error(`suggest: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    console.error(`suggest: ${file} is not valid UTF-8`);
    return 1;
  }
  if (text.startsWith('\uFEFF')) {
    console.error(`suggest: ${file} starts with a byte order mark: save it as UTF-8 without BOM`);
    return 1;
  }
  const out = suggestDates(text, published, dayFirst === undefined ? {} : { dayFirst });
  console.log(JSON.stringify(out, null, 2));
  // an all-numeric day that reads two ways is never guessed: a person confirms it
  for (const a of out.ambiguous) console.error(`suggest: confirm at ${a.expressionStart}: ${a.problem}`);
  return 0;
}
