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
  // "earlier in the day" is suggested with the day of the nearest earlier sentence dated to one day,
  // and says so: the curator confirms it with date.sameDayAs.
  let lastDay: { day: string; expression: string } | undefined;
  for (const s of splitSentences(text)) {
    for (const found of findDateExpressions(s.text, published)) {
      let r = resolveDate(found.text, published);
      if (!r.ok && lastDay) {
        const label = `the nearest earlier sentence dated to one day ("${lastDay.expression}"; confirm with date.sameDayAs)`;
        r = resolveDate(found.text, published, { sameDay: { id: '', day: lastDay.day, label } });
      }
      if (!r.ok) continue; // nothing it could refer to: not a suggestion
      const { start, end, precision, expression, basis } = r.value;
      if (precision === 'day' && start && !/^date /i.test(s.text)) lastDay = { day: start, expression };
      out.push({ quote: s.text, start: s.start, end: s.end, date: { start, end, precision, expression, basis } });
    }
  }
  return out;
}
