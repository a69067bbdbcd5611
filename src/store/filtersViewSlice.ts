/** Filters and view: which themes, search and period are applied, and how the list is drawn. */
import { DEFAULT_URL_STATE } from '../lib/url';
import type { FiltersViewState } from '../lib/appState';
import type { FiltersViewSlice, SliceCreator } from './types';

export const initialFiltersView: FiltersViewState = {
  hiddenThemes: DEFAULT_URL_STATE.hiddenThemes,
  themeMatch: DEFAULT_URL_STATE.themeMatch,
  query: DEFAULT_URL_STATE.query,
  period: DEFAULT_URL_STATE.period,
  view: DEFAULT_URL_STATE.view,
  window: DEFAULT_URL_STATE.window,
  swimlanes: false,
  filtersOpen: false,
  colorScheme: 'system',
};

export const createFiltersViewSlice: SliceCreator<FiltersViewSlice> = (set) => ({
  ...initialFiltersView,
  toggleTheme: (themeId) =>
    set((s) => ({
      hiddenThemes: s.hiddenThemes.includes(themeId)
        ? s.hiddenThemes.filter((t) => t !== themeId)
        : [...s.hiddenThemes, themeId],
    })),
  showAllThemes: () => set({ hiddenThemes: [] }),
  showOnlyTheme: (themeId) =>
    set((s) => ({
      hiddenThemes: s.load.status === 'ready' ? s.load.data.themes.map((t) => t.id).filter((t) => t !== themeId) : [],
    })),
  setThemeMatch: (themeMatch) => set({ themeMatch }),
  setHiddenThemes: (ids) => set({ hiddenThemes: ids }),
  setQuery: (query) => set({ query }),
  setPeriod: (period) => set({ period }),
  clearPeriod: () => set({ period: { from: null, to: null } }),
  setView: (view) => set({ view }),
  setWindow: (window) => set({ window }),
  setColorScheme: (colorScheme) => set({ colorScheme }),
  setSwimlanes: (swimlanes) => set({ swimlanes }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  toggleFiltersDrawer: () => set((s) => ({ filtersOpen: !s.filtersOpen })),
});
