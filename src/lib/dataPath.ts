/**
 * Validates a `?data=` path (pure): only a relative path to a .json file under the app's base,
 * no scheme, no host, no "..", no backslashes or control characters. Returns the path to fetch.
 */
export type DataPathResult = { ok: true; path: string } | { ok: false; reason: string };

export function resolveDataPath(raw: string, base = '/'): DataPathResult {
  const p = raw.trim();
  if (p === '') return { ok: false, reason: 'empty path' };
  if (p.length > 300) return { ok: false, reason: 'path too long' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(p)) return { ok: false, reason: 'not a plain path' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('//')) return { ok: false, reason: 'only paths on this site are allowed' };
  const rel = p.replace(/^\.\//, '').replace(/^\/+/, '');
  const segments = rel.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return { ok: false, reason: 'path must not contain "." or ".." segments' };
  if (/[?#]/.test(rel)) return { ok: false, reason: 'path must not contain ? or #' };
  if (!/\.json$/i.test(rel)) return { ok: false, reason: 'only .json files can be loaded' };
  const b = base.endsWith('/') ? base : `${base}/`;
  return { ok: true, path: `${b}${rel}` };
}
