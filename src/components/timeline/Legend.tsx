/** What the colours and shapes on the timeline mean. */
import { memo } from 'react';
import { useEventList } from '../../app/derived';
import { themeKey } from '../../lib/themeColor';

/** Memoised: nothing in it depends on the selection the timeline re-renders for. */
export const Legend = memo(function Legend() {
  const data = useEventList();
  if (!data) return null;
  const ids = data.themes.map((t) => t.id);
  return (
    <div className="legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul className="legend-themes">
        {data.themes.map((t) => (
          <li key={t.id}>
            <span className={`tl-swatch theme-${themeKey(t.id, ids)}`} aria-hidden="true" />
            {t.label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes">
        <li>
          <span className="legend-shape shape-day" aria-hidden="true" /> exact day
        </li>
        <li>
          <span className="legend-shape shape-range" aria-hidden="true" /> week, month or span
        </li>
        <li>
          <span className="legend-shape shape-before" aria-hidden="true" />
          <span className="ev-tag ev-tag-undated">… undated</span> happened before the day shown
        </li>
        <li>
          <span className="legend-shape shape-after" aria-hidden="true" /> vague future: expected after the day shown
        </li>
        <li>
          <span className="legend-shape shape-planned" aria-hidden="true" />
          <span className="ev-tag ev-tag-planned">planned</span> dashed: announced, not yet happened
        </li>
      </ul>
    </div>
  );
});
