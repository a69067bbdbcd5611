/** From/To day inputs limiting the period, with a Clear button. */
import { useStore } from '../../store/store';
import { isRealDay } from '../../lib/schema';
import { compareDays } from '../../lib/days';

export function PeriodInputs() {
  const period = useStore((s) => s.period);
  const setPeriod = useStore((s) => s.setPeriod);
  const clearPeriod = useStore((s) => s.clearPeriod);
  const set = (k: 'from' | 'to', v: string) => setPeriod({ ...period, [k]: isRealDay(v) ? v : null });
  const reversed = period.from !== null && period.to !== null && compareDays(period.from, period.to) > 0;
  return (
    <fieldset className="period">
      <legend>Period</legend>
      <div className="period-row">
        <label>
          From
          <input
            type="date"
            name="from"
            value={period.from ?? ''}
            max={period.to ?? undefined}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            name="to"
            value={period.to ?? ''}
            min={period.from ?? undefined}
            onChange={(e) => set('to', e.target.value)}
          />
        </label>
      </div>
      {reversed && <p className="period-warning">The period ends before it starts, so nothing matches.</p>}
      <button type="button" onClick={clearPeriod} disabled={period.from === null && period.to === null}>
        Clear period
      </button>
    </fieldset>
  );
}
