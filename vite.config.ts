import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { findLeftovers } from './scripts/extract/published.ts';
import { securityHeaders } from './scripts/securityHeaders.ts';

/**
 * The timeline's vis-timeline chunk is imported dynamically (it is not needed to paint the page
 * shell), but it is needed for the first real view: tell the browser about it in index.html so it
 * downloads alongside the initial JS instead of after it has run.
 */
function preloadTimelineChunks(): Plugin {
  let base = '/';
  return {
    name: 'briefline:preload-timeline',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {})
          .filter((c) => c.type === 'chunk' && /^vis-(timeline|data)/.test(c.name))
          .map((c) => c.fileName);
        const links = files.map((f) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${f}">`);
        return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
      },
    },
  };
}

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
        return html.replace(/<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // Nothing else refers to it (lazy chunks have stylesheets of their own): no dead copy in dist/.
          delete ctx.bundle?.[file];
          return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
        });
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
  plugins: [react(), preloadTimelineChunks(), inlineEntryCss(), pruneDataLeftovers()],
  resolve: {
    // vis-timeline's HTML filter: our content never reaches it as HTML, so a text-only stand-in (src/lib/xssAsText.ts).
    alias: [{ find: /^xss$/, replacement: resolve('src/lib/xssAsText.ts') }],
  },
  // the policy as headers too (frame-ancestors works only there), index.html keeps it as a meta tag
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, headers: securityHeaders([devPreamble]) },
  build: {
    rolldownOptions: {
      output: {
        // zod in its own chunk together with the switch that turns its eval probe off (CSP forbids eval):
        // with lazy regions, schemas live in a shared chunk that would otherwise run before main.tsx's switch.
        codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zodJitless/ }] },
      },
    },
  },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, headers: securityHeaders() },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
