/**
 * Issue 16, the review of "Add an article" and what follows it: a proposal offered as more evidence for an
 * event on the timeline, a passage selected with the mouse and added as evidence to an event, choosing a proposal
 * scrolls the article to its quote, and "Your articles" (the article and its events, the storage the site uses,
 * persistent storage asked for). The seed-like fixture is served as the timeline, so the events the article
 * corroborates do not change with the pipeline's output.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { acceptProposal, addDialog, fillArticle, openAddDialog, proposals } from './helpers/intake';
import { serveSeedLike } from './helpers/seedLike';
import { detailsRegion, openEvent } from './detailsHelpers';

test.describe.configure({ timeout: 90_000 });

const CALL_EVENT = 'Rajnath Singh and Benny Gantz hold a telephone call';
const RESEARCH_EVENT = 'Satisfaction with joint COVID-19 research';
const CALL_QUOTE =
  'NEW DELHI: Defence Minister Rajnath Singh on Friday held a telephone conversation with his Israeli counterpart ' +
  'Benny Gantz, officials said.';
const PRAISE = 'Both ministers praised the joint research against COVID-19 carried out by their laboratories.';
const VISIT = 'Gantz will visit New Delhi next month to sign a defence industry agreement, the ministry said.';
const ARTICLE = ['Singh and Gantz discuss defence ties by phone', '', `${CALL_QUOTE} ${PRAISE}`, '', VISIT].join('\n');
const META = {
  published: '2020-07-24',
  outlet: 'Test Wire',
  agency: '',
  headline: 'Singh and Gantz discuss defence ties by phone',
  url: 'https://example.com/news/singh-gantz-call',
};

/** Serve the seed-like timeline, paste the article and propose its events. */
async function proposeArticle(page: Page, text = ARTICLE, meta = META) {
  await serveSeedLike(page);
  await page.goto('/');
  await expect(page.getByRole('application')).toBeVisible();
  await openAddDialog(page);
  await fillArticle(page, text, meta);
  await addDialog(page).getByRole('button', { name: 'Propose events' }).click();
  await expect(proposals(page).first()).toBeVisible({ timeout: 20_000 });
}

async function addAccepted(page: Page, n: number) {
  await addDialog(page)
    .getByRole('button', { name: `Add ${n} accepted event${n === 1 ? '' : 's'}` })
    .click();
  await expect(addDialog(page)).toBeHidden();
  await expect(page.getByText(`Added ${n} event${n === 1 ? '' : 's'} from “${META.headline}”`)).toBeVisible();
}

const articlePane = (page: Page) =>
  addDialog(page).getByRole('region', { name: 'The article, with proposed quotes marked' });
/** The details' "N sources" badge (shown from two sources on). */
const sourcesBadge = (page: Page) => detailsRegion(page).getByText(/^\d+ sources$/);
/** The details' evidence quote (with its article's caption) that reads `quote`. */
const evidence = (page: Page, quote: string) =>
  detailsRegion(page)
    .getByRole('figure')
    .filter({ has: page.getByRole('blockquote').getByText(quote, { exact: true }) });

/** The proposal a selection made as evidence for `title` (named by the event's title; it takes the event's date). */
const evidenceFor = (page: Page, title: string) =>
  proposals(page).filter({ has: page.getByRole('button', { name: `more evidence — ${title}`, exact: true }) });

/** Select `phrase` in the article as a user does with the mouse: press before its first letter, drag past its last. */
async function dragSelect(page: Page, pane: Locator, phrase: string) {
  const at = await pane.evaluate((el, words) => {
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const i = n.textContent!.indexOf(words);
      if (i < 0) continue;
      const box = (from: number) => {
        const r = document.createRange();
        r.setStart(n, from);
        r.setEnd(n, from + 1);
        return r.getBoundingClientRect();
      };
      const [first, last] = [box(i), box(i + words.length - 1)];
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!at) throw new Error(`“${phrase}” is not in one piece of the article`);
  await page.mouse.move(at.x0, at.y0);
  await page.mouse.down();
  await page.mouse.move(at.x1, at.y1, { steps: 8 });
  await page.mouse.up();
}

/** Whether the element's box lies wholly inside the scrolling pane's box (top to bottom). */
async function inView(el: Locator, pane: Locator): Promise<boolean> {
  const [e, p] = await Promise.all([el.boundingBox(), pane.boundingBox()]);
  return !!e && !!p && e.height > 0 && e.y >= p.y && e.y + e.height <= p.y + p.height;
}

test('a proposal that corroborates an event on the timeline is added as more evidence for it', async ({ page }) => {
  await serveSeedLike(page);
  await page.goto('/');
  await openEvent(page, CALL_EVENT);
  await expect(sourcesBadge(page)).toHaveText('2 sources');
  await expect(evidence(page, CALL_QUOTE)).toHaveCount(0);

  await proposeArticle(page);
  const call = proposals(page).filter({ hasText: 'telephone conversation' });
  await expect(call).toHaveCount(1);
  await expect(call).toContainText(`More evidence for: ${CALL_EVENT}`);
  await call.getByRole('button', { name: 'Accept' }).click();
  await expect(call.getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
  await addAccepted(page, 1);

  // No new event: the quote joins the event that was there, with the article's outlet; one source more.
  await openEvent(page, CALL_EVENT);
  await expect(detailsRegion(page).getByRole('heading', { level: 2 })).toHaveText(CALL_EVENT);
  await expect(evidence(page, CALL_QUOTE)).toHaveCount(1);
  await expect(evidence(page, CALL_QUOTE)).toContainText('Test Wire');
  await expect(sourcesBadge(page)).toHaveText('3 sources');
  await expect(page.locator('table.event-table').getByRole('button', { name: CALL_EVENT, exact: true })).toHaveCount(1);
});

test('a passage selected with the mouse is added as evidence to an event on the timeline', async ({ page }) => {
  await proposeArticle(page);
  const d = addDialog(page);
  const add = d.getByRole('button', { name: 'Add the selection as evidence to…' });
  const target = d.getByRole('combobox', { name: 'Event for the selection' });
  await expect(add).toBeDisabled();
  await dragSelect(page, articlePane(page), PRAISE);
  await target.selectOption({ label: RESEARCH_EVENT });
  await add.click();
  await expect(d.getByRole('status')).toHaveText(`The selection will be added as evidence for “${RESEARCH_EVENT}”.`);
  const forResearch = evidenceFor(page, RESEARCH_EVENT);
  await expect(forResearch).toHaveCount(1);
  await expect(forResearch).toContainText(`More evidence for: ${RESEARCH_EVENT}`);
  await expect(forResearch).toContainText('Accepted');
  // The same passage for a second event, then rejected there: the first stays as it was (its own proposal).
  await target.selectOption({ label: CALL_EVENT });
  await add.click();
  const forCall = evidenceFor(page, CALL_EVENT);
  await expect(forCall).toHaveCount(1);
  await forCall.getByRole('button', { name: 'Reject' }).click();
  await expect(forCall).toContainText('Rejected');
  await expect(forResearch).toHaveCount(1);
  await expect(forResearch).toContainText('Accepted');
  await addAccepted(page, 1);

  await openEvent(page, RESEARCH_EVENT);
  await expect(evidence(page, PRAISE)).toHaveCount(1);
  await expect(evidence(page, PRAISE)).toContainText('Test Wire');
  await expect(sourcesBadge(page)).toHaveText('2 sources');
  await openEvent(page, CALL_EVENT);
  await expect(detailsRegion(page).getByRole('heading', { level: 2 })).toHaveText(CALL_EVENT);
  await expect(evidence(page, PRAISE)).toHaveCount(0);
});

const FILLER =
  'Analysts in the capital have long followed the partnership between the two countries, which covers aircraft, ' +
  'sensors and training as well as a steady exchange of visiting delegations and study groups.';
const DRILL = 'The two navies will hold their first joint exercise in the Arabian Sea next month, officials said.';
const LONG = [
  'India and Israel review missile partnership',
  'NEW DELHI: Senior defence officials of India and Israel met in New Delhi on Thursday to review the programme.',
  ...Array.from({ length: 12 }, (_, i) => `${FILLER} Observer ${i + 1} said so.`),
  DRILL,
].join('\n\n');

test('choosing a proposal scrolls the article to its quote', async ({ page }) => {
  await proposeArticle(page, LONG, { ...META, published: '2023-03-10', headline: 'Missile partnership reviewed' });
  const pane = articlePane(page);
  const first = pane.locator('mark', { hasText: 'met in New Delhi on Thursday' });
  const drill = pane.locator('mark', { hasText: DRILL });
  await expect(drill).toHaveCount(1);
  // The first proposal is the chosen one: its quote in view, the last one's far below it.
  await expect(first).toHaveClass('current');
  expect(await pane.evaluate((el) => el.scrollHeight > 2 * el.clientHeight), 'the article scrolls').toBe(true);
  expect(await inView(first, pane)).toBe(true);
  expect(await inView(drill, pane), 'the last quote is out of view before').toBe(false);

  await proposals(page)
    .filter({ hasText: 'first joint exercise' })
    .getByRole('button', { name: /Arabian Sea/ })
    .click();
  await expect(drill).toHaveClass('current');
  await expect.poll(() => inView(drill, pane), { message: 'the chosen quote is scrolled into view' }).toBe(true);
  expect(await inView(first, pane), 'the first quote has scrolled away').toBe(false);
  await expect(first).not.toHaveClass('current');
});

/** Bytes from the panel's "12 kB" / "1.5 MB". */
const bytes = (n: string, unit: string) => Number(n) * (unit === 'kB' ? 1024 : 1024 * 1024);

test('Your articles lists the article with its events, the storage used, and asks to keep it', async ({ page }) => {
  // navigator.storage.persist as the browser's own, with its answer chosen here: first refused, then granted
  // (the real one's answer depends on the browser's heuristics); the page counts how often the app asks.
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number; grantPersist: boolean };
    w.persistAsked = 0;
    w.grantPersist = false;
    let granted = false;
    StorageManager.prototype.persisted = () => Promise.resolve(granted);
    StorageManager.prototype.persist = () => {
      w.persistAsked++;
      granted = w.grantPersist;
      return Promise.resolve(granted);
    };
  });
  const asked = () => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked);
  await proposeArticle(page);
  await acceptProposal(page, 0);
  // The visit next month is a new event (no event is planned then): its title is the proposer's.
  const visit = proposals(page).nth(1);
  await expect(visit).toContainText('Gantz will visit New Delhi');
  await expect(visit).not.toContainText('More evidence for');
  const visitTitle = (await visit.getByRole('button', { name: / — / }).innerText()).split(' — ')[1]!;
  await acceptProposal(page, 1);
  await addAccepted(page, 2);
  expect(await asked(), 'nothing asked before the panel opens').toBe(0);

  const open = page.getByRole('button', { name: 'Your articles (1)' });
  await open.click();
  const panel = page.getByRole('dialog', { name: 'Your articles' });
  const article = panel.getByRole('listitem').filter({ hasText: META.headline });
  await expect(article).toContainText(/— Test Wire, 2020-07-24 \(test-2020-07-24, added \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
  await expect(article.getByRole('button', { name: CALL_EVENT, exact: true })).toBeVisible();
  await expect(article.getByRole('listitem').filter({ hasText: CALL_EVENT })).toContainText('(more evidence)');
  await expect(article.getByRole('button', { name: visitTitle, exact: true })).toBeVisible();
  await expect(article.getByRole('listitem').filter({ hasText: visitTitle })).not.toContainText('(more evidence)');

  const storage = panel.getByText(/^Kept in this browser’s own database/);
  const used = /the site uses (\d+(?:\.\d)?) (kB|MB) of (\d+(?:\.\d)?) (kB|MB) available\./;
  await expect(storage).toHaveText(used);
  await expect(storage).toContainText('The browser may clear it when space runs low: export your articles');
  expect(await asked()).toBe(1);
  const [, u, uUnit, q, qUnit] = used.exec(await storage.innerText())!;
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  expect(bytes(u!, uUnit!)).toBeGreaterThanOrEqual(1024);
  expect(bytes(u!, uUnit!)).toBeLessThan(bytes(q!, qUnit!));
  expect(Math.abs(bytes(q!, qUnit!) - estimate.quota!) / estimate.quota!, 'the quota the browser gives').toBeLessThan(
    0.05,
  );

  // Asked again on the next opening, granted this time: the panel says so.
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => ((window as unknown as { grantPersist: boolean }).grantPersist = true));
  await open.click();
  await expect(storage).toContainText('The browser keeps it persistently (it is not cleared to free space).');
  expect(await asked()).toBe(2);

  // An event in the list opens its details.
  await article.getByRole('button', { name: visitTitle, exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(detailsRegion(page).getByRole('heading', { level: 2 })).toHaveText(visitTitle);
  await expect(detailsRegion(page)).toContainText('added in this browser');
});
