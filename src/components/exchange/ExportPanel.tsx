/** The four export formats of the events the filters show; each downloads a file. */
import { useStore } from '../../store/store';
import { useEventList, useVisible } from '../../app/derived';
import { exportEventsJson } from '../../lib/exchange/select';
import { exportCsv } from '../../lib/exchange/exportCsv';
import { exportIcs, icsCanHold } from '../../lib/exchange/ics';
import { exportTimelineJs } from '../../lib/exchange/timelinejs';
import { downloadText } from '../common/download';

const stamp = () => new Date().toISOString().slice(0, 10);

export function ExportPanel({ onDone }: { onDone(): void }) {
  const data = useEventList();
  const { events } = useVisible();
  const imported = useStore((s) => s.builtIn !== null);
  if (!data) return null;
  const undated = events.filter((e) => e.date.precision === 'before');
  // Dated events a calendar cannot hold: BC years, years before 1 or after 9999.
  const outside = events.filter((e) => e.date.precision !== 'before' && !icsCanHold(e));
  const base = `briefline-${imported ? 'imported' : 'events'}-${stamp()}`;
  const run = (fn: () => void) => () => {
    fn();
    onDone();
  };
  const none = events.length === 0;
  return (
    <fieldset className="export-panel">
      <legend className="export-lead">
        Export the {events.length} event{events.length === 1 ? '' : 's'} the filters show:
      </legend>
      <button
        type="button"
        disabled={none}
        onClick={run(() => downloadText(exportEventsJson(data, events), `${base}.json`, 'application/json'))}
      >
        Briefline events.json
      </button>
      <button
        type="button"
        disabled={none}
        onClick={run(() => downloadText(exportCsv(data, events), `${base}.csv`, 'text/csv;charset=utf-8'))}
      >
        CSV (spreadsheet)
      </button>
      <button
        type="button"
        disabled={none || undated.length + outside.length === events.length}
        onClick={run(() =>
          downloadText(exportIcs(data, events, new Date()).text, `${base}.ics`, 'text/calendar;charset=utf-8'),
        )}
      >
        iCalendar (.ics)
      </button>
      {undated.length > 0 && (
        <p className="export-note">
          The calendar leaves out {undated.length} undated event{undated.length === 1 ? '' : 's'} (“before …”): a
          calendar entry needs a day, and Briefline does not invent one.
        </p>
      )}
      {outside.length > 0 && (
        <p className="export-note">
          The calendar leaves out {outside.length} event{outside.length === 1 ? '' : 's'} dated before the year 1 or
          after 9999: an iCalendar date holds only the years 1–9999.
        </p>
      )}
      <button
        type="button"
        disabled={none}
        onClick={run(() =>
          downloadText(
            `${JSON.stringify(exportTimelineJs(data, events), null, 2)}\n`,
            `${base}.timelinejs.json`,
            'application/json',
          ),
        )}
      >
        TimelineJS3 JSON
      </button>
    </fieldset>
  );
}
