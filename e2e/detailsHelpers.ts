/**
 * Helpers for the details / source reader specs: open an event the way a user does
 * (from the List view's row), and read the event list the page is served.
 */
import type { Page, APIRequestContext, Locator } from '@playwright/test';
import { expect } from './fixtures';
import type { EventList } from '../src/lib/schema';

/** The event list the page is served (public/data/events.json). */
export async function loadEventList(request: APIRequestContext): Promise<EventList> {
  const r = await request.get('/data/events.json');
  expect(r.ok()).toBe(true);
  return (await r.json()) as EventList;
}

/** Switch to the List view (the header's view switch). */
export async function showList(page: Page): Promise<void> {
  const list = page.getByRole('radio', { name: 'List' });
  if (!(await list.isChecked())) await list.check();
  await expect(page.locator('table.event-table')).toBeVisible();
}

/** The List view's row button for an event, by its title. */
export async function rowButton(page: Page, title: string | RegExp): Promise<Locator> {
  await showList(page);
  const name = typeof title === 'string' ? title : title;
  return page
    .locator('table.event-table')
    .getByRole('button', { name, exact: typeof title === 'string' })
    .first();
}

/** Open an event's details by its title, as a user would (click its row in the list). */
export async function openEvent(page: Page, title: string | RegExp): Promise<void> {
  await (await rowButton(page, title)).click();
  await expect(detailsRegion(page)).toBeVisible();
}

export const detailsRegion = (page: Page) => page.getByRole('region', { name: 'Event details' });
export const sourceRegion = (page: Page) => page.getByRole('region', { name: 'Source text' });
export const detailsTitle = (page: Page) => detailsRegion(page).getByRole('heading', { level: 2 });
