/**
 * The security headers Briefline is served with (vite preview and the dev server, vite.config.ts),
 * and that a static host should send (README, "Serving"). index.html carries the same policy as a
 * <meta> tag for hosts that send no headers; a meta policy cannot say frame-ancestors (browsers ignore
 * it there), so only the header forbids framing. securityHeaders.test.ts keeps the two in step.
 */
import { createHash } from 'node:crypto';

/** The policy of index.html's meta tag, directive by directive. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const META_CSP = CSP_DIRECTIVES.join('; ');

/** 'sha256-…' source expression for an inline script's exact text. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * The header policy: the meta policy plus frame-ancestors 'none'. `inlineScripts` are allowed by
 * hash (the dev server's React Refresh preamble, which Vite puts before the meta tag).
 */
export function headerCsp(inlineScripts: readonly string[] = []): string {
  const directives = CSP_DIRECTIVES.map((d) =>
    d.startsWith('script-src ') && inlineScripts.length ? `${d} ${inlineScripts.map(scriptHash).join(' ')}` : d,
  );
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

export function securityHeaders(inlineScripts: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': headerCsp(inlineScripts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
