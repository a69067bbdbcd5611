/**
 * The HtmlTree of parse5 (the WHATWG-conformant parser jsdom uses): for Node, the tests and the
 * import worker, where there is no DOMParser. A fragment is parsed as the body of a page would be.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { htmlToTextWith, type HtmlTree } from './html';

type Node = DefaultTreeAdapterMap['node'];

export const parse5Tree: HtmlTree<Node> = {
  parse: (html) => parseFragment(html),
  children: (n) => ('childNodes' in n ? n.childNodes : []),
  tag: (n) => ('tagName' in n ? n.tagName.toLowerCase() : null),
  text: (n) => (n.nodeName === '#text' && 'value' in n ? n.value : null),
  className: (n) => ('attrs' in n ? (n.attrs.find((a) => a.name === 'class')?.value ?? '') : ''),
};

export const htmlToTextParse5 = htmlToTextWith(parse5Tree);
