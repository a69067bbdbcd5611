/**
 * How briefing storage is doing, for the notices of the briefing region (a small store of its own,
 * so the app's store keeps only what the user chose and what was loaded):
 * - full: the browser refused a write (its storage is full); briefings are kept in this tab only;
 * - unsaved: briefings shown but not kept, such as one that came with a shared presentation link.
 */
import { create } from 'zustand';

export interface BriefingStorageStatus {
  full: boolean;
  unavailable: boolean;
  unsaved: string[];
  setFull(full: boolean): void;
  setUnavailable(unavailable: boolean): void;
  markUnsaved(id: string): void;
  /** "Keep this briefing": save it from now on. */
  keep(id: string): void;
}

export const useBriefingStorageStatus = create<BriefingStorageStatus>()((set) => ({
  full: false,
  unavailable: false,
  unsaved: [],
  setFull: (full) => set((s) => (s.full === full ? s : { full })),
  setUnavailable: (unavailable) => set({ unavailable }),
  markUnsaved: (id) => set((s) => (s.unsaved.includes(id) ? s : { unsaved: [...s.unsaved, id] })),
  keep: (id) => set((s) => ({ unsaved: s.unsaved.filter((x) => x !== id) })),
}));
