/** Helpers for the "Add an article" specs: fill the dialog as a user does, accept proposals, export. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const ARTICLE = readFileSync(new URL('../fixtures/intake/article.txt', import.meta.url), 'utf8');
export const META = {
  published: '2023-03-10',
  outlet: 'Test Gazette',
  agency: 'PTI',
  headline: 'India and Israel review missile partnership',
  url: 'https://example.com/news/missile-partnership',
};

export const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });
export const proposals = (page: Page) =>
  addDialog(page).getByRole('list', { name: 'proposed events' }).getByRole('listitem');

export async function openAddDialog(page: Page) {
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(addDialog(page)).toBeVisible();
}

export async function fillArticle(page: Page, text = ARTICLE, meta: Partial<typeof META> = META) {
  const d = addDialog(page);
  await d.getByLabel('Article text').fill(text);
  if (meta.published !== undefined) await d.getByLabel('Published').fill(meta.published);
  if (meta.outlet !== undefined) await d.getByLabel('Outlet').fill(meta.outlet);
  if (meta.agency !== undefined) await d.getByLabel('Agency').fill(meta.agency);
  if (meta.headline !== undefined) await d.getByLabel('Headline').fill(meta.headline);
  if (meta.url !== undefined) await d.getByLabel('Address').fill(meta.url);
}

/** Paste the fixture article, propose, accept the first `n` proposals and add them. */
export async function addArticleWithEvents(page: Page, n = 3) {
  await openAddDialog(page);
  await fillArticle(page);
  await addDialog(page).getByRole('button', { name: 'Propose events' }).click();
  await expect(proposals(page).nth(n - 1)).toBeVisible({ timeout: 20_000 });
  for (let i = 0; i < n; i++) await acceptProposal(page, i);
  await addDialog(page)
    .getByRole('button', { name: `Add ${n} accepted event${n === 1 ? '' : 's'}` })
    .click();
  await expect(addDialog(page)).toBeHidden();
}

/** Accept the i-th proposal, giving it a theme first when the proposer suggested none (the schema needs one). */
export async function acceptProposal(page: Page, i: number) {
  const item = proposals(page).nth(i);
  if (/No theme yet/.test(await item.innerText())) {
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByRole('checkbox', { name: 'Diplomacy', exact: true }).check();
    await item.getByRole('button', { name: 'Edit' }).click();
  }
  await item.getByRole('button', { name: 'Accept' }).click();
}
