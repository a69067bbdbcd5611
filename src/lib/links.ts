/**
 * Which strings from data may become links or fetch paths. Pure, no DOM.
 *
 * Only absolute http: and https: addresses ever become links. Everything else (javascript:,
 * data:, vbscript:, file:, relative paths, protocol-relative //host, garbage) gives null, and
 * the caller shows the text without a link. The WHATWG URL parser does the parsing, so the
 * tricks browsers accept (upper case, leading spaces and control characters, tabs or newlines
 * inside the scheme) are normalised exactly as a browser would before the scheme is checked.
 */

const LINKABLE = new Set(['http:', 'https:']);

/** The normalised address if `raw` is an absolute http(s) URL, else null. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!LINKABLE.has(url.protocol)) return null;
  if (!url.hostname) return null;
  return url.href;
}

/** The host to show beside a link ("www.ndtv.com"), or null when the address is not linkable. */
export function linkHost(raw: unknown): string | null {
  const href = safeHref(raw);
  return href ? new URL(href).host : null;
}

/**
 * A same-origin relative path for fetching an article text (sources[].text, e.g.
 * "data/sources/ndtv-2020-07-24.txt"), or null when it could point anywhere else:
 * absolute URLs, protocol-relative "//host", leading "/", backslashes, ".." segments,
 * query strings, fragments and anything outside a plain path alphabet are refused.
 */
export function safeTextPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 300) return null;
  if (!/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(raw)) return null;
  if (raw.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  return raw;
}
