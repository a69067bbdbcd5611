/**
 * Split a text into plain and marked segments for the given search terms (pure).
 * The UI renders segments as text (<mark> around marked ones), never as HTML.
 * A term matches at the start of a word and to the end of that word's match (case-insensitive).
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].toSorted(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text === '') return [{ text, mark: false }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})`, 'giu');
  const out: Segment[] = [];
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
