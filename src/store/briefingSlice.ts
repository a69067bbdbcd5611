/**
 * The briefing part of the one store (zustand slices pattern): state and verb actions.
 * (Stub: filled in by the briefings work.)
 */
export interface BriefingSliceState {
  briefingOpen: boolean;
}
export interface BriefingSliceActions {
  setBriefingOpen(open: boolean): void;
}
export type BriefingSlice = BriefingSliceState & BriefingSliceActions;

export const initialBriefingState: BriefingSliceState = { briefingOpen: false };

type Set = (partial: Partial<BriefingSliceState>) => void;
export const createBriefingSlice = (set: Set): BriefingSlice => ({
  ...initialBriefingState,
  setBriefingOpen: (briefingOpen) => set({ briefingOpen }),
});
