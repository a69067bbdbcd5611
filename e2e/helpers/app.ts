/** Small page helpers shared by the app e2e tests. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { serveSeedLike } from './seedLike';

export async function openApp(page: Page, hash = ''): Promise<void> {
  await serveSeedLike(page);
  await page.goto(`/${hash}`);
  await expect(page.locator('.timeline-canvas .vis-item, .event-table').first()).toBeVisible();
}

export const timelineItem = (page: Page, title: string) =>
  page.locator('.timeline-canvas .vis-item', { hasText: title });

export function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.replace(/^#/, ''));
}

export async function themeCheckbox(page: Page, label: string) {
  return page
    .getByRole('group', { name: 'Themes' })
    .getByRole('checkbox', { name: new RegExp(`^${label.replace(/[&()]/g, '\\$&')} \\(\\d+\\)$`) });
}
