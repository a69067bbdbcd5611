/**
 * The briefings slice: kept briefings, the current one and the presentation, with verb actions.
 * Edits are the pure functions of src/lib/briefing; keeping briefings in localStorage is done by
 * src/app/useBriefingStorage.ts (see the state table, src/lib/appState.ts).
 */
import { EMPTY_FILTERS, type Briefing, type FilterSnapshot } from '../lib/briefing/model';
import * as edit from '../lib/briefing/edit';
import { clampStep } from '../lib/briefing/address';
import type { BriefingsState } from '../lib/appState';
import type { BriefingSlice, SliceCreator, Store } from './types';

export type { BriefingSlice };

export const initialBriefings: BriefingsState = {
  briefingOpen: false,
  briefings: [],
  currentBriefingId: null,
  presentation: null,
};

const now = () => new Date().toISOString();

export function currentBriefing(s: Pick<Store, 'briefings' | 'currentBriefingId'>): Briefing | null {
  return s.briefings.find((b) => b.id === s.currentBriefingId) ?? null;
}

export const createBriefingSlice: SliceCreator<BriefingSlice> = (set) => {
  /** Apply an edit to the current briefing, creating an empty one first if there is none. */
  const update = (fn: (b: Briefing, t: string, s: Store) => Briefing) =>
    set((s) => {
      const t = now();
      let b = currentBriefing(s);
      let briefings = s.briefings;
      if (!b) {
        // Started by adding one event: it was not built from the filters, so it records none.
        const id = edit.newBriefingId(
          briefings.map((x) => x.id),
          Date.now(),
        );
        b = edit.createBriefing({ id, name: 'Briefing', visibleEvents: [], filters: EMPTY_FILTERS, now: t });
        briefings = [...briefings, b];
      }
      const next = fn(b, t, s);
      return { briefings: briefings.map((x) => (x.id === next.id ? next : x)), currentBriefingId: next.id };
    });
  return {
    ...initialBriefings,
    setBriefingOpen: (briefingOpen) => set({ briefingOpen }),
    loadBriefings: (briefings, currentBriefingId) => set({ briefings, currentBriefingId }),
    newBriefing: (visibleEvents, filters) =>
      set((s) => {
        const b = edit.createBriefing({
          id: edit.newBriefingId(
            s.briefings.map((x) => x.id),
            Date.now(),
          ),
          name: `Briefing ${s.briefings.length + 1}`,
          visibleEvents,
          filters,
          now: now(),
        });
        return { briefings: [...s.briefings, b], currentBriefingId: b.id };
      }),
    selectBriefing: (id) => set({ currentBriefingId: id }),
    deleteBriefing: (id) =>
      set((s) => {
        const briefings = s.briefings.filter((b) => b.id !== id);
        return {
          briefings,
          currentBriefingId: s.currentBriefingId === id ? (briefings[0]?.id ?? null) : s.currentBriefingId,
        };
      }),
    duplicateBriefing: () =>
      set((s) => {
        const b = currentBriefing(s);
        if (!b) return {};
        const id = edit.newBriefingId(
          s.briefings.map((x) => x.id),
          Date.now(),
        );
        const copy = edit.duplicateBriefing(
          b,
          id,
          edit.copyName(
            b.name,
            s.briefings.map((x) => x.name),
          ),
          now(),
        );
        return { briefings: [...s.briefings, copy], currentBriefingId: copy.id };
      }),
    importBriefing: (b) =>
      set((s) => {
        const clash = s.briefings.some((x) => x.id === b.id);
        const imported = clash
          ? {
              ...b,
              id: edit.newBriefingId(
                s.briefings.map((x) => x.id),
                Date.now(),
              ),
            }
          : b;
        return { briefings: [...s.briefings, imported], currentBriefingId: imported.id };
      }),
    addToBriefing: (eventId, events) =>
      update((b, t, s) =>
        edit.addEvent(b, eventId, t, events ?? (s.load.status === 'ready' ? s.load.data.events : [])),
      ),
    removeFromBriefing: (eventId) => update((b, t) => edit.removeEvent(b, eventId, t)),
    moveBriefingStep: (index, delta) => update((b, t) => edit.moveStep(b, index, delta, t)),
    moveBriefingStepTo: (from, to) => update((b, t) => edit.moveStepTo(b, from, to, t)),
    removeBriefingStep: (index) => update((b, t) => edit.removeStep(b, index, t)),
    setStepTalkingPoints: (index, text) => update((b, t) => edit.setTalkingPoints(b, index, text, t)),
    editTitleCard: (index, patch) => update((b, t) => edit.editTitleCard(b, index, patch, t)),
    addTitleCard: (title, text, index) => update((b, t) => edit.addTitleCard(b, title, text, t, index)),
    renameBriefing: (name) => update((b, t) => edit.rename(b, name, t)),
    startPresenting: (step = 0, mode = 'present') =>
      set((s) => ({
        presentation: {
          step: clampStep(step, currentBriefing(s)?.steps.length ?? 0),
          blanked: false,
          notesVisible: false,
          mode,
        },
      })),
    goToStep: (step) =>
      set((s) =>
        s.presentation
          ? {
              presentation: {
                ...s.presentation,
                step: clampStep(step, currentBriefing(s)?.steps.length ?? 0),
                blanked: false,
              },
            }
          : {},
      ),
    toggleBlank: () =>
      set((s) => (s.presentation ? { presentation: { ...s.presentation, blanked: !s.presentation.blanked } } : {})),
    toggleNotes: () =>
      set((s) =>
        s.presentation ? { presentation: { ...s.presentation, notesVisible: !s.presentation.notesVisible } } : {},
      ),
    stopPresenting: () => set({ presentation: null }),
  };
};

export function filtersOf(s: Pick<Store, 'hiddenThemes' | 'query' | 'period'>): FilterSnapshot {
  return { hiddenThemes: [...s.hiddenThemes], query: s.query, period: { ...s.period } };
}
