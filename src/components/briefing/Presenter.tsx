/** Full-screen step-by-step presentation of the current briefing. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function Presenter() {
  return null;
}
