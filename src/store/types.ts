/**
 * The store's type: the state of src/lib/appState.ts and the actions of each slice. Declared here,
 * apart from the slices, so that slices and store import this file and never each other.
 */
import type { StateCreator } from 'zustand';
import type { EventList, TimelineEvent } from '../lib/schema';
import type { Briefing, FilterSnapshot } from '../lib/briefing/model';
import type {
  AddedArticlesState,
  AddedState,
  AppState,
  BriefingsState,
  ColorScheme,
  FiltersViewState,
  ImportReport,
  ImportsState,
  LinkState,
  Period,
  Presentation,
  SelectionState,
  SourceView,
  ThemeMatch,
  ViewMode,
  VisibleWindow,
} from '../lib/appState';

export interface FiltersViewActions {
  toggleTheme(themeId: string): void;
  showAllThemes(): void;
  /** Check this theme alone. */
  showOnlyTheme(themeId: string): void;
  setThemeMatch(match: ThemeMatch): void;
  setHiddenThemes(ids: string[]): void;
  setQuery(query: string): void;
  setPeriod(period: Period): void;
  /** Both ends of the period open again. */
  clearPeriod(): void;
  setView(view: ViewMode): void;
  setWindow(window: VisibleWindow | null): void;
  setColorScheme(scheme: ColorScheme): void;
  setSwimlanes(on: boolean): void;
  setFiltersOpen(open: boolean): void;
  /** Phone layout: open the filters drawer if closed, close it if open. */
  toggleFiltersDrawer(): void;
}

export interface SelectionActions {
  selectEvent(id: string | null): void;
  openSource(view: SourceView): void;
  closeSource(): void;
  /** Show what a link carries (already checked against the loaded events by src/app/address.ts). */
  applyLinkState(state: LinkState): void;
}

export interface ImportsActions {
  setLoaded(data: EventList, origin: string): void;
  setLoadError(messages: string[]): void;
  showImported(data: EventList, file: string, notes: string[]): void;
  backToBuiltIn(): void;
  setImportReport(report: ImportReport | null): void;
  addNotice(message: string): void;
  dismissNotice(message: string): void;
}

export interface BriefingsActions {
  setBriefingOpen(open: boolean): void;
  loadBriefings(briefings: Briefing[], currentId: string | null): void;
  newBriefing(visibleEvents: readonly TimelineEvent[], filters: FilterSnapshot): void;
  selectBriefing(id: string): void;
  deleteBriefing(id: string): void;
  /** Copy the current briefing under a new name and make the copy current. */
  duplicateBriefing(): void;
  importBriefing(b: Briefing): void;
  /**
   * Put an event in the current briefing in date order among its steps, ordered by `events`: the list the app
   * shows (the loaded list with the articles added in this browser merged in; the loaded list alone when omitted).
   */
  addToBriefing(eventId: string, events?: readonly TimelineEvent[]): void;
  removeFromBriefing(eventId: string): void;
  moveBriefingStep(index: number, delta: number): void;
  moveBriefingStepTo(from: number, to: number): void;
  removeBriefingStep(index: number): void;
  setStepTalkingPoints(index: number, text: string): void;
  editTitleCard(index: number, patch: { title?: string; text?: string }): void;
  addTitleCard(title: string, text: string, index?: number): void;
  renameBriefing(name: string): void;
  startPresenting(step?: number, mode?: Presentation['mode']): void;
  goToStep(step: number): void;
  toggleBlank(): void;
  toggleNotes(): void;
  stopPresenting(): void;
}

export interface AddedArticlesActions {
  setAddedLoading(): void;
  setAddedSnapshot(s: Pick<AddedState, 'records' | 'setAside' | 'keys'>): void;
  setAddedError(message: string): void;
  setAddDialogOpen(open: boolean): void;
  setArticlesPanelOpen(open: boolean): void;
  setEditingEvent(id: string | null): void;
}

export type FiltersViewSlice = FiltersViewState & FiltersViewActions;
export type SelectionSlice = SelectionState & SelectionActions;
export type ImportsSlice = ImportsState & ImportsActions;
export type BriefingSlice = BriefingsState & BriefingsActions;
export type AddedSlice = AddedArticlesState & AddedArticlesActions;

export type Store = AppState & FiltersViewSlice & SelectionSlice & ImportsSlice & BriefingSlice & AddedSlice;

/** The middleware the store is made with (src/store/store.ts), outermost first. */
type Middleware = [['zustand/subscribeWithSelector', never], ['zustand/persist', unknown]];

/** One slice of the store, typed as zustand's slices pattern wants. */
export type SliceCreator<Slice> = StateCreator<Store, Middleware, [], Slice>;
