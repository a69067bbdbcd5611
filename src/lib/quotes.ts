/**
 * Locate a verbatim quote in its article: JavaScript string offsets with text.slice(start, end) === quote.
 * Pure. Exact matching only: curly vs straight quote marks, dashes and collapsed whitespace are errors,
 * and every error shows the closest match in the article and what differs, so a person can fix the quote.
 * Fast on large articles: a few indexOf scans, never an O(n·m) comparison.
 */

export interface QuoteHint {
  /** 1-based: which occurrence to take when the quote appears more than once. */
  occurrence?: number | undefined;
  /** Text that comes before the quote: take the first occurrence after it. */
  after?: string | undefined;
}

export type LocateResult = { ok: true; start: number; end: number } | { ok: false; error: string };

const MAX_SHOWN = 100;

/**
 * An article prepared for locating many quotes: above a size where scanning the whole text per quote
 * would cost too much, the positions of each word are indexed, and a quote is only compared where its
 * rarest whole word occurs.
 */
export interface ArticleText {
  text: string;
  words: Map<string, number[]> | undefined;
}

const INDEX_ABOVE = 100_000;
const WORD = /[\p{L}\p{N}]+/gu;

export function prepareText(text: string): ArticleText {
  if (text.length <= INDEX_ABOVE) return { text, words: undefined };
  const words = new Map<string, number[]>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const list = words.get(m[0]);
    if (list) list.push(m.index);
    else words.set(m[0], [m.index]);
  }
  return { text, words };
}

export function locateQuote(article: string | ArticleText, quote: string, hint: QuoteHint = {}): LocateResult {
  const prepared = typeof article === 'string' ? { text: article, words: undefined } : article;
  const text = prepared.text;
  if (quote.length === 0) return { ok: false, error: 'the quote is empty' };
  let from = 0;
  if (hint.after !== undefined) {
    const a = text.indexOf(hint.after);
    if (!hint.after || a < 0) return { ok: false, error: `the "after" text ${show(hint.after)} is not in the article` };
    from = a + hint.after.length;
  }
  const hits = prepared.words
    ? indexedOccurrences({ text, words: prepared.words }, quote, from)
    : occurrences(text, quote, from);
  if (hits.length === 0) return { ok: false, error: notFound(text, quote, from > 0) };
  if (hint.occurrence !== undefined) {
    const k = hint.occurrence;
    if (!Number.isInteger(k) || k < 1 || k > hits.length) {
      return {
        ok: false,
        error:
          `occurrence ${k} asked for, but the quote occurs ${hits.length} time(s)` +
          (from ? ' after the "after" text' : ''),
      };
    }
    return { ok: true, start: hits[k - 1]!, end: hits[k - 1]! + quote.length };
  }
  if (hits.length > 1 && hint.after === undefined) {
    const at = hits.slice(0, 5).join(', ') + (hits.length > 5 ? ', …' : '');
    return {
      ok: false,
      error:
        `the quote occurs ${hits.length} times (at offsets ${at}): ` +
        `add "occurrence" (1-${hits.length}) or "after" to say which`,
    };
  }
  return { ok: true, start: hits[0]!, end: hits[0]! + quote.length };
}

function occurrences(text: string, quote: string, from: number): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(quote, from); i >= 0; i = text.indexOf(quote, i + 1)) hits.push(i);
  return hits;
}

/** Occurrences found through the word index: only where the quote's rarest whole word occurs. */
function indexedOccurrences(
  article: { text: string; words: Map<string, number[]> },
  quote: string,
  from: number,
): number[] {
  let best: { at: number; positions: number[] } | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(quote); m; m = WORD.exec(quote)) {
    // the first and last words may be cut off mid-word by the quote's edges: only interior words are whole
    if (m.index === 0 || m.index + m[0].length === quote.length) continue;
    const positions = article.words.get(m[0]) ?? [];
    if (!best || positions.length < best.positions.length) best = { at: m.index, positions };
    if (positions.length === 0) return [];
  }
  if (!best) return occurrences(article.text, quote, from);
  const hits: number[] = [];
  for (const p of best.positions) {
    const start = p - best.at;
    if (start >= from && article.text.startsWith(quote, start)) hits.push(start);
  }
  return hits;
}

/** Quote marks, dashes and spaces a person (or a word processor) may have swapped. */
function looseChar(c: string): string {
  if (/[\u2018\u2019\u201A\u201B\u2032`]/.test(c)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033]/.test(c)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(c)) return '-';
  return c;
}

/**
 * A loosened copy of s (whitespace runs → one space, quote marks and dashes plain) and, per character,
 * its offset in s.
 */
function loosen(s: string): { text: string; map: Int32Array } {
  const chars: string[] = [];
  const map = new Int32Array(s.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const space =
      c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00A0' || (c > '\u007f' && /\s/.test(c));
    if (space && lastSpace) continue;
    chars.push(space ? ' ' : c > '\u007f' || c === '`' ? looseChar(c) : c);
    lastSpace = space;
    map[n++] = i;
  }
  map[n] = s.length;
  return { text: chars.join(''), map: map.subarray(0, n + 1) };
}

function notFound(text: string, quote: string, afterHint: boolean): string {
  const where = afterHint ? ' after the "after" text' : '';
  const anchors = anchorsFor(text, quote);
  // Only quote marks, dashes or whitespace differ? Look near each anchor (or, with none, everywhere).
  const windows = anchors.length ? anchors.map((c) => Math.max(0, c.at - quote.length - 16)) : [0];
  const lq = loosen(quote).text;
  for (const from of windows) {
    const to = anchors.length ? Math.min(text.length, from + 3 * quote.length + 256) : text.length;
    const loose = loosen(text.slice(from, to));
    const li = loose.text.indexOf(lq);
    if (li < 0) continue;
    const start = from + loose.map[li]!;
    const end = from + loose.map[li + lq.length]!;
    const actual = trimTo(text.slice(start, end), quote);
    return (
      `quote not found exactly${where}; closest match at offset ${start}: ` +
      `${show(actual)}; ${describeDifference(quote, actual)}`
    );
  }
  if (!anchors.length)
    return `quote not found${where}; no part of it (not even its first or last words) is in the article`;
  const candidate = anchors[0]!;
  const actual = text.slice(candidate.at, candidate.end);
  return (
    `quote not found${where}; closest match at offset ${candidate.at}: ` +
    `${show(actual)}; ${describeDifference(quote, actual)}`
  );
}

/** Drop the whitespace a loose match may have swallowed past the quote's end. */
function trimTo(actual: string, quote: string): string {
  return /\s$/.test(quote) ? actual : actual.replace(/\s+$/, '');
}

/**
 * Where the quote most likely was meant to start, best first: by the longest prefix or suffix of it
 * in the text, or its longest words.
 */
function anchorsFor(text: string, quote: string): { at: number; end: number }[] {
  const prefix = longest(quote.length, (k) => text.indexOf(quote.slice(0, k)));
  const suffix = longest(quote.length, (k) => text.indexOf(quote.slice(quote.length - k)));
  const found: { k: number; at: number; end?: number }[] = [];
  const enough = Math.min(8, quote.length);
  const suffixEnd = suffix.at + suffix.k;
  if (
    prefix.k >= enough &&
    suffix.k >= enough &&
    prefix.at <= suffix.at &&
    suffixEnd - prefix.at <= 2 * quote.length + 16
  ) {
    // both ends found close together: the quote was meant to start where its start is
    found.push({ k: prefix.k + suffix.k, at: prefix.at, end: suffixEnd });
  }
  if (prefix.k >= enough) found.push(prefix);
  if (suffix.k >= enough) found.push({ k: suffix.k, at: suffixEnd - quote.length });
  const words = quote
    .split(/\s+/)
    .filter((w) => w.length >= 5)
    .toSorted((a, b) => b.length - a.length)
    .slice(0, 3);
  for (const w of words) {
    const i = text.indexOf(w);
    if (i >= 0) found.push({ k: w.length, at: i - quote.indexOf(w) });
  }
  return found
    .toSorted((a, b) => b.k - a.k)
    .map((f) => ({ at: Math.max(0, f.at), end: f.end ?? Math.max(0, f.at) + quote.length }));
}

/** Binary search for the longest k (≥ 1) with find(k) ≥ 0; finding is monotone in k. */
function longest(max: number, find: (k: number) => number): { k: number; at: number } {
  let lo = 0;
  let at = -1;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const i = find(mid);
    if (i >= 0) {
      lo = mid;
      at = i;
    } else hi = mid - 1;
  }
  return { k: lo, at };
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const describeChar = (c: string | undefined) =>
  c === undefined
    ? 'nothing'
    : /\s/.test(c)
      ? `whitespace ${JSON.stringify(c)} (${codePoint(c)})`
      : `"${c}" (${codePoint(c)})`;

/** What differs between the quote and the article's text: the first difference, named by kind. */
export function describeDifference(quote: string, actual: string): string {
  let i = 0;
  while (i < quote.length && i < actual.length && quote[i] === actual[i]) i++;
  if (i === quote.length && i === actual.length) return 'no difference';
  const q = quote[i];
  const a = actual[i];
  let kind = 'the text differs';
  if (q !== undefined && a !== undefined && looseChar(q) === looseChar(a) && q !== a) {
    kind = /['"]/.test(looseChar(q)) ? 'quote marks differ (curly vs straight)' : 'dashes differ';
  } else if ((q !== undefined && /\s/.test(q)) || (a !== undefined && /\s/.test(a))) {
    kind = 'whitespace differs (the article has different or more spaces/line breaks)';
  }
  return `${kind} at quote character ${i}: the quote has ${describeChar(q)} where the article has ${describeChar(a)}`;
}

function show(s: string): string {
  const cut = s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
  return JSON.stringify(cut);
}
