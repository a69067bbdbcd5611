/**
 * Every date expression of an article, in order (the entry point of `extract suggest` and the in-app
 * proposer): each with its sentence and offsets, the expression's own offsets, the resolved date with its
 * basis, and whether the governing clause is future (the event is planned). Anaphora ("the next day")
 * count from the last day the article mentioned before them. An all-numeric day that reads two ways is
 * not guessed: without `dayFirst` it is listed in `ambiguous`, for a person to confirm. Pure.
 */
import { finishOutcome, type ResolvedDate } from './dates';
import { resolveMatch, scanDates } from './dateScan';
import { clauseTense, NO_CUE, type Tense } from './dateTense';
import type { Anchor } from './dateTokens';
import { splitSentences } from './sentences';

export interface Suggestion {
  quote: string;
  /** Offsets of the sentence in the text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  /** Offsets of the date expression in the text. */
  expressionStart: number;
  expressionEnd: number;
  date: ResolvedDate;
  /** The governing clause is future tense or the expression is a vague or stated future: the event is planned. */
  future: boolean;
  /** The tense cue that decided ("will hold"), or null. */
  tenseCue: string | null;
}

/** An all-numeric day that reads two ways (06/02/2022): both readings, for a person to choose. */
export interface AmbiguousDate {
  quote: string;
  start: number;
  end: number;
  expressionStart: number;
  expressionEnd: number;
  problem: string;
  readings: ResolvedDate[];
}

/** The suggestions, with the dates that need a person's confirmation alongside (not in the array). */
export type SuggestionList = Suggestion[] & { ambiguous: AmbiguousDate[] };

export interface SuggestOptions {
  /** The outlet writes all-numeric dates day first (true) or month first (false). */
  dayFirst?: boolean;
}

/** "said on Monday", "told reporters on Monday": the day of the report, not a narrative anchor. */
const DATELINE = /^[A-Z][A-Z .'-]+,\s*$/;
const REPORTING = /\b(?:said|says|told(?: [a-z]+){0,2}|stated|added)\s*,?\s*$/i;

export function suggestDates(text: string, published: string, options: SuggestOptions = {}): SuggestionList {
  const ambiguous: AmbiguousDate[] = [];
  // not enumerable: the array stays a plain list of suggestions for JSON and equality
  const out = Object.defineProperty([] as Suggestion[], 'ambiguous', {
    value: ambiguous,
    enumerable: false,
  }) as SuggestionList;
  let anchor: Anchor | undefined;
  for (const s of splitSentences(text)) {
    for (const found of scanDates(s.text)) {
      const at = { expressionStart: s.start + found.start, expressionEnd: s.start + found.end };
      const lead = s.text.slice(0, found.start);
      // a dateline ("NEW DELHI, Nov 6 (Reuters) -") dates the report; "since" looks back
      const tense: Tense = DATELINE.test(lead)
        ? NO_CUE
        : /^since\b/i.test(found.text) || /\bsince\s*$/i.test(lead)
          ? { future: false, cue: 'since' }
          : clauseTense(s.text, found.start, found.end);
      const ctx = { published, tense, anchor, dayFirst: options.dayFirst };
      const outcome = resolveMatch(found, ctx);
      const r = finishOutcome(found.text, published, outcome);
      if (!r.ok) {
        if (r.readings)
          ambiguous.push({ quote: s.text, start: s.start, end: s.end, ...at, problem: r.error, readings: r.readings });
        continue; // nothing it could refer to, or not a real day: not a suggestion
      }
      const d = r.value;
      const future = tense.future || d.precision === 'after' || (d.start !== null && d.start > published);
      const dayLike = d.precision === 'day' || (d.precision === 'span' && d.start !== null && d.end !== null);
      if (dayLike && !/^date /i.test(s.text) && !REPORTING.test(s.text.slice(0, found.start))) {
        anchor = { start: d.start!, end: d.end!, expression: d.expression };
      }
      out.push({ quote: s.text, start: s.start, end: s.end, ...at, date: d, future, tenseCue: tense.cue });
    }
  }
  return out;
}
