/** The "Event details" region for the selected event. (Stub: filled in by the details work.) */
export function DetailsPanel() {
  return null;
}
