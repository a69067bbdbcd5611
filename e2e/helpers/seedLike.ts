/**
 * Serve the seed-like fixture (e2e/fixtures/seed-like) in place of public/data, so these tests
 * do not depend on the pipeline's current output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { validateEventList, type TimelineEvent } from '../../src/lib/schema';
import { sortByDate } from '../../src/lib/eventOrder';

const dir = fileURLToPath(new URL('../fixtures/seed-like/', import.meta.url));
export const seedLikeText = readFileSync(`${dir}events.json`, 'utf8');
export interface FixtureEvent {
  id: string;
  title: string;
  themes: string[];
  status: string;
  date: { start: string | null; end: string; precision: string };
}
export const seedLike = JSON.parse(seedLikeText) as { events: FixtureEvent[]; themes: { id: string; label: string }[] };

export async function serveSeedLike(page: Page): Promise<void> {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: seedLikeText }),
  );
  await page.route('**/data/sources/*.txt', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (!/^[a-z0-9-]+\.txt$/.test(name)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/plain; charset=utf-8',
      body: readFileSync(`${dir}sources/${name}`, 'utf8'),
    });
  });
}

/** Serve any document as events.json. */
export async function serveEvents(page: Page, doc: unknown): Promise<void> {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: typeof doc === 'string' ? doc : JSON.stringify(doc) }),
  );
}

const validated = validateEventList(JSON.parse(seedLikeText));
if (!validated.ok) throw new Error('seed-like fixture is invalid');
/** The fixture's events in the app's date order (the same function the app uses). */
export const seedLikeOrdered: TimelineEvent[] = sortByDate(validated.value.events);
