/**
 * Articles added in this browser (issue 16): what the database last reported (records as stored,
 * records set aside) and which of their dialogs is open. The list the app shows is derived from
 * the loaded list and these records (src/app/derived.ts), never stored; the loaded list is not touched.
 */
import type { StoreApi } from 'zustand';
import type { AddedRecords } from '../lib/intake/build';
import type { SetAside } from '../lib/intake/records';

export type AddedStatus = 'none' | 'loading' | 'ready' | 'error';

export interface AddedState {
  status: AddedStatus;
  records: AddedRecords;
  setAside: SetAside[];
  /** Every key in the database, readable or not (new ids avoid them all). */
  keys: { articles: string[]; events: string[] };
  error: string | null;
}

export const NO_RECORDS: AddedRecords = { articles: [], events: [], evidence: [] };
const INITIAL: AddedState = {
  status: 'none',
  records: NO_RECORDS,
  setAside: [],
  keys: { articles: [], events: [] },
  error: null,
};

export interface AddedSlice {
  added: AddedState;
  addDialogOpen: boolean;
  articlesPanelOpen: boolean;
  /** The added event being edited in the "Edit event" dialog. */
  editingEventId: string | null;
  setAddedLoading(): void;
  setAddedSnapshot(s: Pick<AddedState, 'records' | 'setAside' | 'keys'>): void;
  setAddedError(message: string): void;
  setAddDialogOpen(open: boolean): void;
  setArticlesPanelOpen(open: boolean): void;
  setEditingEvent(id: string | null): void;
}

export function createAddedSlice(set: StoreApi<AddedSlice>['setState']): AddedSlice {
  return {
    added: INITIAL,
    addDialogOpen: false,
    articlesPanelOpen: false,
    editingEventId: null,
    setAddedLoading: () => set((s) => (s.added.status === 'none' ? { added: { ...s.added, status: 'loading' } } : s)),
    setAddedSnapshot: (snap) => set({ added: { status: 'ready', ...snap, error: null } }),
    setAddedError: (error) => set((s) => ({ added: { ...s.added, status: 'error', error } })),
    setAddDialogOpen: (addDialogOpen) => set({ addDialogOpen }),
    setArticlesPanelOpen: (articlesPanelOpen) => set({ articlesPanelOpen }),
    setEditingEvent: (editingEventId) => set({ editingEventId }),
  };
}
