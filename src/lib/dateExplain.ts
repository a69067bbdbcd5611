/**
 * The date of an event as the details panel says it: the honest label, the precision in words,
 * and where the date came from (the article's own words in quotes, and how they were resolved).
 * Pure; builds on formatEventDate so every view agrees on the label.
 */
import { PRECISION_LABEL, formatEventDate } from './dateLabel';
import type { EventDate } from './schema';

export interface DateExplanation {
  /** "2 Jun 2022", "week of 27 Jul 2020", "Undated: before 24 Jul 2020". */
  label: string;
  /** "exact day", "within a week", "undated: happened before this day". */
  precision: string;
  /** "Resolved from “on Thursday”: the Thursday before …". */
  source: string;
  /** True for a "before" event: it has no date of its own. */
  undated: boolean;
  /** YYYY-MM-DD for a <time dateTime>, only when the date is a single known day. */
  machineDay: string | null;
}

export function explainDate(d: EventDate): DateExplanation {
  const undated = d.precision === 'before';
  const label = undated ? `Undated: ${formatEventDate(d)}` : formatEventDate(d);
  const expression = `“${d.expression}”`;
  // The pipeline's basis usually starts with the expression in quotes ("\"on Thursday\" in an
  // article published …"): then say it once, in the reader's words.
  const rest = basisAfterExpression(d.basis, d.expression);
  const source =
    rest !== null
      ? `${undated ? 'No date given: ' : 'Resolved from '}${expression}${rest}`
      : undated
        ? `The article gives no date for it (${expression}). ${capitalise(d.basis)}`
        : `Resolved from ${expression}: ${d.basis}`;
  const machineDay = d.precision === 'day' && (d.start === null || d.start === d.end) ? d.end : null;
  return { label, precision: PRECISION_LABEL[d.precision], source, undated, machineDay };
}

/** The basis after a leading quoted copy of the expression, or null when it does not start so. */
function basisAfterExpression(basis: string, expression: string): string | null {
  const b = basis.trim();
  for (const [open, close] of [
    ['"', '"'],
    ['“', '”'],
    ["'", "'"],
  ] as const) {
    const lead = `${open}${expression}${close}`;
    if (b.startsWith(lead)) return b.slice(lead.length);
  }
  return null;
}

function capitalise(s: string): string {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}
