/** What a presentation key does (the keys themselves are in the app's action table, PRESENT_ACTIONS). */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'exit' | 'notes' | 'presenter';

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
