/**
 * The one Briefline store: source state only (what the user chose and what was loaded).
 * What is visible (filtered events, counts, search hits) is derived by pure functions in src/lib/.
 * Actions are verbs. Components read with small selectors: useStore((s) => s.selectedId).
 *
 * Which state is shared in the URL is listed explicitly in src/lib/url.ts (URL_STATE_KEYS).
 */
import { create } from 'zustand';
import type { EventList } from '../lib/schema';
import { createBriefingSlice, type BriefingSlice } from './briefingSlice';
import { createAddedSlice, type AddedSlice } from './addedSlice';
import type { ThemeMatch } from '../lib/visible';

export type ViewMode = 'timeline' | 'list';
export type ColorScheme = 'system' | 'light' | 'dark';

export interface Period {
  /** Inclusive YYYY-MM-DD bounds; null = open. */
  from: string | null;
  to: string | null;
}

export interface VisibleWindow {
  /** Epoch milliseconds of the timeline's visible window. */
  start: number;
  end: number;
}

export interface SourceView {
  sourceId: string;
  /** The event and evidence index whose quote is the current mark. */
  eventId: string;
  evidenceIndex: number;
}

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; data: EventList; origin: string }
  | { status: 'error'; messages: string[] };

export interface BrieflineState {
  load: LoadState;
  hiddenThemes: string[];
  /** How the checked themes combine: an event with any of them, or with all of them. */
  themeMatch: ThemeMatch;
  query: string;
  period: Period;
  selectedId: string | null;
  view: ViewMode;
  window: VisibleWindow | null;
  sourceView: SourceView | null;
  colorScheme: ColorScheme;
  /** Small notices for the user (unknown id in the link, import replaced data, ...). */
  notices: string[];
  /** Timeline drawn with one swimlane per theme. */
  swimlanes: boolean;
  /** Phone layout: the filters drawer is open. */
  filtersOpen: boolean;
}

export interface BrieflineActions {
  setLoaded(data: EventList, origin: string): void;
  setLoadError(messages: string[]): void;
  toggleTheme(themeId: string): void;
  showAllThemes(): void;
  /** Check this theme alone. */
  showOnlyTheme(themeId: string): void;
  setThemeMatch(match: ThemeMatch): void;
  setHiddenThemes(ids: string[]): void;
  setQuery(query: string): void;
  setPeriod(period: Period): void;
  selectEvent(id: string | null): void;
  setView(view: ViewMode): void;
  setWindow(window: VisibleWindow | null): void;
  openSource(view: SourceView): void;
  closeSource(): void;
  setColorScheme(scheme: ColorScheme): void;
  addNotice(message: string): void;
  dismissNotice(message: string): void;
  setSwimlanes(on: boolean): void;
  setFiltersOpen(open: boolean): void;
}

export const initialState: BrieflineState = {
  load: { status: 'loading' },
  hiddenThemes: [],
  themeMatch: 'any',
  query: '',
  period: { from: null, to: null },
  selectedId: null,
  view: 'timeline',
  window: null,
  sourceView: null,
  colorScheme: 'system',
  notices: [],
  swimlanes: false,
  filtersOpen: false,
};

export type Store = BrieflineState & BrieflineActions & BriefingSlice & AddedSlice;

export const useStore = create<Store>()((set) => ({
  ...initialState,
  ...createBriefingSlice(set),
  ...createAddedSlice(set),
  setLoaded: (data, origin) => set({ load: { status: 'ready', data, origin } }),
  setLoadError: (messages) => set({ load: { status: 'error', messages } }),
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
  selectEvent: (id) => set({ selectedId: id }),
  setView: (view) => set({ view }),
  setWindow: (window) => set({ window }),
  openSource: (sourceView) => set({ sourceView }),
  closeSource: () => set({ sourceView: null }),
  setColorScheme: (colorScheme) => set({ colorScheme }),
  addNotice: (message) => set((s) => (s.notices.includes(message) ? s : { notices: [...s.notices, message] })),
  dismissNotice: (message) => set((s) => ({ notices: s.notices.filter((n) => n !== message) })),
  setSwimlanes: (swimlanes) => set({ swimlanes }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
}));
