/**
 * From/To fields limiting the period, with a Clear button. Text fields, not date inputs (which hold no year before
 * 1 or after 9999): each reads a day, month or year, AD or BC (src/lib/periodDay.ts: "2020-07-24", "602",
 * "44 BC", "15 Mar 44 BC"). A whole ISO day applies as it is typed; anything else on Enter or on leaving the
 * field, and what it was read as is shown under the fields. The period in the link is unchanged (ISO days).
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../store/store';
import { isRealDay } from '../../lib/schema';
import { compareDays, dayLabel } from '../../lib/days';
import { parsePeriodDay, periodDayText, type PeriodSide } from '../../lib/periodDay';

/** What a field holds while it is being edited: its text, the period day it was typed over, and any problem. */
interface Draft {
  text: string;
  over: string | null;
  problem: string | null;
}

function PeriodField({ side, label }: { side: PeriodSide; label: string }) {
  const value = useStore((s) => s.period[side]);
  const setPeriod = useStore((s) => s.setPeriod);
  const [draft, setDraft] = useState<Draft | null>(null);
  const problemId = useId();
  // A period set elsewhere (the link, Clear, an import) shows as written by periodDayText.
  const current = draft && draft.over === value ? draft : null;
  const commit = (day: string | null, text: string) => {
    setDraft({ text, over: day, problem: null });
    setPeriod({ ...useStore.getState().period, [side]: day });
  };
  const read = (text: string) => {
    if (!text.trim()) return commit(null, text);
    const r = parsePeriodDay(text, side);
    if (r.ok) commit(r.day, text);
    else setDraft({ text, over: value, problem: r.message });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') read(e.currentTarget.value);
  };
  return (
    <div className="period-field">
      <label>
        {label}
        <input
          type="text"
          name={side}
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={side === 'from' ? 'e.g. 2020-07-24, 602, 44 BC' : 'e.g. 2022-06-30, 1453'}
          value={current ? current.text : periodDayText(value)}
          aria-invalid={current?.problem ? true : undefined}
          aria-describedby={current?.problem ? problemId : undefined}
          onChange={(e) => {
            const text = e.target.value;
            // A whole ISO day (as a date field gives) applies at once; other forms when the field is left.
            if (!text.trim()) commit(null, text);
            else if (isRealDay(text.trim())) commit(text.trim(), text);
            else setDraft({ text, over: value, problem: null });
          }}
          onBlur={(e) => {
            if (current) read(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {current?.problem && (
        <span id={problemId} className="period-problem">
          {current.problem}
        </span>
      )}
    </div>
  );
}

export function PeriodInputs() {
  const period = useStore((s) => s.period);
  const clearPeriod = useStore((s) => s.clearPeriod);
  const reversed = period.from !== null && period.to !== null && compareDays(period.from, period.to) > 0;
  const reads =
    period.from === null && period.to === null
      ? ''
      : `${period.from ? dayLabel(period.from) : 'the start'} – ${period.to ? dayLabel(period.to) : 'the end'}`;
  return (
    <fieldset className="period">
      <legend>Period</legend>
      <div className="period-row">
        <PeriodField side="from" label="From" />
        <PeriodField side="to" label="To" />
      </div>
      <p className="period-reads" aria-live="polite">
        {reads && `Reads as ${reads}`}
      </p>
      {reversed && <p className="period-warning">The period ends before it starts, so nothing matches.</p>}
      <button type="button" onClick={clearPeriod} disabled={period.from === null && period.to === null}>
        Clear period
      </button>
    </fieldset>
  );
}
