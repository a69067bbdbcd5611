/** The presentation's layout and accessibility: axe with the panel open, fitting 16:9 screens, the timeline strip. */
import { test, expect } from './fixtures';
import { expectNoViolations, expectNoViolationsLightAndDark } from './helpers/axe';
import { counter, newBriefing, openBriefingApp, panel } from './helpers/briefing';

test('axe: no violations with the briefing panel open, light and dark', async ({ page }) => {
  test.setTimeout(60_000); // two whole-page axe runs: slow on a busy machine
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page).getByRole('textbox', { name: 'New title card' }).fill('Part one');
  await panel(page).getByRole('button', { name: 'Add title card' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expectNoViolationsLightAndDark(page, 'export menu open');
});

for (const [width, height, colorScheme] of [
  [1280, 720, 'light'],
  [1920, 1080, 'dark'],
] as const) {
  test(`the presentation fits ${width}x${height} without scrolling, high contrast (${colorScheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await openBriefingApp(page);
    await newBriefing(page);
    await panel(page)
      .getByRole('textbox', { name: 'New title card' })
      .fill('Part one: the 2020 calls and the COVID-19 cooperation that followed them');
    await panel(page).getByRole('button', { name: 'Add title card' }).click();
    await panel(page).getByRole('button', { name: 'Present' }).click();
    for (let i = 0; i < 7; i++) {
      const fit = await page.evaluate(() => {
        const root = document.querySelector('.presenter') as HTMLElement;
        const stage = document.querySelector('.presenter-stage') as HTMLElement;
        const bar = document.querySelector('.presenter-bar') as HTMLElement;
        return {
          root: root.scrollHeight <= root.clientHeight && root.scrollWidth <= root.clientWidth,
          stage: stage.scrollHeight <= stage.clientHeight + 1,
          barInside: bar.getBoundingClientRect().bottom <= window.innerHeight,
          page: document.documentElement.scrollHeight <= window.innerHeight,
          title: parseFloat(getComputedStyle(document.querySelector('.slide-heading') as HTMLElement).fontSize),
        };
      });
      expect(fit, `step ${i + 1}`).toMatchObject({ root: true, stage: true, barInside: true, page: true });
      expect(fit.title, 'large type').toBeGreaterThanOrEqual(width >= 1920 ? 68 : 45);
      await page.keyboard.press('ArrowRight');
    }
    await expectNoViolations(page, `presenting at ${width}`);
  });
}

const stripContextTitle =
  'the timeline strip shows the time context on every step: a year label and the current marker inside the strip';
test(stripContextTitle, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page).getByRole('textbox', { name: 'New title card' }).fill('Part one');
  await panel(page).getByRole('button', { name: 'Add title card' }).click();
  await panel(page).getByRole('button', { name: 'Present' }).click();
  const positions: string[] = [];
  for (let i = 1; i <= 7; i++) {
    await expect(counter(page)).toHaveText(`${i} / 7`);
    const seen = await page.evaluate(async () => {
      // measured where the marker comes to rest: its move along the strip is a transition
      await Promise.all(document.getAnimations().map((a) => a.finished));
      const strip = (document.querySelector('.presenter .strip') as HTMLElement).getBoundingClientRect();
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.left >= strip.left - 1 &&
          r.right <= strip.right + 1 &&
          r.top >= strip.top - 1 &&
          r.bottom <= strip.bottom + 1
        );
      };
      const years = Array.from(document.querySelectorAll('.presenter .strip-year text'))
        .filter(inside)
        .map((t) => t.textContent);
      const marker = document.querySelector('.presenter .strip-current circle');
      const label = document.querySelector('.presenter .strip-current text');
      return {
        years,
        marker: marker ? inside(marker) : false,
        label: label ? inside(label) : false,
        ticks: document.querySelectorAll('.presenter .strip-tick').length,
        at: marker ? (marker.parentElement as unknown as SVGGElement).style.transform : '',
      };
    });
    expect(seen.years.length, `step ${i}: ${seen.years.join(', ')}`).toBeGreaterThanOrEqual(1);
    expect(
      seen.years.every((y) => /^\d{4}$/.test(y ?? '')),
      `step ${i}`,
    ).toBe(true);
    expect(seen.marker, `step ${i}: current marker inside the strip`).toBe(true);
    expect(seen.label, `step ${i}: current date label inside the strip`).toBe(true);
    expect(seen.ticks).toBe(6);
    positions.push(seen.at);
    await page.keyboard.press('ArrowRight');
  }
  // The marker moves along the strip between steps (the transition animates that transform). Its target
  // position, not a computed mid-transition value (which made this count depend on timing): the six
  // events fall on four distinct points of the axis (two undated "before 24 Jul 2020" and the call of
  // 24 Jul 2020 share one), and the title card marks the last event's point.
  expect(new Set(positions).size, positions.join(' | ')).toBe(4);
});
