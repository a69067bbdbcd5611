/**
 * The HtmlTree of the browser's own parser: an inert DOMParser document (scripts do not run,
 * nothing loads, no handler fires), read through its text nodes only.
 */
import { htmlToTextWith, type HtmlTree } from '../../lib/exchange/html';

const parser = typeof DOMParser === 'undefined' ? null : new DOMParser();

export const domTree: HtmlTree<Node> = {
  parse: (html) => (parser as DOMParser).parseFromString(html, 'text/html').documentElement,
  children: (n) => n.childNodes,
  tag: (n) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element).localName : null),
  text: (n) => (n.nodeType === Node.TEXT_NODE ? (n as Text).data : null),
  className: (n) => (n.nodeType === Node.ELEMENT_NODE ? ((n as Element).getAttribute('class') ?? '') : ''),
};

export const htmlToTextDom = htmlToTextWith(domTree);
