/**
 * Swipe left/right to step (phones and tablets have no arrow keys): pointer events, so a finger,
 * a pen and a mouse drag all work. A swipe is a mostly horizontal move of at least 50 px (or 12% of
 * the width on a small screen) between pointerdown and pointerup; a tap or a vertical move is not one.
 */
import { useRef, type PointerEvent } from 'react';

export function swipeDirection(dx: number, dy: number, width: number): -1 | 0 | 1 {
  const min = Math.min(50, width * 0.12);
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  return dx < 0 ? 1 : -1;
}

export function useSwipe(onSwipe: (direction: -1 | 1) => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const dir = swipeDirection(e.clientX - s.x, e.clientY - s.y, window.innerWidth);
      if (dir) onSwipe(dir);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
