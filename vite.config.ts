import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { findLeftovers } from './scripts/extract/published.ts';
import { securityHeaders } from './scripts/securityHeaders.ts';
import { timelineOnly } from './scripts/build/timelineOnly.ts';
import { timelineCssOnly } from './scripts/build/timelineCssOnly.ts';

type OutputBundle = NonNullable<Parameters<Extract<Plugin['generateBundle'], (...a: never[]) => unknown>>[1]>;

/**
 * A build plugin that adds one <link> to index.html's head per bundle file `pick` chooses: the shared shape of the
 * timeline-chunk and first-view-font preloads below.
 */
function preloadLinks(name: string, pick: (bundle: OutputBundle) => string[], tag: (href: string) => string): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const links = pick(ctx.bundle ?? {}).map((f) => tag(`${base}${f}`));
        return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
      },
    },
  };
}

/**
 * The timeline's vis-timeline chunk is imported dynamically (it is not needed to paint the page
 * shell), but it is needed for the first real view: tell the browser about it in index.html so it
 * downloads alongside the initial JS instead of after it has run.
 */
const preloadTimelineChunks = () =>
  preloadLinks(
    'briefline:preload-timeline',
    (bundle) =>
      Object.values(bundle)
        .filter((c) => c.type === 'chunk' && /^vis-(timeline|data)/.test(c.name))
        .map((c) => c.fileName),
    (href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${href}">`,
  );

/**
 * The first view is upright Latin text in the shipped typeface (src/styles/fonts.css): preload that one
 * woff2 so text does not wait for the stylesheet to be parsed before the font is requested. The italic
 * and Latin Extended faces load only when a page shows such text.
 */
const FIRST_VIEW_FONTS = /^assets\/inter-latin-wght-normal-[\w-]+\.woff2$/;
const preloadFirstViewFonts = () =>
  preloadLinks(
    'briefline:preload-fonts',
    (bundle) => Object.keys(bundle).filter((f) => FIRST_VIEW_FONTS.test(f)),
    (href) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${href}">`,
  );

/**
 * The app's stylesheet goes into index.html as a <style> element: the page can paint its first
 * view without waiting for one more request (the CSP allows inline styles, not inline scripts).
 * Stylesheets of lazily loaded chunks stay files.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'briefline:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet"[^>]*href="([^"]*\/(assets\/[^"]+\.css))"[^>]*>/g,
          (tag, href, file) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            // A lazy chunk that shares a module with the entry lists this stylesheet among its dependencies, and
            // Vite's preload helper skips a stylesheet only when a <link rel=stylesheet> names it: a disabled one
            // (never fetched, never applied) says "already here", and the file stays in dist/ for that import.
            const marker = `<link rel="stylesheet" href="${href}" disabled>`;
            return `<style>${css.replaceAll('</style', '<\\/style')}</style>${marker}`;
          },
        );
      },
    },
  };
}

/**
 * dist/ gets public/ as it is; what an interrupted `npm run extract` left in public/data (temporary
 * .extract-* files, texts no events.json names) is not part of the published data: not in dist/ either.
 * The same rule as the pipeline's own cleanup (scripts/extract/published.ts), applied to the copy.
 */
export function pruneDataLeftovers(): Plugin {
  let dataDir = '';
  return {
    name: 'briefline:prune-data-leftovers',
    apply: 'build',
    configResolved(config) {
      dataDir = join(resolve(config.root, config.build.outDir), 'data');
    },
    closeBundle() {
      for (const rel of findLeftovers(dataDir)) rmSync(join(dataDir, rel), { recursive: true, force: true });
    },
  };
}

/** The dev server's HTML starts with React Refresh's inline preamble (before the meta policy): allowed by hash. */
const devPreamble = react.preambleCode.replace('__BASE__', '/');

export default defineConfig({
  plugins: [
    react(),
    timelineOnly(),
    timelineCssOnly(),
    preloadTimelineChunks(),
    preloadFirstViewFonts(),
    inlineEntryCss(),
    pruneDataLeftovers(),
  ],
  // the policy as headers too (frame-ancestors works only there), index.html keeps it as a meta tag
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, headers: securityHeaders([devPreamble]) },
  resolve: {
    // vis-timeline's HTML filter: our content never reaches it as HTML, so a text-only stand-in (src/lib/xssAsText.ts).
    alias: [{ find: /^xss$/, replacement: resolve('src/lib/xssAsText.ts') }],
  },
  build: {
    rolldownOptions: {
      output: {
        // zod in its own chunk together with the switch that turns its eval probe off (CSP forbids eval):
        // with lazy regions, schemas live in a shared chunk that would otherwise run before main.tsx's switch.
        // Every other module of the start-up (`$initial`: the entry's static imports, all the way down) in one chunk
        // with the entry: else the chunking splits off a chunk for each set of lazy chunks that share some of them
        // (12 files at start-up, each with its own imports, exports and gzip header; 4 now: 2.6 kB gzipped less).
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zodJitless/ },
            { name: 'startup', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  // The import worker (src/components/exchange/importWorker.ts) is a module worker, split like the app.
  worker: { format: 'es' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, headers: securityHeaders() },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
