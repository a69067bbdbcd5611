/**
 * Shows the colour scheme: "system" leaves <html> without data-color-scheme (CSS follows
 * prefers-color-scheme); "light"/"dark" set data-color-scheme. Keeping the choice is the store's
 * persist middleware (src/store/persistColorScheme.ts), which has read it before this runs.
 * Started by main.tsx before the first paint, so no frame shows the wrong scheme.
 */
import { useStore, type ColorScheme } from '../store/store';

function show(scheme: ColorScheme): void {
  const root = document.documentElement;
  if (scheme === 'system') delete root.dataset.colorScheme;
  else root.dataset.colorScheme = scheme;
}

/** Follow the store's colour scheme on <html> from now on (applied at once). */
export function showColorScheme(): () => void {
  return useStore.subscribe((s) => s.colorScheme, show, { fireImmediately: true });
}
