/**
 * Display-only quotation marks around a verbatim quote. A quote that already opens with its own
 * quotation mark ("I am sure…," he said.) gets no extra pair, which would read as “"I am sure…”.
 * The quote text itself is never changed.
 */
const OPENING = /^["'“”‘’„‚«»‹›]/;

export function withQuoteMarks(quote: string): string {
  return OPENING.test(quote.trimStart()) ? quote : `“${quote}”`;
}
