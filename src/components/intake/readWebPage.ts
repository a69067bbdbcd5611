/**
 * A saved web page (.html/.htm) read in the browser (issue 16): parsed into an inert document with
 * DOMParser (no script runs, nothing loads), the article found by @mozilla/readability, its text
 * taken block by block (paragraphs and headings separated by a blank line), and the page's own
 * metadata read for the form to prefill: headline, outlet (og:site_name), publication day
 * (article:published_time, JSON-LD datePublished, <time>) and canonical address.
 */
import { Readability } from '@mozilla/readability';

export interface WebPageArticle {
  text: string;
  headline: string;
  outlet: string;
  published: string;
  url: string;
}

const meta = (doc: Document, ...keys: string[]) => {
  for (const k of keys) {
    const el = doc.querySelector<HTMLMetaElement>(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.content?.trim();
    if (v) return v;
  }
  return '';
};

const dayOf = (raw: string) => /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim())?.[1] ?? '';

function jsonLdDate(doc: Document): string {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findKey(JSON.parse(s.textContent ?? '') as unknown, 'datePublished');
      if (typeof found === 'string' && dayOf(found)) return dayOf(found);
    } catch {
      /* not JSON: ignored, other sources of the date are tried */
    }
  }
  return '';
}

function findKey(v: unknown, key: string): unknown {
  if (Array.isArray(v)) {
    for (const x of v) {
      const r = findKey(x, key);
      if (r !== undefined) return r;
    }
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (key in o) return o[key];
    for (const x of Object.values(o)) {
      const r = findKey(x, key);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

/** The article's text: one block per paragraph, whitespace inside a block collapsed as a browser shows it. */
function blockText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  disarm(doc);
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = (blocks.length ? blocks : [doc.body])
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return parts.join('\n\n');
}

/**
 * Nothing of the page may act, even inside the inert document: scripts, frames and embedded
 * objects are removed, and every event-handler attribute and every address that would load
 * something (src, srcset), before Readability reads it (Chromium otherwise reports the page's
 * inline handlers against the app's CSP while Readability moves nodes around).
 */
function disarm(doc: Document): void {
  doc
    .querySelectorAll(
      'script:not([type="application/ld+json"]), iframe, frame, object, embed, noscript, template, link[rel="import"]',
    )
    .forEach((el) => el.remove());
  for (const el of doc.querySelectorAll('*')) {
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || name === 'src' || name === 'srcset' || name === 'style') el.removeAttribute(a.name);
    }
  }
}

export function readWebPage(html: string): { ok: true; value: WebPageArticle } | { ok: false; error: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  disarm(doc);
  const published =
    dayOf(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')) ||
    jsonLdDate(doc) ||
    dayOf(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  const canonical =
    doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url');
  const url = /^https?:\/\//i.test(canonical) ? canonical : '';
  const outlet = meta(doc, 'og:site_name');
  const ogTitle = meta(doc, 'og:title');
  doc.querySelectorAll('script').forEach((el) => el.remove()); // JSON-LD has been read
  const article = new Readability(doc).parse();
  const text = article?.content ? blockText(article.content) : '';
  if (!article || text.length < 80)
    return {
      ok: false,
      error: 'No article was found in this page (it may be a front page, or the article is loaded by script).',
    };
  return {
    ok: true,
    value: {
      text,
      headline: (ogTitle || article.title || '').trim(),
      outlet: outlet || (article.siteName ?? '').trim(),
      published,
      url,
    },
  };
}

/** What a dropped or chosen file is, by name and type: a web page, plain text, or neither. */
export function fileKind(file: { name: string; type: string }): 'html' | 'text' | 'other' {
  const n = file.name.toLowerCase();
  if (n.endsWith('.html') || n.endsWith('.htm') || file.type === 'text/html') return 'html';
  if (n.endsWith('.txt') || file.type === 'text/plain') return 'text';
  return 'other';
}
