/** The one owner of the vis-timeline instance and its long-lived DataSet. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function TimelineView() {
  return null;
}
