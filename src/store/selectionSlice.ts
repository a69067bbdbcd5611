/** What the user is looking at: the selected event and the quote open in its source. */
import type { SelectionState } from '../lib/appState';
import type { SelectionSlice, SliceCreator } from './types';

export const initialSelection: SelectionState = { selectedId: null, sourceView: null };

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  ...initialSelection,
  selectEvent: (id) => set({ selectedId: id }),
  openSource: (sourceView) => set({ sourceView }),
  closeSource: () => set({ sourceView: null }),
  applyLinkState: (state) =>
    set({
      selectedId: state.selectedId,
      hiddenThemes: state.hiddenThemes,
      themeMatch: state.themeMatch,
      query: state.query,
      period: state.period,
      view: state.view,
      window: state.window,
    }),
});
