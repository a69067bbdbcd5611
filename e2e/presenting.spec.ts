/* oxlint-disable unicorn/consistent-function-scoping --
   helpers inside page.evaluate run in the page and cannot be hoisted */
/**
 * Presenting at projector and phone sizes (issue 14): type sizes on every slide of a briefing of all
 * 19 seed events plus a title card, nothing clipped or scrolled, Exit and the counter on screen, swipe,
 * and the presenter view's sizes. Tests tagged @layout run twice: with the shipped typeface and, in the
 * "font-fallback" project, with another one served in its place (playwright.config.ts).
 */
import { test, expect } from './fixtures';
import { expectNoViolations } from './helpers/axe';
import type { Page } from '@playwright/test';
import { counter, DATE_ORDER, newBriefing, openBriefingApp, panel } from './helpers/briefing';

/**
 * Presents every slide in one round trip (fonts loaded first): for each step, once the counter reads "i / n", `fit`
 * says whether every text element of the slide shows all of its text and whether the stage scrolls or clips;
 * `sizes` gives the font sizes in px of the slide's parts (null where the slide has none) and where Exit and the
 * counter are. Then → steps on, as a presenter's key would (the key goes to the focused element and bubbles).
 */
async function everySlide(page: Page, n: number) {
  return page.evaluate(async (count) => {
    await document.fonts.ready;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const counterText = () => document.querySelector('.presenter-counter')?.textContent ?? '';
    const reports = [];
    for (let i = 1; i <= count; i++) {
      const want = `${i} / ${count}`;
      const until = performance.now() + 7000;
      while (counterText() !== want && performance.now() < until) await frame();
      await frame();
      reports.push({ counter: counterText(), ...slide() });
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }));
    }
    return reports;

    function slide() {
      const stage = document.querySelector('.presenter-stage') as HTMLElement;
      const box = stage.getBoundingClientRect();
      const clipped = Array.from(
        stage.querySelectorAll<HTMLElement>(
          '.slide-date, .slide-heading, .slide-summary, .slide-quote blockquote, .slide-quote figcaption',
        ),
      )
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            el.scrollWidth > el.clientWidth + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1 ||
            r.right > box.right + 1
          );
        })
        .map((el) => `${el.className || el.tagName}: ${el.textContent?.slice(0, 40)}`);
      const fit = { clipped, stageScrolls: stage.scrollHeight > stage.clientHeight + 1 };
      const px = (sel: string) => {
        const el = document.querySelector<HTMLElement>(`.presenter-stage ${sel}`);
        return el ? parseFloat(getComputedStyle(el).fontSize) : null;
      };
      const onScreen = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      };
      const exit =
        Array.from(document.querySelectorAll('.presenter-bar button')).find((b) => b.textContent?.startsWith('Exit')) ??
        null;
      const small = Array.from(document.querySelectorAll<HTMLElement>('.presenter-bar button'))
        .filter((b) => b.offsetParent !== null)
        .filter((b) => b.getBoundingClientRect().width < 44 || b.getBoundingClientRect().height < 44)
        .map((b) => b.textContent);
      const sizes = {
        title: px('.slide-heading'),
        summary: px('.slide-summary'),
        quote: px('.slide-quote blockquote'),
        source: px('.slide-quote figcaption'),
        exitOnScreen: onScreen(exit),
        counterOnScreen: onScreen(document.querySelector('.presenter-counter')),
        smallTargets: small,
        pageWidth: document.documentElement.scrollWidth,
      };
      return { fit, sizes };
    }
  }, n);
}

// `tag`: which sizes also run with another typeface (the font-fallback project). The fitting code is the same at
// every size, so the other typeface is tried at the smallest and the middle one; 1920 runs with the shipped one.
const SIZES = [
  { width: 1280, height: 720, tag: ' @layout', min: { title: 48, summary: 28, quote: 24, source: 18 } },
  { width: 1920, height: 1080, tag: '', min: { title: 72, summary: 42, quote: 36, source: 27 } },
  { width: 390, height: 844, tag: ' @layout', min: { title: 28, summary: 18, quote: 16, source: 12 } },
] as const;

for (const { width, height, min, tag } of SIZES) {
  const size = `${width}x${height}`;
  test(`every slide of a briefing of all 19 seed events shows its whole text in large type at ${size}${tag}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await panel(page).getByRole('button', { name: 'New briefing from the 19 shown events' }).click();
    await panel(page)
      .getByRole('button', { name: /^Insert title card before: / })
      .first()
      .click();
    await page.keyboard.type('Part one: the 2020 calls and the COVID-19 cooperation that followed them');
    await panel(page).getByRole('button', { name: 'Present' }).click();
    await expect(counter(page)).toHaveText('1 / 20');
    for (const [at, { counter: shown, fit, sizes: s }] of (await everySlide(page, 20)).entries()) {
      const i = at + 1;
      expect(shown).toBe(`${i} / 20`);
      expect(fit, `step ${i}`).toEqual({ clipped: [], stageScrolls: false });
      expect(s.title, `step ${i} title`).toBeGreaterThanOrEqual(min.title);
      if (s.summary !== null && i > 1) expect(s.summary, `step ${i} summary`).toBeGreaterThanOrEqual(min.summary);
      if (s.quote !== null) expect(s.quote, `step ${i} quote`).toBeGreaterThanOrEqual(min.quote);
      if (s.source !== null) expect(s.source, `step ${i} source line`).toBeGreaterThanOrEqual(min.source);
      expect(s, `step ${i}`).toMatchObject({ exitOnScreen: true, counterOnScreen: true, smallTargets: [] });
      expect(s.pageWidth, `step ${i}: no sideways scrolling`).toBeLessThanOrEqual(width);
    }
  });
}

// The narrowest, the flattest and the widest also run with another typeface (font-fallback); the rest with ours.
for (const [width, height, tag] of [
  [320, 568, ' @layout'],
  [568, 320, ' @layout'],
  [844, 390, ''],
  [768, 1024, ''],
  [1024, 768, ' @layout'],
] as const) {
  const size = `${width}x${height}`;
  test(`presenting at ${size}: Exit and the counter on screen, nothing clipped, nothing sideways${tag}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openBriefingApp(page);
    await newBriefing(page);
    await panel(page).getByRole('button', { name: 'Present' }).click();
    await expect(counter(page)).toHaveText('1 / 6');
    for (const [at, { counter: shown, fit, sizes: s }] of (await everySlide(page, 6)).entries()) {
      const i = at + 1;
      expect(shown).toBe(`${i} / 6`);
      expect(fit, `step ${i}`).toEqual({ clipped: [], stageScrolls: false });
      expect(s, `step ${i}`).toMatchObject({ exitOnScreen: true, counterOnScreen: true, smallTargets: [] });
      expect(s.pageWidth).toBeLessThanOrEqual(width);
      expect(s.summary ?? 99, `step ${i} summary`).toBeGreaterThanOrEqual(12);
    }
  });
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('swipe left and right to step; Exit leaves (no Esc key on a phone)', async ({ page }) => {
    await openBriefingApp(page);
    await newBriefing(page);
    await panel(page).getByRole('button', { name: 'Present' }).tap();
    await expect(counter(page)).toHaveText('1 / 6');
    const stage = page.locator('.presenter-stage');
    const swipe = async (from: number, to: number) => {
      const common = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true, clientY: 400 };
      await stage.dispatchEvent('pointerdown', { ...common, clientX: from, button: 0 });
      await stage.dispatchEvent('pointerup', { ...common, clientX: to, button: 0 });
    };
    await swipe(320, 60);
    await expect(counter(page)).toHaveText('2 / 6');
    await swipe(320, 60);
    await expect(counter(page)).toHaveText('3 / 6');
    await swipe(60, 320);
    await expect(counter(page)).toHaveText('2 / 6');
    // A short move is a tap, not a swipe: the step stays (the next swipe proves the events arrive).
    await swipe(200, 190);
    await swipe(320, 60);
    await expect(counter(page)).toHaveText('3 / 6');
    await presentationExit(page);
  });
});

async function presentationExit(page: Page) {
  await page.getByRole('button', { name: /^Exit/ }).tap();
  await expect(page.getByRole('dialog', { name: /^Presentation/ })).toHaveCount(0);
}

const presenterViewTitle =
  'the presenter view at 1100 px wide: current slide at 16 px or more, notes at 18 px or more, ' +
  'no axe violations @layout';
test(presenterViewTitle, async ({ page }) => {
  await openBriefingApp(page);
  await newBriefing(page);
  await panel(page)
    .getByRole('textbox', { name: `Talking points: ${DATE_ORDER[1]}` })
    .fill('Say: largest buyer.');
  await panel(page).getByRole('button', { name: 'Present' }).click();
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const popup = await popupPromise;
  await popup.setViewportSize({ width: 1100, height: 720 });
  const pv = popup.getByRole('dialog', { name: /^Presenter view/ });
  for (let i = 1; i <= 6; i++) {
    await expect(pv.locator('.presenter-counter')).toHaveText(`${i} / 6`);
    await popup.evaluate(() => document.fonts.ready.then(() => undefined));
    const sizes = await popup.evaluate(() => {
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const current = Array.from(
        document.querySelectorAll(
          '.presenter-current .slide-heading, .presenter-current .slide-summary, .presenter-current blockquote',
        ),
      );
      return { current: Math.min(...current.map(px)), notes: px(document.querySelector('.presenter-notes-text')!) };
    });
    expect(sizes.current, `step ${i}: current slide`).toBeGreaterThanOrEqual(16);
    expect(sizes.notes, `step ${i}: notes`).toBeGreaterThanOrEqual(18);
    if (i === 2) {
      await expectNoViolations(popup, 'presenter view, step 3');
    }
    await popup.keyboard.press('ArrowRight');
  }
  await popup.close();
});
