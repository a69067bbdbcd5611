/** Print-only handout: cover, SVG overview, one entry per step, numbered footnotes. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function Handout() {
  return null;
}
