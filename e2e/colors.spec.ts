import { test, expect } from './fixtures';
import { openApp } from './helpers/app';

const bg = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('colour scheme follows the system, a toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme');
  const systemDark = await bg(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const systemLight = await bg(page);
  expect(systemDark).not.toBe(systemLight);

  const toggle = page.getByRole('button', { name: /^Colour scheme: System colours/ });
  await toggle.click(); // system → dark
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  expect(await bg(page)).toBe(systemDark);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  expect(await bg(page)).toBe(systemDark);
  await page.getByRole('button', { name: /^Colour scheme: Dark/ }).click(); // dark → light
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg(page)).toBe(systemLight);
  await page.getByRole('button', { name: /^Colour scheme: Light/ }).click(); // light → system
  await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme');
  expect(await bg(page)).toBe(systemDark);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme');
});
