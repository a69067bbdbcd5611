/** 'Add to briefing' / 'Remove from briefing' toggle for one event, shown in the details panel. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function AddToBriefingButton(_props: { eventId: string }) {
  return null;
}
