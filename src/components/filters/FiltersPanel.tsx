/** Themes checkboxes with counts, the hidden-count line with Show all, search box, period inputs. */
import { useStore } from '../../store/store';
import { useEventList, useVisible } from '../../app/derived';
import { hiddenLine } from '../../lib/visible';
import { SearchBox } from './SearchBox';
import { ThemeFilter } from './ThemeFilter';
import { PeriodInputs } from './PeriodInputs';
import './filters.css';

export function FiltersPanel() {
  const data = useEventList();
  const visible = useVisible();
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const showAllThemes = useStore((s) => s.showAllThemes);
  const filtersOpen = useStore((s) => s.filtersOpen);
  if (!data) return null;
  const n = visible.events.length;
  return (
    <aside className="filters" id="filters" aria-label="Filters" data-open={filtersOpen}>
      <SearchBox />
      <ThemeFilter themes={data.themes} visible={visible} />
      {hiddenThemes.length > 0 ? (
        <p className="hidden-line">
          <span>{hiddenLine(visible.hiddenCount, hiddenThemes, data.themes)}</span>
          <button type="button" onClick={showAllThemes}>
            Show all
          </button>
        </p>
      ) : null}
      <PeriodInputs />
      <output className="filter-status" aria-live="polite" aria-atomic="true">
        Showing {n} of {visible.total} events
      </output>
    </aside>
  );
}
