/**
 * `extract suggest <article.txt> --published YYYY-MM-DD [--data-dir data]`: every sentence of an
 * article that carries a date expression (quote, offsets, resolved date, as before), and the proposer's
 * events (the same engine as the app's "Add an article"): each entry says whether it is proposed, with
 * its title, status, actors, themes and triggers, and corroboration against data/events.curated.json.
 * Undated reported happenings are entries of their own ("before" publication). JSON on stdout.
 */
import { isRealDay } from '../../src/lib/schema.ts';
import { suggestDates } from '../../src/lib/suggest.ts';
import { proposeEvents, type Proposal } from '../../src/lib/propose/propose.ts';
import { loadContext, readArticleFile } from './context.ts';

export interface SuggestEntry {
  quote: string;
  start: number;
  end: number;
  date: Proposal['date'];
  /** False for a dated sentence that is no proposal (a header line, or the same date again in one sentence). */
  proposed: boolean;
  key?: string;
  title?: string;
  summary?: string;
  status?: Proposal['status'];
  expressionAt?: Proposal['expressionAt'];
  undated?: boolean;
  actors?: string[];
  themes?: Proposal['themes'];
  corroborates?: Proposal['corroborates'];
  sameAs?: string[];
}

export function suggestEntries(
  text: string,
  published: string,
  dataDir: string,
  warn: (s: string) => void,
  options: { dayFirst?: boolean } = {},
): SuggestEntry[] {
  const ctx = loadContext(dataDir);
  if (ctx.problems.length)
    warn(`suggest: ${ctx.problems.length} problem(s) in ${dataDir}; corroboration uses what could be read`);
  const proposals = proposeEvents(
    { id: 'suggest', text, published, ...options },
    { events: ctx.events, themes: ctx.themes },
  );
  const unused = new Set(proposals);
  const entries: SuggestEntry[] = suggestDates(text, published, options).map((s) => {
    const p = [...unused].find((q) => q.quote.start === s.start && q.date.expression === s.date.expression);
    if (!p) return { ...s, date: { ...s.date }, proposed: false };
    unused.delete(p);
    return { ...s, date: { ...s.date }, ...fields(p) };
  });
  for (const p of unused)
    entries.push({ quote: p.quote.text, start: p.quote.start, end: p.quote.end, date: p.date, ...fields(p) });
  return entries.toSorted((a, b) => a.start - b.start);
}

function fields(p: Proposal): Omit<SuggestEntry, 'quote' | 'start' | 'end' | 'date'> {
  const { key, title, summary, status, expressionAt, undated, actors, themes, corroborates, sameAs } = p;
  return { proposed: true, key, title, summary, status, expressionAt, undated, actors, themes, corroborates, sameAs };
}

export function runSuggest(file: string, published: string, dataDir = 'data', dayFirst?: boolean): number {
  if (!isRealDay(published)) {
    console.error(`suggest: --published "${published}" is not a real calendar day written YYYY-MM-DD`);
    return 2;
  }
  const read = readArticleFile(file);
  if ('error' in read) {
    console.error(`suggest: ${read.error}`);
    return read.code;
  }
  const options = dayFirst === undefined ? {} : { dayFirst };
  console.log(JSON.stringify(suggestEntries(read.text, published, dataDir, console.error, options), null, 2));
  // an all-numeric day that reads two ways is never guessed: a person confirms it
  for (const a of suggestDates(read.text, published, options).ambiguous) {
    console.error(`suggest: confirm at ${a.expressionStart}: ${a.problem}`);
  }
  return 0;
}
