/** Build a briefing: steps, reorder, talking points, name, import/export, Present. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function BriefingPanel() {
  return null;
}
