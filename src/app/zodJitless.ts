/**
 * The page's CSP forbids eval, so zod's JIT cannot run in the browser; left alone, zod probes for
 * it with new Function(), which the browser reports as a CSP violation (Lighthouse best practices).
 * Imported first by main.tsx so it runs before any schema is used.
 */
import { config } from 'zod/mini';

config({ jitless: true });
