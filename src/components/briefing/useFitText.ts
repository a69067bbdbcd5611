/**
 * Fit a slide's type to its box instead of clipping it: the slide starts at full size and, while
 * it is taller than the space its parent gives it, steps the font scale down (--fit for the title,
 * --fit-body for the summary and quote, which shrink faster so the title stays large). Runs before
 * paint (layout effect) and again whenever the box changes size. Words are never cut.
 */
import { useLayoutEffect, useRef } from 'react';

const LEVELS = 14;

function available(box: HTMLElement): number {
  const cs = getComputedStyle(box);
  return box.clientHeight - parseFloat(cs.paddingTop || '0') - parseFloat(cs.paddingBottom || '0');
}

function overflowing(slide: HTMLElement, box: HTMLElement): boolean {
  if (slide.getBoundingClientRect().height > available(box) + 1) return true;
  if (slide.scrollWidth > slide.clientWidth + 1) return true;
  for (const el of slide.querySelectorAll<HTMLElement>('p, h2, blockquote, figcaption'))
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) return true;
  return false;
}

export function fitSlide(slide: HTMLElement): void {
  const box = slide.parentElement;
  if (!box) return;
  for (let n = 0; n <= LEVELS; n++) {
    slide.style.setProperty('--fit', String(1 - 0.03 * n));
    slide.style.setProperty('--fit-body', String(1 - 0.045 * n));
    if (!overflowing(slide, box)) return;
  }
}

export function useFitText<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // After every render (the text may have changed): cheap, a few layout reads.
  useLayoutEffect(() => {
    if (ref.current) fitSlide(ref.current);
  });
  useLayoutEffect(() => {
    const slide = ref.current;
    const box = slide?.parentElement;
    if (!slide || !box || typeof ResizeObserver === 'undefined') return;
    let w = box.clientWidth;
    let h = box.clientHeight;
    const ro = new ResizeObserver(() => {
      if (box.clientWidth === w && box.clientHeight === h) return;
      w = box.clientWidth;
      h = box.clientHeight;
      if (ref.current) fitSlide(ref.current);
    });
    ro.observe(box);
    return () => ro.disconnect();
  }, []);
  return ref;
}
