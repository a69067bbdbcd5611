/**
 * Helpers for the details / source reader specs: open an event the way a user does,
 * and read the seed event list the page is served.
 */
import type { Page, APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';
import type { EventList } from '../src/lib/schema';

/** The event list the page is served (public/data/events.json). */
export async function loadEventList(request: APIRequestContext): Promise<EventList> {
  const r = await request.get('/data/events.json');
  expect(r.ok()).toBe(true);
  return (await r.json()) as EventList;
}

/** Open an event's details by its title, as a user would (click its entry). */
export async function openEvent(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
}

export const detailsRegion = (page: Page) => page.getByRole('region', { name: 'Event details' });
export const sourceRegion = (page: Page) => page.getByRole('region', { name: 'Source text' });
