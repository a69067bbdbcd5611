/**
 * Imported TimelineJS headlines and texts are HTML. Briefline shows them as text, never as markup,
 * and never reads HTML with regular expressions: a real HTML parser builds an inert tree (nothing
 * loads or runs) and only its text nodes are read, so every named and numeric character reference is
 * decoded as a browser decodes it and attribute text (`<a title="x>y">`) never leaks into the text.
 * Parsing is linear in the input (the WHATWG tokenizer), whatever the markup (`<a<a<a…`).
 *
 * src/lib stays DOM-free: the parser is injected as an HtmlTree. In the browser it is an inert
 * DOMParser document (src/components/exchange/domHtml.ts); in Node, tests and the import worker it
 * is parse5 (./htmlParse5.ts), the parser jsdom uses.
 */

/** A parsed HTML tree, seen through the few questions the text walk asks. */
export interface HtmlTree<N> {
  /** Parse into an inert tree; returns the node whose descendants hold the text. */
  parse(html: string): N;
  children(node: N): ArrayLike<N>;
  /** Lower-case element name; null for anything that is not an element. */
  tag(node: N): string | null;
  /** The text of a text node; null for anything else (comments included). */
  text(node: N): string | null;
  /** An element's class attribute ("" when none). */
  className(node: N): string;
}

export interface HtmlToTextOptions {
  /** Leave out elements with this class and their content (Briefline's own sources paragraph). */
  skipClass?: string;
}

/** HTML in, plain text out: what an importer is given. */
export type HtmlToText = (html: string, options?: HtmlToTextOptions) => string;

/** Elements whose content is never text a reader sees. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
/** Elements that end a line. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'dt',
  'dd',
  'pre',
  'section',
  'article',
]);

function hasClass(className: string, wanted: string): boolean {
  return className.split(/\s+/).includes(wanted);
}

/** Tidy plain text (not HTML): runs of spaces to one, no spaces around line breaks, at most one blank line. */
export function tidyText(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The reader of HTML as text for a given parser. Walks the tree without recursion (any depth). */
export function htmlToTextWith<N>(tree: HtmlTree<N>): HtmlToText {
  return (html, options = {}) => {
    if (html === '') return '';
    const out: string[] = [];
    // Stack of nodes to visit; `null` entries mark the end of a block element.
    const stack: (N | null)[] = [tree.parse(html)];
    let first = true;
    while (stack.length) {
      const node = stack.pop();
      if (node === null) {
        out.push('\n');
        continue;
      }
      if (node === undefined) break;
      const text = tree.text(node);
      if (text !== null) {
        out.push(text);
        continue;
      }
      const tag = first ? null : tree.tag(node);
      first = false;
      if (tag !== null) {
        if (SKIP.has(tag)) continue;
        if (options.skipClass && hasClass(tree.className(node), options.skipClass)) continue;
        if (tag === 'br') {
          out.push('\n');
          continue;
        }
        if (BLOCK.has(tag)) stack.push(null);
      }
      const kids = tree.children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as N);
    }
    return tidyText(out.join(''));
  };
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
