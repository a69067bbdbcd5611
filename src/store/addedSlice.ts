/**
 * Articles added in this browser (issue 16): what the database last reported (records as stored,
 * records set aside) and which of their dialogs is open. The list the app shows is derived from
 * the loaded list and these records (src/app/derived.ts), never stored; the loaded list is not touched.
 */
import type { AddedRecords } from '../lib/intake/build';
import type { AddedArticlesState, AddedState } from '../lib/appState';
import type { AddedSlice, SliceCreator } from './types';

export type { AddedSlice };

export const NO_RECORDS: AddedRecords = { articles: [], events: [], evidence: [] };
const INITIAL: AddedState = {
  status: 'none',
  records: NO_RECORDS,
  setAside: [],
  keys: { articles: [], events: [] },
  error: null,
};

export const initialAddedArticles: AddedArticlesState = {
  added: INITIAL,
  addDialogOpen: false,
  articlesPanelOpen: false,
  editingEventId: null,
};

export const createAddedSlice: SliceCreator<AddedSlice> = (set) => ({
  ...initialAddedArticles,
  setAddedLoading: () => set((s) => (s.added.status === 'none' ? { added: { ...s.added, status: 'loading' } } : s)),
  setAddedSnapshot: (snap) => set({ added: { status: 'ready', ...snap, error: null } }),
  setAddedError: (error) => set((s) => ({ added: { ...s.added, status: 'error', error } })),
  setAddDialogOpen: (addDialogOpen) => set({ addDialogOpen }),
  setArticlesPanelOpen: (articlesPanelOpen) => set({ articlesPanelOpen }),
  setEditingEvent: (editingEventId) => set({ editingEventId }),
});
