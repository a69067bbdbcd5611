/** Themes checkboxes with counts, the hidden-count line with Show all, search box, period inputs. */
import { useStore } from '../../store/store';
import { useEventList, useVisible } from '../../app/derived';
import { themeKey } from '../../lib/themeColor';
import { hiddenLine } from '../../lib/visible';
import { SearchBox } from './SearchBox';
import { PeriodInputs } from './PeriodInputs';
import './filters.css';

export function FiltersPanel() {
  const data = useEventList();
  const visible = useVisible();
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const toggleTheme = useStore((s) => s.toggleTheme);
  const showAllThemes = useStore((s) => s.showAllThemes);
  const filtersOpen = useStore((s) => s.filtersOpen);
  if (!data) return null;
  const ids = data.themes.map((t) => t.id);
  const n = visible.events.length;
  return (
    <aside className="filters" id="filters" aria-label="Filters" data-open={filtersOpen}>
      <SearchBox />
      <fieldset className="themes">
        <legend>Themes</legend>
        {data.themes.map((t) => {
          const count = visible.counts[t.id] ?? 0;
          return (
            <label key={t.id} className={`theme-option theme-${themeKey(t.id, ids)}`}>
              <input type="checkbox" name="theme" value={t.id} checked={!hiddenThemes.includes(t.id)} onChange={() => toggleTheme(t.id)} />
              <span className="tl-swatch" aria-hidden="true" />
              <span>
                {t.label} ({count})
              </span>
            </label>
          );
        })}
      </fieldset>
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
