import { test, expect } from './fixtures';
import { detailsRegion, detailsTitle, loadEventList, openEvent, rowButton, sourceRegion } from './detailsHelpers';
import { sortByDate } from '../src/lib/eventOrder';
import { formatEventDate } from '../src/lib/dateLabel';

const VISION = /Vision on Defence Cooperation/;

test('the 2022 vision statement: title, honest date, status, themes, actors, quotes with safe links', async ({
  page,
  request,
}) => {
  const data = await loadEventList(request);
  const event = data.events.find((e) => VISION.test(e.title));
  expect(event, 'the seed data has the 2022 vision statement').toBeTruthy();
  if (!event) return;
  await page.goto('/');
  await openEvent(page, VISION);
  const panel = detailsRegion(page);

  await expect(detailsTitle(page)).toHaveText(event.title);
  await expect(detailsTitle(page)).toBeFocused();
  await expect(panel.locator('.dp-date')).toContainText('2 Jun 2022');
  await expect(panel.locator('.dp-date')).toContainText('exact day');
  await expect(panel.locator('.dp-date')).toContainText(`“${event.date.expression}”`);
  // The basis, with its leading quoted copy of the expression said once.
  await expect(panel.locator('.dp-date')).toContainText(event.date.basis.replace(/^"[^"]*"/, '').trim());
  await expect(panel.getByText(event.status === 'planned' ? 'Planned' : 'Reported', { exact: true })).toBeVisible();
  for (const id of event.themes) {
    const label = data.themes.find((t) => t.id === id)?.label ?? id;
    await expect(panel.locator('.dp-theme', { hasText: label })).toBeVisible();
  }
  for (const actor of event.actors) await expect(panel.locator('.dp-chip', { hasText: actor }).first()).toBeVisible();
  await expect(panel.getByText(event.summary)).toBeVisible();

  const quotes = panel.locator('blockquote');
  await expect(quotes).toHaveCount(event.evidence.length);
  for (const [i, ev] of event.evidence.entries()) await expect(quotes.nth(i)).toHaveText(ev.quote);
  const links = panel.getByRole('link', { name: /Original article/ });
  await expect(links).toHaveCount(event.evidence.length);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  const source = data.sources.find((s) => s.id === event.evidence[0]?.source);
  if (source) {
    await expect(panel.locator('figcaption').first()).toContainText(source.outlet);
    await expect(panel.locator('figcaption').first()).toContainText(source.headline);
  }
});

test('Esc and Close close the panel and give focus back to what opened it', async ({ page }) => {
  await page.goto('/');
  const opener = await rowButton(page, VISION);
  await openEvent(page, VISION);
  await page.keyboard.press('Escape');
  await expect(detailsRegion(page)).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(detailsRegion(page)).toBeVisible();
  await detailsRegion(page).getByRole('button', { name: 'Close event details' }).click();
  await expect(detailsRegion(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('Previous/Next buttons and the [ ] keys walk the events in date order', async ({ page, request }) => {
  const data = await loadEventList(request);
  const ordered = sortByDate(data.events);
  const i = ordered.findIndex((e) => VISION.test(e.title));
  expect(i).toBeGreaterThanOrEqual(0);
  await page.goto('/');
  await openEvent(page, VISION);
  const panel = detailsRegion(page);
  const title = detailsTitle(page);
  const next = panel.getByRole('button', { name: 'Next' });
  const previous = panel.getByRole('button', { name: 'Previous' });
  await expect(next).toHaveAttribute('title', /\(\]\)/);
  await expect(previous).toHaveAttribute('title', /\(\[\)/);

  if (ordered[i - 1]) {
    await previous.click();
    await expect(title).toHaveText(ordered[i - 1]!.title);
    await expect(previous).toBeFocused();
    await next.click();
    await expect(title).toHaveText(ordered[i]!.title);
  }
  await page.keyboard.press('[');
  await expect(title).toHaveText((ordered[i - 1] ?? ordered[i])!.title);
  await page.keyboard.press(']');
  await expect(title).toHaveText(ordered[i]!.title);

  // Walk to the very end: Next is then disabled; from the start Previous is disabled.
  for (let k = i; k < ordered.length - 1; k++) await page.keyboard.press(']');
  await expect(title).toHaveText(ordered.at(-1)!.title);
  await expect(next).toBeDisabled();
  for (let k = ordered.length - 1; k > 0; k--) await page.keyboard.press('[');
  await expect(title).toHaveText(ordered[0]!.title);
  await expect(previous).toBeDisabled();
});

test('an undated event says it is undated and never shows an invented day; planned events are labelled', async ({
  page,
  request,
}) => {
  const data = await loadEventList(request);
  const undated = data.events.find((e) => e.date.precision === 'before');
  const planned = data.events.find((e) => e.status === 'planned');
  const corroborated = data.events.find((e) => new Set(e.evidence.map((x) => x.source)).size > 1);
  await page.goto('/');
  if (undated) {
    await openEvent(page, undated.title);
    const date = detailsRegion(page).locator('.dp-date');
    await expect(date).toContainText(`Undated: ${formatEventDate(undated.date)}`);
    await expect(date).toContainText(/No date given|gives no date/);
    await expect(date.locator('time')).toHaveCount(0);
  }
  if (planned) {
    await openEvent(page, planned.title);
    await expect(detailsRegion(page).locator('.dp-planned')).toHaveText('Planned');
  }
  if (corroborated) {
    await openEvent(page, corroborated.title);
    const n = new Set(corroborated.evidence.map((x) => x.source)).size;
    await expect(detailsRegion(page).getByText(`${n} sources`)).toBeVisible();
  }
  expect(undated ?? planned ?? corroborated, 'the seed data has undated, planned or corroborated events').toBeTruthy();
});

test('article texts are fetched only when the reader needs them, once each', async ({ page, request }) => {
  const data = await loadEventList(request);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/sources/')) fetched.push(r.url());
  });
  await page.goto('/');
  await expect(await rowButton(page, VISION)).toBeVisible();
  await openEvent(page, VISION);
  // The panel is drawn with its quotes; two frames later its effects have run, and any fetch they start has begun.
  await expect(
    detailsRegion(page)
      .getByRole('button', { name: /Read in source/ })
      .first(),
  ).toBeVisible();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(fetched, 'nothing fetched at start-up or on opening details').toEqual([]);

  const event = data.events.find((e) => VISION.test(e.title))!;
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  await expect(sourceRegion(page).locator('mark.current')).toBeVisible();
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toContain(`data/sources/${event.evidence[0]!.source}`);
  await page.keyboard.press('Escape');
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  await expect(sourceRegion(page).locator('mark.current')).toBeVisible();
  expect(fetched, 'the second opening reuses the cached text').toHaveLength(1);
});

const timelineKeysTitle =
  'from the timeline: arrows move the cursor, Enter opens the details with focus on the title, Esc comes back';
test(timelineKeysTitle, async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByRole('application');
  await expect(canvas.locator('.vis-item').first()).toBeVisible();
  await canvas.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(detailsRegion(page), 'moving the cursor does not open').toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(detailsRegion(page)).toBeVisible();
  await expect(detailsTitle(page)).toBeFocused();
  await page.keyboard.press(']');
  await expect(detailsTitle(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detailsRegion(page)).toHaveCount(0);
  await expect(canvas).toBeFocused();
});

test('while the presenter (a modal dialog) is open, [ ] and Esc belong to it, not to the details behind', async ({
  page,
}) => {
  await page.goto('/');
  await openEvent(page, VISION);
  const title = await detailsTitle(page).textContent();
  await detailsRegion(page).getByRole('button', { name: 'Add to briefing' }).click();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('dialog').first();
  await expect(presenter).toBeVisible();
  await page.keyboard.press(']');
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(detailsRegion(page), 'the details stayed open').toBeVisible();
  await expect(detailsTitle(page)).toHaveText(title ?? '');
});

test('printing leaves the open panels out of the page', async ({ page }) => {
  await page.goto('/');
  await openEvent(page, VISION);
  await detailsRegion(page)
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  await expect(sourceRegion(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.details-panel')).toBeHidden();
  await expect(page.locator('.source-reader')).toBeHidden();
});
