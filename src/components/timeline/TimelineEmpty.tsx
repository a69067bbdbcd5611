/**
 * Shown over the timeline when the filters leave no event: says so and offers the ways back
 * (clear the search, show the hidden themes, clear the period), only those that apply.
 */
import { useStore } from '../../store/store';

export function TimelineEmpty() {
  const query = useStore((s) => s.query);
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const period = useStore((s) => s.period);
  const setQuery = useStore((s) => s.setQuery);
  const showAllThemes = useStore((s) => s.showAllThemes);
  const clearPeriod = useStore((s) => s.clearPeriod);
  const hasPeriod = period.from !== null || period.to !== null;
  return (
    <div className="timeline-empty">
      <p>No events match the filters.</p>
      <div className="tool-group">
        {query.trim() !== '' && (
          <button type="button" onClick={() => setQuery('')}>
            Clear search
          </button>
        )}
        {hiddenThemes.length > 0 && (
          <button type="button" onClick={showAllThemes}>
            Show all themes
          </button>
        )}
        {hasPeriod && (
          <button type="button" onClick={clearPeriod}>
            Clear period
          </button>
        )}
      </div>
    </div>
  );
}
