import { test, expect } from './fixtures';
import { hashParams, openApp, themeCheckbox } from './helpers/app';
import { seedLike, serveSeedLike } from './helpers/seedLike';

const total = seedLike.events.length;
const rnd = seedLike.events.filter((e) => e.themes.includes('rnd'));

test('theme checkboxes are named with their counts', async ({ page }) => {
  await openApp(page);
  const group = page.getByRole('group', { name: 'Themes' });
  for (const t of seedLike.themes) {
    const n = seedLike.events.filter((e) => e.themes.includes(t.id)).length;
    await expect(group.getByRole('checkbox', { name: `${t.label} (${n})`, exact: true })).toBeChecked();
  }
  await expect(page.getByText(`Showing ${total} of ${total} events`)).toBeVisible();
});

test('filter to R&D only and see exactly the R&D events in timeline and list', async ({ page }) => {
  await openApp(page);
  for (const t of seedLike.themes.filter((x) => x.id !== 'rnd')) await (await themeCheckbox(page, t.label)).uncheck();
  await expect(await themeCheckbox(page, 'R&D')).toBeChecked();
  await expect(page.getByText(`Showing ${rnd.length} of ${total} events`)).toBeVisible();
  await expect(page.getByText(`${total - rnd.length} events hidden`)).toBeVisible();

  await page.getByRole('button', { name: 'Fit all' }).click();
  const titles = page.locator('.timeline-canvas .ev-title');
  await expect(titles).toHaveCount(rnd.length);
  expect((await titles.allTextContents()).toSorted()).toEqual(rnd.map((e) => e.title).toSorted());

  await page.getByRole('radio', { name: 'List' }).check();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(rnd.length);
  expect((await rows.locator('.col-title').allTextContents()).toSorted()).toEqual(rnd.map((e) => e.title).toSorted());
  for (const row of await rows.all()) await expect(row.locator('.col-themes')).toContainText('R&D');
  expect(hashParams(page).get('hide')?.split(',').toSorted()).toEqual(
    seedLike.themes
      .map((t) => t.id)
      .filter((t) => t !== 'rnd')
      .toSorted(),
  );

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(rows).toHaveCount(total);
  await expect(page.getByText(/events? hidden/)).toHaveCount(0);
});

test('search matches as you type and highlights matches', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.pressSequentially('Dova');
  await expect(page.getByText(`Showing 1 of ${total} events`)).toBeVisible();
  await expect(page.locator('.timeline-canvas .ev-title')).toHaveText(['Gantz calls on Prime Minister Modi']);
  // Title words matching the search are marked, in the timeline and in the list.
  await search.fill('letter');
  await expect(page.locator('.timeline-canvas .ev-title mark')).toHaveText(['Letter']);
  await page.getByRole('radio', { name: 'List' }).check();
  // (in the title: the row's match snippet, under it, marks the summary's 'letter' too)
  await expect(page.locator('tbody .row-select mark')).toHaveText(['Letter']);
  // Fuzzy, quotes and outlets.
  await search.fill('Netanyahoo');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await search.fill('NDTV');
  const ndtv = seedLike.events.filter((e) =>
    (e as unknown as { evidence: { source: string }[] }).evidence.some((q) => q.source.startsWith('ndtv')),
  );
  await expect(page.locator('tbody tr')).toHaveCount(ndtv.length);
  await search.fill('zzqqxx');
  await expect(page.getByText(`Showing 0 of ${total} events`)).toBeVisible();
  await expect(page.getByText('No events match the filters.')).toBeVisible();
  expect(hashParams(page).get('q')).toBe('zzqqxx');
  await search.press('Escape');
  await expect(page.locator('tbody tr')).toHaveCount(total);
});

test('a search typed before the search code has arrived filters as soon as it arrives', async ({ page }) => {
  // The search code loads once the event list is in (src/app/searchCode.ts): hold it back until the search is typed.
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('Dova');
  await expect(page.getByText(`Showing ${total} of ${total} events`)).toBeVisible();
  release?.();
  await expect(page.getByText(`Showing 1 of ${total} events`)).toBeVisible();
  await expect(page.locator('.timeline-canvas .ev-title')).toHaveText(['Gantz calls on Prime Minister Modi']);
});

test('period inputs limit the events and clear again', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('From', { exact: true }).fill('2021-01-01');
  const after = seedLike.events.filter((e) => e.date.end >= '2021-01-01');
  await expect(page.getByText(`Showing ${after.length} of ${total} events`)).toBeVisible();
  await page.getByLabel('To', { exact: true }).fill('2022-06-02');
  await expect(page.getByText(`Showing ${after.length} of ${total} events`)).toBeVisible();
  await page.getByLabel('To', { exact: true }).fill('2021-06-01');
  const inside = seedLike.events.filter(
    (e) => e.date.end >= '2021-01-01' && (e.date.start === null || e.date.start <= '2021-06-01'),
  );
  await expect(page.getByText(`Showing ${inside.length} of ${total} events`)).toBeVisible();
  expect(hashParams(page).get('from')).toBe('2021-01-01');
  await page.getByRole('button', { name: 'Clear period' }).click();
  await expect(page.getByText(`Showing ${total} of ${total} events`)).toBeVisible();
});

test('the list is a sortable table of the visible events', async ({ page }) => {
  await openApp(page, '#view=list');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([/Date/, 'Title', 'Themes', 'Sources']);
  const dateHeader = table.getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr').first().getAttribute('data-event-id');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').last()).toHaveAttribute('data-event-id', first ?? '');
  // A row selects by click.
  await table.locator('tbody tr', { hasText: 'Letter of intent' }).click({ position: { x: 10, y: 10 } });
  await expect.poll(() => hashParams(page).get('sel')).toBe('letter-of-intent-2022');
  await expect(table.locator('tbody tr.is-selected')).toHaveCount(1);
  // Printable: printing shows exactly the visible events (the print handout of the shown events)
  // and none of the screen chrome.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Gantz');
  await expect(page.locator('.filter-status')).not.toHaveText(`Showing ${total} of ${total} events`);
  const shown = await table.locator('tbody .col-title').allTextContents();
  expect(shown.length).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  for (const title of shown)
    await expect(page.getByText(title, { exact: true }).filter({ visible: true }).first()).toBeVisible();
});

const noHitsTitle =
  'a search with no hits and a hidden theme: the line names the theme, the window stays on the data, ' +
  'the empty state offers the way back';
test(noHitsTitle, async ({ page }) => {
  await serveSeedLike(page);
  await page.goto('/#hide=rnd&q=zzqqxx');
  await expect(page.getByText(`Showing 0 of ${total} events`)).toBeVisible();
  // Not "0 events hidden" while R&D is off: it says which theme is hidden.
  await expect(page.locator('.hidden-line')).toContainText('R&D hidden');
  await expect(page.getByText(/\b0 events hidden/)).toHaveCount(0);
  // The window covers the data's years, not the current week.
  const years = new Set(seedLike.events.map((e) => e.date.end.slice(0, 4)));
  const axis = async () =>
    (await page.locator('.timeline-canvas .vis-time-axis .vis-text').allTextContents()).join(' ');
  await expect
    .poll(async () => {
      const a = await axis();
      return [...years].some((y) => a.includes(y));
    })
    .toBe(true);
  expect(await axis()).not.toContain(String(new Date().getFullYear()));
  const empty = page.locator('.timeline-empty');
  await expect(empty).toContainText('No events match the filters.');
  await empty.getByRole('button', { name: 'Clear search' }).click();
  await expect(page.locator('.hidden-line')).toContainText(/\d+ events? hidden by themes/);
  await expect(empty).toHaveCount(0);
});
