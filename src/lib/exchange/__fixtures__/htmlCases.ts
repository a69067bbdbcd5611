/** HTML-to-text cases every HtmlTree must pass (parse5 in Node, DOMParser in the browser). */
import { expect } from 'vitest';
import type { HtmlToText } from '../html';

export const HTML_CASES: [html: string, text: string][] = [
  ['R&amp;D <b>talks</b>', 'R&D talks'],
  ['<p>x &lt; y</p><p>second</p>', 'x < y\nsecond'],
  ['caf&eacute; &copy; 2020 &euro;5 &hellip; &mdash; &nbsp;x', 'café © 2020 €5 … — x'],
  ['&#x1F600; &#128512; &amp;amp;', '😀 😀 &amp;'],
  ['<a title="x>y" href="javascript:alert(1)">link</a>', 'link'],
  ['<img src=x onerror=alert(1) alt="leak">after', 'after'],
  ['<script>alert(1)</script><style>p{}</style>kept', 'kept'],
  ['<!-- a comment -->text<!-- unclosed', 'text'],
  ['line<br>break<br/>again', 'line\nbreak\nagain'],
  ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
  ['unclosed <b title="a', 'unclosed'],
  ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
  ['<p>kept</p><p class="briefline-sources">Sources: <a href="https://x.example">X</a></p>', 'kept'],
];

export function checkCases(htmlToText: HtmlToText): void {
  for (const [html, text] of HTML_CASES) expect(htmlToText(html, { skipClass: 'briefline-sources' }), html).toBe(text);
}

/** Check a reader against every case, and that it is linear on `<a<a<a…` (200 kB and 400 kB). */
export function checkHtmlToText(htmlToText: HtmlToText): void {
  checkCases(htmlToText);
  // The best of three runs, so that a busy machine's pauses do not read as the parser's time.
  const time = (n: number) => {
    const s = `x${'<a'.repeat(n / 2)}`;
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      htmlToText(s);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  time(10_000); // warm up
  const small = time(200_000);
  const large = time(400_000);
  // Linear: twice the input takes about twice the time, never four times (and well under a second).
  expect(small).toBeLessThan(1000);
  expect(large).toBeLessThan(Math.max(4 * small, 200));
  const deep = `${'<b>'.repeat(20_000)}deep${'</b>'.repeat(20_000)}`;
  expect(htmlToText(deep)).toBe('deep');
}
