/** Small dismissible notices (unknown id in the link, imported data replaces the view, ...). (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function Notices() {
  return null;
}
