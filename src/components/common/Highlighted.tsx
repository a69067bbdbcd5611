/** Text with search matches wrapped in <mark>, rendered as text segments (never HTML). */
import { highlightSegments, type HighlightSegment } from '../../lib/highlight';

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <Segments segments={highlightSegments(text, terms)} />;
}

export function Segments({ segments }: { segments: readonly HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
