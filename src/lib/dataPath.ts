/**
 * Validates a `?data=` path (pure): only a relative path to a .json file under the app's base,
 * no scheme, no host, no "..", no backslashes or control characters. Returns the path to fetch.
 *
 * The checks run on the path decoded until it no longer changes, so a double-encoded dot segment
 * (`hostile/%252e%252e/data/events.json`) is seen as the `..` a server that decodes twice would see.
 * The path fetched is rebuilt from those decoded segments (each encoded once) and must come out of
 * `new URL` against the base unchanged and still under the base.
 */
export type DataPathResult = { ok: true; path: string } | { ok: false; reason: string };

const MAX_DECODES = 5;

/** Percent-decode until stable; null when the text is not valid percent-encoding or never settles. */
export function decodeUntilStable(raw: string): string | null {
  let cur = raw;
  for (let i = 0; i < MAX_DECODES; i++) {
    let next: string;
    try {
      next = decodeURIComponent(cur);
    } catch {
      return null;
    }
    if (next === cur) return cur;
    cur = next;
  }
  return null;
}

export function resolveDataPath(raw: string, base = '/'): DataPathResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'empty path' };
  if (trimmed.length > 300) return { ok: false, reason: 'path too long' };
  const p = decodeUntilStable(trimmed);
  if (p === null) return { ok: false, reason: 'not a plain path (bad or endless percent-encoding)' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(p)) return { ok: false, reason: 'not a plain path' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('//'))
    return { ok: false, reason: 'only paths on this site are allowed' };
  const rel = p.replace(/^\.\//, '').replace(/^\/+/, '');
  const segments = rel.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === ''))
    return { ok: false, reason: 'path must not contain "." or ".." segments' };
  if (/[?#]/.test(rel)) return { ok: false, reason: 'path must not contain ? or #' };
  if (!/\.json$/i.test(rel)) return { ok: false, reason: 'only .json files can be loaded' };
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const path = `${b}${segments.map(encodeURIComponent).join('/')}`;
  // Resolve against the base as the browser will, and require that nothing moved.
  const origin = 'https://base.invalid';
  let resolved: URL;
  try {
    resolved = new URL(path, `${origin}${b}`);
  } catch {
    return { ok: false, reason: 'not a plain path' };
  }
  if (resolved.origin !== origin || resolved.pathname !== path || !resolved.pathname.startsWith(b)) {
    return { ok: false, reason: 'path must stay under the app' };
  }
  return { ok: true, path };
}
