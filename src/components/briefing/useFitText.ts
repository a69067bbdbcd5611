/**
 * Fit a slide's type to its stage instead of clipping it. The slide is drawn at full size (--fit: 1);
 * only when its measured height is taller than the space its parent gives it (or a word is wider than
 * the line) is one font scale, --fit, found by binary search between MIN_FIT and 1: the largest scale
 * at which the whole slide fits. So a long slide loses a few pixels, not half its size. The test is
 * the real boxes (the slide's bounding height against the stage's content box), never an element's
 * scrollHeight, which a tight line-height makes exceed its clientHeight on some fonts at every size.
 * Runs before paint (layout effect), whenever the stage changes size and when web fonts finish loading.
 */
import { useLayoutEffect, useRef } from 'react';

const MIN_FIT = 0.3;
/** Binary search steps: (1 - MIN_FIT) / 2^9 ≈ 0.0014 of the full size, well under a pixel. */
const STEPS = 9;

const px = (v: string) => parseFloat(v || '0') || 0;

function contentBox(box: HTMLElement): { width: number; height: number } {
  const cs = getComputedStyle(box);
  return {
    width: box.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight),
    height: box.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom),
  };
}

function fits(slide: HTMLElement, room: { width: number; height: number }): boolean {
  const r = slide.getBoundingClientRect();
  return r.height <= room.height + 0.5 && slide.scrollWidth <= Math.ceil(room.width) + 1;
}

export function fitSlide(slide: HTMLElement): number {
  const box = slide.parentElement;
  if (!box) return 1;
  const room = contentBox(box);
  const set = (f: number) => slide.style.setProperty('--fit', f.toFixed(4));
  set(1);
  if (fits(slide, room)) return 1;
  let lo = MIN_FIT;
  let hi = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    set(mid);
    if (fits(slide, room)) lo = mid;
    else hi = mid;
  }
  set(lo);
  return lo;
}

export function useFitText<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // After every render (the text may have changed): a few layout reads.
  useLayoutEffect(() => {
    if (ref.current) fitSlide(ref.current);
  });
  useLayoutEffect(() => {
    const slide = ref.current;
    const box = slide?.parentElement;
    if (!slide || !box) return;
    const refit = () => {
      if (ref.current) fitSlide(ref.current);
    };
    let w = box.clientWidth;
    let h = box.clientHeight;
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (box.clientWidth === w && box.clientHeight === h) return;
            w = box.clientWidth;
            h = box.clientHeight;
            refit();
          });
    ro?.observe(box);
    // A web font that arrives after the first paint (font-display: swap) changes every line's width.
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener?.('loadingdone', refit);
    return () => {
      ro?.disconnect();
      fonts?.removeEventListener?.('loadingdone', refit);
    };
  }, []);
  return ref;
}
