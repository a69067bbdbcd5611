import { useEffect, useState, type CSSProperties } from 'react';

/**
 * The height of the app's sticky header (.app-header), kept up to date as it wraps onto more
 * lines on narrower screens, as a CSS custom property for the panels: the details column sticks
 * under it and the source reader (fixed) starts below it, whatever its height.
 */
export function useHeaderOffset(): CSSProperties {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.app-header');
    // Without ResizeObserver (old engines, jsdom) the stylesheet's fallback height applies.
    if (!header || typeof ResizeObserver === 'undefined') return;
    // The observer reports the first size too, from the browser's own layout pass: no forced layout
    // while the page is still being built.
    const ro = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      setHeight(Math.round(box ? box.blockSize : header.getBoundingClientRect().height));
    });
    ro.observe(header);
    return () => ro.disconnect();
  }, []);
  return height === null ? {} : ({ '--dp-header': `${height}px` } as CSSProperties);
}
