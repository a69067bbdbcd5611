/**
 * Lighthouse on the built app with the seed data, in the local Chromium (same binary as the e2e
 * tests), mobile (Lighthouse's default, simulated slow 4G and CPU) and desktop presets.
 * Targets: performance >= 95, accessibility 100, best practices 100.
 * Run alone with `npm run bench:lighthouse` (builds and serves dist/ itself) or as part of `npm run bench`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumLaunchOptions } from '../../playwright.config';
import { serveStatic } from './server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(url: string, outDir: string): Promise<Record<string, number>> {
  const chromePath = 'executablePath' in chromiumLaunchOptions ? chromiumLaunchOptions.executablePath : undefined;
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  const scores: Record<string, number> = {};
  const failed: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES }, config);
      if (!result) throw new Error('lighthouse returned no result');
      await writeFile(`${outDir}/lighthouse-${preset}.html`, String(result.report));
      for (const c of Object.values(result.lhr.categories)) {
        scores[`${preset} ${c.title.toLowerCase()}`] = Math.round((c.score ?? 0) * 100);
      }
      for (const a of Object.values(result.lhr.audits)) {
        if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual') {
          failed.push(`${preset}: ${a.id} (${a.title})${a.displayValue ? ` ${a.displayValue}` : ''}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  if (failed.length) console.log(`Lighthouse audits below 0.9:\n  ${failed.join('\n  ')}`);
  console.log(`Lighthouse reports: ${outDir}/lighthouse-{mobile,desktop}.html`);
  return scores;
}

const PORT = Number(process.env.BENCH_PORT ?? 4351);
/** Its own build directory, so a benchmark never clobbers the dist/ that e2e serves. */
const DIST = '.tmp/bench-dist';

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(1);
  }
  const server = await serveStatic(DIST, PORT);
  try {
    const scores = await runLighthouse(`${server.url}/`, 'bench/out');
    console.table(scores);
    const bad = Object.entries(scores).filter(([k, v]) => (k.endsWith('performance') ? v < 95 : !k.endsWith('seo') && v < 100));
    if (bad.length) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
