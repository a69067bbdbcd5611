/**
 * The theme checkboxes (issue 15 §4): "Match any / all of the checked themes", a per-theme "Only"
 * button (and Alt-click on a checkbox) to see one theme alone, and beside each count what a click
 * on that checkbox will do ("unchecking hides 1").
 */
import type { MouseEvent } from 'react';
import { useStore } from '../../store/store';
import { themeKey } from '../../lib/themeColor';
import { toggleHint, type VisibleResult } from '../../lib/visible';
import type { Theme } from '../../lib/schema';

export function ThemeFilter({ themes, visible }: { themes: readonly Theme[]; visible: VisibleResult }) {
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const match = useStore((s) => s.themeMatch);
  const toggleTheme = useStore((s) => s.toggleTheme);
  const showOnlyTheme = useStore((s) => s.showOnlyTheme);
  const setThemeMatch = useStore((s) => s.setThemeMatch);
  const ids = themes.map((t) => t.id);
  const onClick = (ev: MouseEvent<HTMLInputElement>, id: string) => {
    if (!ev.altKey) return;
    // Alt-click: this theme alone (the change event that follows is suppressed).
    ev.preventDefault();
    showOnlyTheme(id);
  };
  return (
    <fieldset className="themes">
      <legend>Themes</legend>
      <div className="theme-match" role="radiogroup" aria-label="Match any or all of the checked themes">
        <span className="theme-match-text">Match</span>
        {(['any', 'all'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="theme-match" value={m} checked={match === m} onChange={() => setThemeMatch(m)} />
            {m === 'any' ? 'any' : 'all'}
          </label>
        ))}
        <span className="theme-match-text">checked</span>
      </div>
      {themes.map((t) => {
        const count = visible.counts[t.id] ?? 0;
        const checked = !hiddenThemes.includes(t.id);
        const hint = toggleHint(checked, match, visible.toggleEffect[t.id] ?? 0);
        const hintId = `theme-hint-${t.id}`;
        return (
          <div key={t.id} className={`theme-row theme-${themeKey(t.id, ids)}`}>
            <label className="theme-option" title="Alt-click: only this theme">
              <input
                type="checkbox"
                name="theme"
                value={t.id}
                checked={checked}
                onClick={(ev) => onClick(ev, t.id)}
                onChange={(ev) => (ev.nativeEvent as { altKey?: boolean }).altKey || toggleTheme(t.id)}
                aria-describedby={hint ? hintId : undefined}
              />
              <span className="tl-swatch" aria-hidden="true" />
              <span>
                {t.label} ({count})
              </span>
            </label>
            {hint && (
              <span className="theme-hint" id={hintId}>
                {hint}
              </span>
            )}
            <button
              type="button"
              className="theme-only"
              aria-label={`Only ${t.label}`}
              onClick={() => showOnlyTheme(t.id)}
            >
              Only
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
