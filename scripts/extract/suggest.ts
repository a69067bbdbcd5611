/**
 * `extract suggest <article.txt> --published YYYY-MM-DD`: every sentence of an article that carries a
 * date expression, with offsets and the resolved date, as a JSON array on stdout, to help a person
 * curate a new article. The same resolution rules as extract.
 */
import { readFileSync } from 'node:fs';
import { isRealDay } from '../../src/lib/schema.ts';
import { suggestDates } from '../../src/lib/suggest.ts';

export function runSuggest(file: string, published: string): number {
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
  console.log(JSON.stringify(suggestDates(text, published), null, 2));
  return 0;
}
