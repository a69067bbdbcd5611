/**
 * The one Briefline store: source state only (what the user chose and what was loaded), made of
 * slices typed with zustand's StateCreator (src/store/*Slice.ts). What is visible (filtered events,
 * counts, search hits) is derived by pure functions in src/lib/. Actions say intent. Components
 * read with small selectors: useStore((s) => s.selectedId).
 *
 * Where each piece of state is kept (address, browser storage, nowhere) is the state table,
 * STATE_TABLE in src/lib/appState.ts. subscribeWithSelector lets the code that connects the store
 * to the outside (src/app) follow one piece; persist keeps the colour scheme.
 */
import { create } from 'zustand';
import { persist, subscribeWithSelector } from 'zustand/middleware';
import { createFiltersViewSlice, initialFiltersView } from './filtersViewSlice';
import { createSelectionSlice, initialSelection } from './selectionSlice';
import { createImportsSlice, initialImports } from './importsSlice';
import { createBriefingSlice } from './briefingSlice';
import { createAddedSlice } from './addedSlice';
import { persistColorScheme } from './persistColorScheme';
import type { FiltersViewState, ImportsState, SelectionState } from '../lib/appState';
import type { Store } from './types';

export type { ColorScheme, SourceView, ViewMode } from '../lib/appState';
export type { Store } from './types';

/** The state of the filters, view, selection and loaded data (the briefing and added slices have their own). */
export type BrieflineState = FiltersViewState & SelectionState & ImportsState;

export const initialState: BrieflineState = { ...initialFiltersView, ...initialSelection, ...initialImports };

export const useStore = create<Store>()(
  subscribeWithSelector(
    persist(
      (...a) => ({
        ...createFiltersViewSlice(...a),
        ...createSelectionSlice(...a),
        ...createImportsSlice(...a),
        ...createBriefingSlice(...a),
        ...createAddedSlice(...a),
      }),
      persistColorScheme,
    ),
  ),
);
