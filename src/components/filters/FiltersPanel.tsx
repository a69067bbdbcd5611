/** Themes checkboxes with counts, hidden-count line with Show all, search box, period inputs. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function FiltersPanel() {
  return null;
}
