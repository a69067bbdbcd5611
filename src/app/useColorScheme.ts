/**
 * Applies the colour scheme: "system" leaves <html> without data-color-scheme (CSS follows
 * prefers-color-scheme); "light"/"dark" set data-color-scheme. The choice is kept in localStorage.
 */
import { useEffect } from 'react';
import { useStore, type ColorScheme } from '../store/store';

export const COLOR_SCHEME_KEY = 'briefline:color-scheme';

export function readStoredColorScheme(): ColorScheme {
  try {
    const v = localStorage.getItem(COLOR_SCHEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function useColorScheme(): void {
  const scheme = useStore((s) => s.colorScheme);
  useEffect(() => {
    const root = document.documentElement;
    if (scheme === 'system') delete root.dataset.colorScheme;
    else root.dataset.colorScheme = scheme;
    try {
      if (scheme === 'system') localStorage.removeItem(COLOR_SCHEME_KEY);
      else localStorage.setItem(COLOR_SCHEME_KEY, scheme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, [scheme]);
}
