/**
 * Print-only line under the printed list's title: how many events it shows and the filters that
 * chose them (search, period, hidden themes), so a sheet of paper says what it leaves out.
 */
import { useStore } from '../../store/store';
import { useEventList, useVisible } from '../../app/derived';
import { filtersOf } from '../../store/briefingSlice';
import { builtFromLines } from '../../lib/briefing/builtFrom';

export function PrintedFilters() {
  const data = useEventList();
  const visible = useVisible();
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const query = useStore((s) => s.query);
  const period = useStore((s) => s.period);
  if (!data) return null;
  const lines = builtFromLines(filtersOf({ hiddenThemes, query, period }), data);
  const total = data.events.length;
  const shown = visible.events.length;
  return (
    <p className="print-only print-filters">
      {lines.length
        ? `${shown} of ${total} events, filtered by ${lines.join('; ')}.`
        : `All ${total} events; no search, period or hidden theme.`}
    </p>
  );
}
