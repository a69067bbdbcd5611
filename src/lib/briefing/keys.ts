/** Presentation keys, as presentation clickers send them. */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'exit' | 'notes' | 'presenter';

const MAP: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
  n: 'notes',
  N: 'notes',
  p: 'presenter',
  P: 'presenter',
};

export function presentAction(key: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {}): PresentAction | null {
  if (mods.ctrl || mods.meta || mods.alt) return null;
  return MAP[key] ?? null;
}

/** The step after applying a navigation action to step i of n. */
export function navigate(action: PresentAction, i: number, n: number): number {
  if (n === 0) return 0;
  switch (action) {
    case 'next':
      return Math.min(n - 1, i + 1);
    case 'prev':
      return Math.max(0, i - 1);
    case 'first':
      return 0;
    case 'last':
      return n - 1;
    default:
      return i;
  }
}
