/**
 * Display-only quotation marks around a verbatim quote, always balanced. A quote that already opens
 * with its own quotation mark ("I am sure…," he said.) gets no extra pair, which would read as “"I am
 * sure…”; when that mark is never closed within the quote (the cut ends inside the quoted speech), its
 * closing mark is added at the end; when it closes a mark it never opened (the cut starts inside the
 * quoted speech), the opening mark is added in front. The quote text itself is never changed.
 */
const CLOSER: Record<string, string> = {
  '"': '"',
  '“': '”',
  '”': '”',
  '„': '“',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  "'": "'",
  '‘': '’',
  '’': '’',
  '‚': '‘',
};
const LETTER = /\p{L}|\p{N}/u;

/** Is `open` (the quote's first character) closed somewhere in `rest`? */
function closes(rest: string, open: string, close: string): boolean {
  const single = open === "'" || open === '‘' || open === '’' || open === '‚';
  let depth = 1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    // An apostrophe between letters (India's, don’t) is not a quotation mark.
    if (single && LETTER.test(rest[i - 1] ?? '') && LETTER.test(rest[i + 1] ?? '')) continue;
    if (c === close) depth--;
    else if (c === open && open !== close) depth++;
    if (depth === 0) return true;
  }
  return false;
}

/** The opening mark of a closing mark the quote has without its opener (the cut starts inside the speech). */
function unopened(t: string): string | null {
  if ((t.match(/"/g) ?? []).length % 2 === 1) return '"';
  let depth = 0;
  for (const c of t) {
    if (c === '“') depth++;
    else if (c === '”' && --depth < 0) return '“';
  }
  return null;
}

export function withQuoteMarks(quote: string): string {
  const t = quote.trim();
  const open = t[0] ?? '';
  const close = CLOSER[open];
  if (!close) {
    // «…economy," Gantz said.»: the quote's own closing mark ends the speech; open it rather than wrap it.
    const opener = unopened(t);
    return opener ? `${opener}${quote}` : `“${quote}”`;
  }
  return closes(t.slice(1), open, close) ? quote : `${quote}${close}`;
}
