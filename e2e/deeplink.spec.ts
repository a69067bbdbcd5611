import { test, expect } from './fixtures';
import { hashParams, jumpToYear, linkWindow, openApp, settledWindow, themeCheckbox, timelineItem } from './helpers/app';
import { serveSeedLike, seedLike } from './helpers/seedLike';

const total = seedLike.events.length;

test('a deep link restores selection, themes, search, period, view and window exactly', async ({ page }) => {
  await openApp(page);
  await (await themeCheckbox(page, 'Procurement')).uncheck();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Gantz');
  await page.getByLabel('From', { exact: true }).fill('2020-07-01');
  await timelineItem(page, 'Gantz accepts an invitation to visit India').click();
  await jumpToYear(page, 2020);
  await expect.poll(() => hashParams(page).get('win')).toMatch(/^\d+\.\.\d+$/);
  const hash = new URL(page.url()).hash;
  const status = await page.locator('.filter-status').textContent();

  await page.reload();
  await expect(page.locator('.timeline-canvas .ev-title').first()).toBeVisible();
  expect(new URL(page.url()).hash).toBe(hash);
  await expect(await themeCheckbox(page, 'Procurement')).not.toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Gantz');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-07-01');
  await expect(page.locator('.filter-status')).toHaveText(status ?? '');
  await expect(timelineItem(page, 'Gantz accepts an invitation to visit India')).toHaveClass(/vis-selected/);
  // The window is restored exactly (not refitted), and stays so once nothing moves it.
  await settledWindow(page);
  expect(new URL(page.url()).hash).toBe(hash);

  // The list view is part of the link too.
  await page.getByRole('radio', { name: 'List' }).check();
  const rows = await page.locator('tbody .col-title').allTextContents();
  expect(rows.length).toBeGreaterThan(2);
  expect(rows.every((t) => !/Spike|Fast-track/.test(t))).toBe(true);
  await page.reload();
  await expect(page.locator('tbody .col-title')).toHaveText(rows);
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(page.getByRole('table').locator('tbody tr.is-selected')).toContainText('Gantz accepts an invitation');
});

test('a link naming only an event opens on all events with it selected, not on a week around it', async ({ page }) => {
  const event = seedLike.events.find((e) => e.date.precision === 'day')!;
  await openApp(page, `#sel=${event.id}`);
  await expect(timelineItem(page, event.title)).toHaveClass(/vis-selected/);
  const days = () => linkWindow(page).span / 86_400_000;
  // All of the fixture's years in view (2017 to 2023), and still so once the window has stopped moving: it sometimes
  // ended on a 6-day window around the event.
  await expect.poll(days).toBeGreaterThan(365 * 4);
  expect((await settledWindow(page)).span / 86_400_000).toBeGreaterThan(365 * 4);
});

test('a link with a search waits for the search code, and a window change meanwhile does not rewrite it', async ({
  page,
}) => {
  // The search code loads once the event list is in (src/app/searchCode.ts): held back until the timeline is drawn.
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, '#q=Gantz&view=list');
  // the timeline's window changes meanwhile (vis reports its first window the same way)
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => hashParams(page).get('q')).toBe('Gantz');
  release?.();
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Gantz');
  await expect(page.locator('tbody tr').first()).toContainText('Gantz');
  expect(hashParams(page).get('q')).toBe('Gantz');
});

test('Back and Forward walk through selections', async ({ page }) => {
  await openApp(page, '#view=list');
  const rows = page.getByRole('table').locator('tbody tr');
  const pick = async (title: string) => rows.filter({ hasText: title }).click({ position: { x: 10, y: 10 } });
  await pick('Letter of intent');
  await pick('Gantz calls on Prime Minister Modi');
  await pick('India procures Spike');
  const selected = () => page.locator('tbody tr.is-selected');
  await expect(selected()).toContainText('Spike');
  await page.goBack();
  await expect(selected()).toContainText('Gantz calls on Prime Minister Modi');
  await page.goBack();
  await expect(selected()).toContainText('Letter of intent');
  await page.goForward();
  await expect(selected()).toContainText('Gantz calls on Prime Minister Modi');
  expect(hashParams(page).get('sel')).toBe('gantz-meets-modi-2022');
  // Typing a search does not add history entries: Back from here leaves the selection walk intact.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Gantz');
  await page.goBack();
  await expect(selected()).toContainText('Letter of intent');
});

test('unknown event id, theme and garbage in the link give notices, never a crash', async ({ page }) => {
  await serveSeedLike(page);
  await page.goto('/#sel=no-such-event&hide=rnd,no-such-theme&from=2020-99-99&win=abc&view=nope');
  await expect(
    page.getByText('The link names an event "no-such-event" that is not in this event list; ignored.'),
  ).toBeVisible();
  await expect(page.getByText(/unknown theme "no-such-theme"/)).toBeVisible();
  await expect(page.getByText('Ignored start date "2020-99-99" in the link.')).toBeVisible();
  await expect(page.getByText('Ignored time window "abc" in the link.')).toBeVisible();
  await expect(page.getByText('Ignored view "nope" in the link.')).toBeVisible();
  // The valid part is applied, the rest dropped from the address.
  await expect(await themeCheckbox(page, 'R&D')).not.toBeChecked();
  await expect.poll(() => hashParams(page).get('hide')).toBe('rnd');
  expect(hashParams(page).get('sel')).toBeNull();
  const rnd = seedLike.events.filter((e) => e.themes.includes('rnd') && e.themes.every((t) => t === 'rnd')).length;
  await expect(page.getByText(`Showing ${total - rnd} of ${total} events`)).toBeVisible();
  // Notices can be dismissed.
  await page.getByRole('button', { name: /Dismiss: Ignored view/ }).click();
  await expect(page.getByText('Ignored view "nope" in the link.')).toHaveCount(0);
  // Editing the hash by hand is picked up too.
  await page.evaluate(() => (window.location.hash = '#sel=letter-of-intent-2022'));
  await expect(timelineItem(page, 'Letter of intent on futuristic defence technologies')).toHaveClass(/vis-selected/);
});

test('Copy link puts the address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '#sel=letter-of-intent-2022');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).hash).toContain('sel=letter-of-intent-2022');
});
