/**
 * Split a text into plain and marked segments for the given search terms (pure).
 * The UI renders segments as text (<mark> around marked ones), never as HTML.
 * A term matches at the start of a word and to the end of that word's match (case-insensitive).
 */
export interface HighlightSegment {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightSegments(text: string, terms: readonly string[]): HighlightSegment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].toSorted(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text === '') return [{ text, mark: false }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})`, 'giu');
  const out: HighlightSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index;
    if (m[0].length === 0) continue;
    if (i > last) out.push({ text: text.slice(last, i), mark: false });
    out.push({ text: m[0], mark: true });
    last = i + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out.length ? out : [{ text, mark: false }];
}

export interface Snippet {
  /** Which text matched: 'summary', 'quote', 'actors'. */
  field: string;
  segments: HighlightSegment[];
}

/**
 * Why a row matched: the first of the texts that holds a search term, cut to about `radius` characters each side
 * of its first match (at word breaks, with "…" where text was cut), as highlight segments. null when none matches.
 */
export function matchSnippet(
  texts: readonly { field: string; text: string }[],
  terms: readonly string[],
  radius = 60,
): Snippet | null {
  for (const { field, text } of texts) {
    const segs = highlightSegments(text, terms);
    const first = segs.findIndex((s) => s.mark);
    if (first < 0) continue;
    const at = segs.slice(0, first).reduce((n, s) => n + s.text.length, 0);
    const hit = segs[first]?.text.length ?? 0;
    let from = Math.max(0, at - radius);
    let to = Math.min(text.length, at + hit + radius);
    if (from > 0) from = wordStartAfter(text, from, at);
    if (to < text.length) to = wordEndBefore(text, to, at + hit);
    const segments = highlightSegments(text.slice(from, to), terms);
    if (from > 0) segments.unshift({ text: '…', mark: false });
    if (to < text.length) segments.push({ text: '…', mark: false });
    return { field, segments };
  }
  return null;
}

function wordStartAfter(text: string, i: number, limit: number): number {
  const space = text.indexOf(' ', i);
  return space >= 0 && space < limit ? space + 1 : i;
}
function wordEndBefore(text: string, i: number, limit: number): number {
  const space = text.lastIndexOf(' ', i);
  return space > limit ? space : i;
}
