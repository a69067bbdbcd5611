/**
 * Sizes of what the built app loads before it can start: the JS and CSS that dist/index.html
 * references (entry script, modulepreloads, stylesheets, the inlined <style>, preloaded fonts), raw and
 * gzipped; plus all JS in dist/assets for comparison (lazy chunks included).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** Needed for the first paint: the entry script, the scripts before it and its modulepreloads. */
  initialJs: { files: string[]; bytes: number; gzip: number };
  /** Fetched at start-up too, at low priority, for the first timeline draw (the vis-timeline chunk). */
  preloadedJs: { files: string[]; bytes: number; gzip: number };
  initialCss: { files: string[]; bytes: number; gzip: number };
  allJs: { files: number; bytes: number; gzip: number };
  /** The shipped typeface's files that index.html preloads (woff2 is compressed already: bytes as sent). */
  preloadedFonts: { files: string[]; bytes: number };
  /** Every font file in dist/assets (those of italic or Latin Extended text load when a page shows it). */
  allFonts: { files: number; bytes: number };
  /** Dead weight that must not be in the initial JS. */
  momentLocalesInInitialJs: boolean;
}

async function measure(dist: string, files: string[]) {
  let bytes = 0;
  let gzip = 0;
  let text = '';
  for (const f of files) {
    const buf = await readFile(join(dist, f));
    bytes += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
    text += buf.toString('utf8');
  }
  return { files, bytes, gzip, text };
}

export async function bundleSizes(dist: string): Promise<BundleSizes> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => (m[1] as string).replace(/^\.?\//, ''));
  const low = new Set(refs(/<link[^>]+rel="modulepreload"[^>]+fetchpriority="low"[^>]+href="([^"]+)"/g));
  const scripts = refs(/<script[^>]+src="([^"]+\.js)"/g);
  const modulepreloads = refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const js = [...new Set([...scripts, ...modulepreloads])].filter((f) => !low.has(f));
  const preloaded = await measure(dist, [...low]);
  // a disabled stylesheet link is never fetched (it marks the inlined entry stylesheet as loaded)
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"(?![^>]*disabled)/g);
  const initialJs = await measure(dist, js);
  const fileCss = await measure(dist, css);
  // The entry stylesheet is inlined into index.html (vite.config.ts): count it all the same.
  const inline = Buffer.from([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''), 'utf8');
  const initialCss = {
    bytes: fileCss.bytes + inline.length,
    gzip: fileCss.gzip + (inline.length ? gzipSync(inline, { level: 9 }).length : 0),
  };
  const assets = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const all = await measure(dist, assets);
  const fontRefs = refs(/<link[^>]+rel="preload"[^>]+as="font"[^>]+href="([^"]+)"/g);
  const fonts = await measure(dist, fontRefs);
  const fontFiles = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.woff2')).map((f) => `assets/${f}`);
  const allFonts = await measure(dist, fontFiles);
  return {
    initialJs: { files: js, bytes: initialJs.bytes, gzip: initialJs.gzip },
    preloadedJs: { files: preloaded.files, bytes: preloaded.bytes, gzip: preloaded.gzip },
    initialCss: {
      files: inline.length ? [...css, 'index.html <style>'] : css,
      bytes: initialCss.bytes,
      gzip: initialCss.gzip,
    },
    allJs: { files: assets.length, bytes: all.bytes, gzip: all.gzip },
    preloadedFonts: { files: fonts.files, bytes: fonts.bytes },
    allFonts: { files: fontFiles.length, bytes: allFonts.bytes },
    // Locale files define e.g. moment.defineLocale('af', ...): none may be in the JS loaded at start-up.
    momentLocalesInInitialJs: /defineLocale\(\s*["']af["']/.test(initialJs.text + preloaded.text),
  };
}

export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Start-up bytes limit (issue 12): entry JS + its preloaded vis-timeline chunk + inlined CSS, gzipped. */
export const STARTUP_LIMIT = 200 * 1024;

/**
 * What a user downloads before the first timeline is drawn, gzipped, as one figure: the entry JS (and
 * the scripts it preloads), the vis-timeline chunk preloaded at low priority, and the inlined CSS.
 */
export function startupBytes(b: Pick<BundleSizes, 'initialJs' | 'preloadedJs' | 'initialCss'>): number {
  return b.initialJs.gzip + (b.preloadedJs?.gzip ?? 0) + b.initialCss.gzip;
}
