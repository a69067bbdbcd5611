/** The events the filters leave, as a sortable, printable table. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function ListView() {
  return null;
}
