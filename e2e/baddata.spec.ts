import { test, expect } from './fixtures';
import { serveEvents, seedLikeText } from './helpers/seedLike';

type Doc = { events: { id: string; title: string; themes: string[]; date: Record<string, unknown> }[] };

test('an invalid events.json lists each problem with file, event id and field', async ({ page }) => {
  const doc = JSON.parse(seedLikeText) as Doc;
  doc.events[0]!.title = '';
  doc.events[2]!.date.end = '2020-13-45';
  doc.events[3]!.themes = ['no-such-theme'];
  await serveEvents(page, doc);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The event list could not be shown');
  const items = page.locator('.problems li');
  await expect(items).toHaveCount(3);
  const id0 = doc.events[0]!.id;
  await expect(items.filter({ hasText: `[${id0}] title` })).toHaveCount(1);
  await expect(items.filter({ hasText: `[${doc.events[2]!.id}] date.end: not a real calendar day` })).toHaveCount(1);
  await expect(items.filter({ hasText: `themes.0: unknown theme "no-such-theme"` })).toHaveCount(1);
  await expect(items.first()).toContainText('data/events.json');
});

test('events.json that is not JSON, or missing, is reported instead of a blank page', async ({
  page,
  allowConsole,
}) => {
  allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await serveEvents(page, '{ "schemaVersion": 1, ');
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be shown');
  await expect(page.locator('.problems li')).toContainText('is not valid JSON');

  await page.unroute('**/data/events.json');
  await page.route('**/data/events.json', (r) => r.fulfill({ status: 404, body: 'not here' }));
  await page.reload();
  await expect(page.locator('.problems li')).toContainText('could not be loaded (HTTP 404');
});

test('?data= loads a same-origin file and refuses anything else with a notice', async ({ page }) => {
  const doc = JSON.parse(seedLikeText) as { title: string };
  doc.title = 'Alternate list';
  await page.route('**/bench/alt.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }),
  );
  await page.route('**/data/events.json', (r) => r.fulfill({ contentType: 'application/json', body: seedLikeText }));
  await page.goto('/?data=bench/alt.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Alternate list');
  await page.goto('/?data=https://evil.example/x.json');
  await expect(
    page.getByText(/Ignored \?data=https:\/\/evil\.example\/x\.json: only paths on this site are allowed/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(fixture)');
});

const requestedOnceTitle =
  'the event list is requested once: early by index.html for the default list, only the ?data= file otherwise';
test(requestedOnceTitle, async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch' && r.url().endsWith('.json')) requested.push(new URL(r.url()).pathname);
  });
  await page.route('**/data/events.json', (r) => r.fulfill({ contentType: 'application/json', body: seedLikeText }));
  await page.route('**/bench/alt.json', (r) => r.fulfill({ contentType: 'application/json', body: seedLikeText }));
  await page.goto('/');
  await expect(page.locator('.timeline-canvas .vis-item').first()).toBeVisible();
  expect(requested).toEqual(['/data/events.json']);
  requested.length = 0;
  await page.goto('/?data=bench/alt.json');
  await expect(page.locator('.timeline-canvas .vis-item').first()).toBeVisible();
  expect(requested).toEqual(['/bench/alt.json']);
});

test('?data= with double-encoded dot segments is refused before anything is fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch' && r.url().includes('hostile')) fetched.push(r.url());
  });
  await page.route('**/data/events.json', (r) => r.fulfill({ contentType: 'application/json', body: seedLikeText }));
  // (Not ending in data/events.json, which the route above would also answer for the page itself.)
  for (const bad of [
    'hostile/%252e%252e/secret/list.json',
    'hostile/%2e%2e/secret/list.json',
    'hostile%252f..%252fx.json',
  ]) {
    await page.goto(`/?data=${bad}`);
    await expect(page.getByText(/Ignored \?data=.*: path must not contain "\." or "\.\." segments/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(fixture)');
  }
  expect(fetched).toEqual([]);
});

test('a missing ?data= list reads "not found": a 404, or a web page served in its place', async ({
  page,
  allowConsole,
}) => {
  allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await page.route('**/bench/gone.json', (r) =>
    r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await page.goto('/?data=bench/gone.json');
  await expect(page.locator('.problems li')).toContainText('/bench/gone.json: not found');
  await expect(page.locator('.problems li')).not.toContainText('JSON');

  await page.route('**/bench/spa.json', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>app</body></html>' }),
  );
  await page.goto('/?data=bench/spa.json');
  await expect(page.locator('.problems li')).toContainText('/bench/spa.json: not found (the server sent a web page');
  await expect(page.locator('.problems li')).not.toContainText('not valid JSON');
});
