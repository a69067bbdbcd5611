/**
 * Sizes of what the built app loads before it can start: the JS and CSS that dist/index.html
 * references (entry script, modulepreloads, stylesheets), raw and gzipped; plus all JS in dist/assets
 * for comparison (lazy chunks included).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  initialJs: { files: string[]; bytes: number; gzip: number };
  initialCss: { files: string[]; bytes: number; gzip: number };
  allJs: { files: number; bytes: number; gzip: number };
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
  const js = [...new Set([...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)])];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const initialJs = await measure(dist, js);
  const initialCss = await measure(dist, css);
  const assets = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const all = await measure(dist, assets);
  return {
    initialJs: { files: js, bytes: initialJs.bytes, gzip: initialJs.gzip },
    initialCss: { files: css, bytes: initialCss.bytes, gzip: initialCss.gzip },
    allJs: { files: assets.length, bytes: all.bytes, gzip: all.gzip },
    // Locale files define e.g. moment.defineLocale('af', ...): none may be in the initial JS.
    momentLocalesInInitialJs: /defineLocale\(\s*["']af["']/.test(initialJs.text),
  };
}

export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
