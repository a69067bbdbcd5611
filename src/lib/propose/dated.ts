/**
 * The article's dated clauses: every sentence with a date expression, resolved by the same resolver
 * as the pipeline (suggest.ts → dates.ts), plus undated reported happenings as "before" publication.
 * Offsets are exact by construction: the quote is the sentence the splitter cut out of the text.
 */
import { resolveDate } from '../dates';
import type { EventDate, Status } from '../schema';
import { splitSentences, type Sentence } from '../sentences';
import { suggestDates, type Suggestion } from '../suggest';
import { findUndated } from './undated';

export interface DatedClause {
  sentence: Sentence;
  date: EventDate;
  status: Status;
  /** Offsets of the date expression in the article (absent when nothing in the sentence dates it). */
  expressionAt?: { start: number; end: number };
  /** Nothing in the sentence dates it ("before" publication). */
  undated?: boolean;
}

/** What the resolver of the dates issue may add to a suggestion; read defensively (absent before it lands). */
type Extended = Suggestion & { expressionStart?: number; expressionEnd?: number; future?: boolean };

/** "date 2022-06-03" and similar header lines name the publication, not an event. */
const HEADER = /^(?:date|published|updated|posted)[:\s]/i;
/** A sentence needs a few words beyond its date to be an event. */
const enoughWords = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 4;

export function datedClauses(text: string, published: string): DatedClause[] {
  const out: DatedClause[] = [];
  const datedSentences = new Set<number>();
  for (const raw of suggestDates(text, published) as Extended[]) {
    const sentence = { text: raw.quote, start: raw.start, end: raw.end };
    if (HEADER.test(sentence.text) || !enoughWords(sentence.text)) continue;
    datedSentences.add(sentence.start);
    const date: EventDate = { ...raw.date };
    const expressionAt = locateExpression(raw, text);
    // "NEW DELHI, Jan 14 (PTI) -": the dateline dates the report, not what it reports
    if (expressionAt && expressionAt.end - sentence.start <= datelineLength(sentence.text)) continue;
    out.push({
      sentence,
      date,
      status: isFuture(raw, published) ? 'planned' : 'reported',
      ...(expressionAt ? { expressionAt } : {}),
    });
  }
  for (const sentence of splitSentences(text)) {
    if (datedSentences.has(sentence.start) || HEADER.test(sentence.text) || !enoughWords(sentence.text)) continue;
    const found = findUndated(sentence.text);
    if (!found) continue;
    const r = resolveDate(found.text, published, { undated: true });
    if (!r.ok) continue;
    out.push({
      sentence,
      date: r.value,
      status: 'reported',
      undated: true,
      expressionAt: { start: sentence.start + found.start, end: sentence.start + found.start + found.text.length },
    });
  }
  return out.toSorted((a, b) => a.sentence.start - b.sentence.start);
}

/** How many characters of a paragraph's opening dateline ("NEW DELHI, Jan 14 (PTI) - ") the sentence starts with. */
function datelineLength(sentence: string): number {
  const m = /^\p{Lu}[\p{Lu} .'-]+,\s*[^()\n]{3,20}?\s*\(\p{Lu}[\p{L}]{1,9}\)\s*[-\u2013\u2014:]/u.exec(sentence);
  return m ? m[0].length : 0;
}

function isFuture(s: Extended, published: string): boolean {
  if (typeof s.future === 'boolean') return s.future;
  return s.date.start !== null && s.date.start > published;
}

/** The expression's offsets: from the resolver when it gives them, else found in the sentence. */
function locateExpression(s: Extended, text: string): { start: number; end: number } | undefined {
  if (
    typeof s.expressionStart === 'number' &&
    typeof s.expressionEnd === 'number' &&
    s.expressionEnd > s.expressionStart
  ) {
    // absolute offsets into the article, or relative to the sentence: accept either, checked against the text
    const expr = s.date.expression.toLowerCase();
    for (const base of [0, s.start]) {
      const [a, b] = [base + s.expressionStart, base + s.expressionEnd];
      if (a >= s.start && b <= s.end && text.slice(a, b).toLowerCase().startsWith(expr.slice(0, 3)))
        return { start: a, end: b };
    }
  }
  const at = s.quote.toLowerCase().indexOf(s.date.expression.toLowerCase());
  if (at < 0) return undefined;
  return { start: s.start + at, end: s.start + at + s.date.expression.length };
}
