/**
 * Candidate dated sentences for curating an article: each sentence that carries a date expression,
 * one entry per expression, resolved with the same rules as the pipeline. Pure.
 */
import { findDateExpressions, resolveDate } from './dates';
import type { Precision } from './schema';
import { splitSentences } from './sentences';

export interface Suggestion {
  quote: string;
  start: number;
  end: number;
  date: { start: string | null; end: string; precision: Precision; expression: string; basis: string };
}

export function suggestDates(text: string, published: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const s of splitSentences(text)) {
    for (const found of findDateExpressions(s.text, published)) {
      const r = resolveDate(found.text, published);
      if (!r.ok) continue; // e.g. "earlier in the day" needs a person to say which day: not a suggestion
      const { start, end, precision, expression, basis } = r.value;
      out.push({ quote: s.text, start: s.start, end: s.end, date: { start, end, precision, expression, basis } });
    }
  }
  return out;
}
