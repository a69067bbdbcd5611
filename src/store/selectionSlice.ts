/** What the user is looking at: the selected event and the quote open in its source. */
import { shallow } from 'zustand/shallow';
import type { SelectionState } from '../lib/appState';
import type { SelectionSlice, SliceCreator } from './types';

export const initialSelection: SelectionState = { selectedId: null, sourceView: null };

/** The value already held when the link's says the same (so nothing derived from it is computed again). */
const same = <T>(held: T, linked: T): T => (shallow(held, linked) ? held : linked);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  ...initialSelection,
  selectEvent: (id) => set({ selectedId: id }),
  openSource: (sourceView) => set({ sourceView }),
  closeSource: () => set({ sourceView: null }),
  // A link that names what is already shown changes nothing: the page opening with no filters in its address
  // left 10,000 events filtered and summarised again, and the timeline redrawn, for the same view.
  applyLinkState: (state) =>
    set((s) => ({
      selectedId: state.selectedId,
      hiddenThemes: same(s.hiddenThemes, state.hiddenThemes),
      themeMatch: state.themeMatch,
      query: state.query,
      period: same(s.period, state.period),
      view: state.view,
      window: same(s.window, state.window),
    })),
});
