/* oxlint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- the marked
   article is focusable so it scrolls by keyboard, and reads the mouse selection. */
/**
 * The article beside its proposals: every draft's quote marked (as the source reader marks quotes),
 * the chosen one scrolled to; a passage selected with the mouse (or, in the text box below, with
 * the keyboard) is reported as exact offsets into the article.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Draft } from '../../lib/intake/drafts';

interface Props {
  text: string;
  drafts: Draft[];
  current: string | null;
  onSelect: (range: { start: number; end: number } | null) => void;
}

interface Piece {
  start: number;
  end: number;
  keys: string[];
}

/** Where each paragraph after the first starts (after a blank line). */
function paragraphStarts(text: string): number[] {
  return [...text.matchAll(/\n\n+(?=[^\n])/g)].map((m) => m.index + m[0].length);
}

function pieces(text: string, drafts: Draft[]): Piece[] {
  const cuts = new Set([0, text.length, ...paragraphStarts(text)]);
  const spans = drafts
    .filter((d) => d.decision !== 'rejected')
    .flatMap((d) => d.quotes.map((q) => ({ key: d.key, ...q })))
    .map((s, order) => ({ ...s, order }));
  spans.forEach((s) => (cuts.add(s.start), cuts.add(s.end)));
  const sorted = [...cuts].toSorted((a, b) => a - b);
  // one pass over the cuts with the spans open at each (a long article has hundreds of quotes)
  const byStart = spans.toSorted((a, b) => a.start - b.start);
  let next = 0;
  let open: typeof spans = [];
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i]!, sorted[i + 1]!];
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    open = open.filter((s) => s.end >= end);
    const keys = open.toSorted((a, b) => a.order - b.order).map((s) => s.key);
    out.push({ start, end, keys });
  }
  return out;
}

/** The offset in the article of a DOM position inside the marked text. */
function offsetOf(node: Node, offset: number): number | null {
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>(
    '[data-start]',
  );
  if (!el) return null;
  return Number(el.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

export function MarkedArticle({ text, drafts, current, onSelect }: Props) {
  const parts = useMemo(() => pieces(text, drafts), [text, drafts]);
  // one block per paragraph, so that a long article's paragraphs out of view are not laid out (intake.css)
  const paragraphs = useMemo(() => {
    const starts = new Set(paragraphStarts(text));
    const out: Piece[][] = [];
    for (const p of parts) {
      if (!out.length || starts.has(p.start)) out.push([]);
      out.at(-1)!.push(p);
    }
    return out;
  }, [text, parts]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!current) return;
    box.current
      ?.querySelector<HTMLElement>(`[data-keys~="${CSS.escape(current)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [current]);
  const readSelection = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !box.current) return onSelect(null);
    const r = sel.getRangeAt(0);
    if (!box.current.contains(r.startContainer) || !box.current.contains(r.endContainer)) return onSelect(null);
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return onSelect(null);
    // Whitespace at the edges is not part of a quote.
    let [s, e] = [start, end];
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    onSelect(e > s ? { start: s, end: e } : null);
  };
  const fromTextBox = (t: HTMLTextAreaElement) =>
    onSelect(t.selectionEnd > t.selectionStart ? { start: t.selectionStart, end: t.selectionEnd } : null);
  return (
    <div>
      {/* Mouse selection is read here; the keyboard selects in the text box below. */}
      <section
        ref={box}
        className="aa-article"
        tabIndex={0}
        aria-label="The article, with proposed quotes marked"
        onMouseUp={readSelection}
      >
        {paragraphs.map((para) => (
          <div key={para[0]!.start} className="aa-para">
            {para.map((p) => {
              const t = text.slice(p.start, p.end);
              if (!p.keys.length)
                return (
                  <span key={p.start} data-start={p.start}>
                    {t}
                  </span>
                );
              return (
                <mark
                  key={p.start}
                  data-start={p.start}
                  data-keys={p.keys.join(' ')}
                  className={current && p.keys.includes(current) ? 'current' : undefined}
                >
                  {t}
                </mark>
              );
            })}
          </div>
        ))}
      </section>
      <details className="aa-keyboard-select">
        <summary>Select a passage with the keyboard</summary>
        <label htmlFor="aa-select-text">The article (select with Shift and the arrow keys)</label>
        <textarea
          id="aa-select-text"
          readOnly
          rows={6}
          value={text}
          onSelect={(e) => fromTextBox(e.currentTarget)}
          onKeyUp={(e) => fromTextBox(e.currentTarget)}
          onMouseUp={(e) => fromTextBox(e.currentTarget)}
        />
      </details>
    </div>
  );
}
