/**
 * "Propose events" timed in the built app (issue 16 §8): a 5 kB article (the Devdiscourse seed article) and
 * a 200 kB one (the three seed articles and generated ones in turn, so its sentences vary) are pasted into
 * "Add an article" with their date, then the click on "Propose events" is timed to the paint after the last
 * DOM change it caused (the proposals list drawn). Each run is a fresh page; the form is filled, then a user's
 * pause of PAUSE_MS before the click (the proposer's worker warms up meanwhile, as it does for a user).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { generateEventList } from '../../src/lib/generate';
import { installProbe, median, newBenchPage, settle, timeAction } from './probe';

export interface ProposeFigures {
  /** Characters of the article. */
  chars: number;
  ms: number;
  samples: number[];
  proposals: number;
  /** Progress values the dialog showed during the last run (between 0 and 1 when shown). */
  progressSeen: number[];
  errors: string[];
}

const PAUSE_MS = 2000;
const SEEDS = ['devdiscourse-2020-07-24', 'ndtv-2020-07-24', 'outlook-2022-06-03'];

/** The Devdiscourse seed article with one word added (the same text already on the timeline is refused). */
export const smallArticle = () =>
  readFileSync(`data/articles/${SEEDS[0]}.txt`, 'utf8').replace('unique', 'unique (bench)');

/** About 200,000 characters: every fourth part a seed article, the others generated articles (seeded). */
export async function bigArticle(chars = 200_000): Promise<string> {
  const seeds = SEEDS.map((s) => readFileSync(`data/articles/${s}.txt`, 'utf8'));
  const generated = Object.values((await generateEventList({ count: 2000, seed: 7 })).texts);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = i % 4 === 0 ? seeds[(i / 4) % seeds.length]! : generated[i % generated.length]!;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

const LIST_ITEM = '[aria-label="proposed events"] li';

async function proposeOnce(browser: Browser, base: string, text: string): Promise<{ page: Page; ms: number }> {
  const page = await newBenchPage(browser);
  await page.addInitScript({ content: `var __name = (f) => f;\n(${installProbe.toString()})();` });
  await page.goto(`${base}/`);
  await settle(page, { since: 0, require: '.vis-timeline .vis-item', quietMs: 300 });
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Published').fill('2020-07-24');
  await dialog.getByLabel('Outlet').fill('Bench Gazette');
  await dialog.getByLabel('Headline').fill('A benchmark article');
  await dialog.getByLabel('Address').fill('https://example.com/bench');
  await page.waitForTimeout(PAUSE_MS);
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: number[] };
    w.progressSeen = [];
    new MutationObserver(() => {
      const p = document.querySelector<HTMLProgressElement>('progress[aria-label="Reading the article"]');
      if (p && w.progressSeen.at(-1) !== p.value) w.progressSeen.push(p.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const button = dialog.getByRole('button', { name: 'Propose events' });
  const ms = await timeAction(page, () => button.click(), LIST_ITEM, 120_000);
  return { page, ms };
}

export async function runProposeScenario(
  browser: Browser,
  base: string,
  text: string,
  runs: number,
): Promise<ProposeFigures> {
  const f: ProposeFigures = {
    chars: text.length,
    ms: Number.NaN,
    samples: [],
    proposals: 0,
    progressSeen: [],
    errors: [],
  };
  for (let r = 0; r < runs; r++) {
    try {
      const { page, ms } = await proposeOnce(browser, base, text);
      f.samples.push(ms);
      f.proposals = await page.locator(LIST_ITEM).count();
      f.progressSeen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
      await page.context().close();
    } catch (e) {
      f.errors.push(`run ${r + 1}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  f.ms = median(f.samples);
  return f;
}
