/** Zoom in/out, fit all, one jump per year that has events, and the swimlanes toggle. */
import { memo, useMemo } from 'react';
import type { TimelineController } from './controller';
import { useStore } from '../../store/store';
import type { TimelineEvent } from '../../lib/schema';
import { firstKnownDay } from '../../lib/dateBounds';
import { APP_ACTIONS } from '../../app/actions/actions';
import { actionButton } from '../../lib/actions/commands';

const { zoomIn, zoomOut } = APP_ACTIONS;

export function eventYears(events: readonly TimelineEvent[]): number[] {
  const years = new Set<number>();
  for (const e of events) years.add(Number(firstKnownDay(e.date).slice(0, 4)));
  return [...years].toSorted((a, b) => a - b);
}

/** Memoised: the timeline re-renders on every selection and cursor move, the toolbar only when its events change. */
export const TimelineToolbar = memo(function TimelineToolbar({
  timeline,
  events,
}: {
  timeline: TimelineController | null;
  events: readonly TimelineEvent[];
}) {
  const swimlanes = useStore((s) => s.swimlanes);
  const setSwimlanes = useStore((s) => s.setSwimlanes);
  const years = useMemo(() => eventYears(events), [events]);
  const jump = (y: number) =>
    timeline?.setWindow({ start: new Date(y, 0, 1).getTime(), end: new Date(y + 1, 0, 1).getTime() });
  return (
    <div className="timeline-toolbar">
      <fieldset className="tool-group">
        <legend className="visually-hidden">Zoom</legend>
        <button type="button" onClick={() => timeline?.zoom('in')} disabled={!timeline} {...actionButton(zoomIn)}>
          {zoomIn.label}
        </button>
        <button type="button" onClick={() => timeline?.zoom('out')} disabled={!timeline} {...actionButton(zoomOut)}>
          {zoomOut.label}
        </button>
        <button type="button" onClick={() => timeline?.fit()} disabled={!timeline}>
          Fit all
        </button>
      </fieldset>
      {years.length > 0 && (
        <fieldset className="tool-group">
          <legend className="visually-hidden">Jump to year</legend>
          {years.map((y) => (
            <button type="button" key={y} onClick={() => jump(y)} aria-label={`Jump to ${y}`} disabled={!timeline}>
              {y}
            </button>
          ))}
        </fieldset>
      )}
      <button type="button" aria-pressed={swimlanes} onClick={() => setSwimlanes(!swimlanes)}>
        Swimlanes by theme
      </button>
    </div>
  );
});
