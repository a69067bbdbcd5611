/**
 * Helpers for the briefing, handout and exchange e2e tests: serve the briefing fixture
 * (src/lib/briefing/__fixtures__/events.ts: six events from the seed articles, every precision)
 * in place of public/data, and build a briefing through the panel.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { briefingFixture } from '../../src/lib/briefing/__fixtures__/events';

const articles = fileURLToPath(new URL('../../data/articles/', import.meta.url));
export const fixture = briefingFixture as { events: { id: string; title: string; date: { precision: string } }[] };

/** Titles in date order, as a new briefing lists them. */
export const DATE_ORDER = [
  "India lifts hydroxychloroquine export ban at Israel's request",
  'India remains the largest buyer of Israeli military hardware',
  'Rajnath Singh and Benny Gantz speak by phone',
  'Israeli delegation flies to India for rapid COVID-19 testing',
  'Letter of intent on futuristic defence technologies',
  'India and Israel adopt a Vision on Defence Cooperation',
];

export async function serveBriefingFixture(page: Page): Promise<void> {
  await page
    .context()
    .route('**/data/events.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(briefingFixture) }),
    );
  await page.context().route('**/data/sources/*.txt', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (!/^[a-z0-9-]+\.txt$/.test(name)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/plain; charset=utf-8',
      body: readFileSync(`${articles}${name}`, 'utf8'),
    });
  });
}

export async function openBriefingApp(page: Page, hash = ''): Promise<void> {
  await serveBriefingFixture(page);
  await page.goto(`/${hash}`);
  await expect(page.getByRole('button', { name: /^Briefing/ })).toBeVisible();
}

export const panel = (page: Page) => page.getByRole('complementary', { name: 'Briefing' });
export const stepTitles = (page: Page) => panel(page).locator('.briefing-step-text strong');

/** Open the panel and start a briefing from the shown events. */
export async function newBriefing(page: Page, count = fixture.events.length): Promise<void> {
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await panel(page)
    .getByRole('button', { name: `New briefing from the ${count} shown events` })
    .click();
  await expect(stepTitles(page)).toHaveCount(count);
}

export const presentation = (page: Page) => page.getByRole('dialog', { name: /^Presentation/ });
export const counter = (page: Page) => presentation(page).locator('.presenter-counter');
export const slideTitle = (page: Page) => presentation(page).locator('.slide-heading');
