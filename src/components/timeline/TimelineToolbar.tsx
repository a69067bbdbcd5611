/** Zoom in/out, fit all, one jump per year that has events, and the swimlanes toggle. */
import { memo, useMemo } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import { useStore } from '../../store/store';
import type { TimelineEvent } from '../../lib/schema';
import { APP_ACTIONS } from '../../app/actions/actions';
import { actionButton } from '../../lib/actions/commands';

const { zoomIn, zoomOut } = APP_ACTIONS;

export function eventYears(events: readonly TimelineEvent[]): number[] {
  const years = new Set<number>();
  for (const e of events) years.add(Number((e.date.start ?? e.date.end).slice(0, 4)));
  return [...years].toSorted((a, b) => a - b);
}

/** Memoised: the timeline re-renders on every selection and cursor move, the toolbar only when its events change. */
export const TimelineToolbar = memo(function TimelineToolbar({ timeline, events }: { timeline: Timeline | null; events: readonly TimelineEvent[] }) {
  const swimlanes = useStore((s) => s.swimlanes);
  const setSwimlanes = useStore((s) => s.setSwimlanes);
  const years = useMemo(() => eventYears(events), [events]);
  const jump = (y: number) => timeline?.setWindow(new Date(y, 0, 1).getTime(), new Date(y + 1, 0, 1).getTime(), { animation: false });
  return (
    <div className="timeline-toolbar">
      <fieldset className="tool-group">
        <legend className="visually-hidden">Zoom</legend>
        <button type="button" onClick={() => timeline?.zoomIn(0.5, { animation: false })} disabled={!timeline} {...actionButton(zoomIn)}>
          {zoomIn.label}
        </button>
        <button type="button" onClick={() => timeline?.zoomOut(0.5, { animation: false })} disabled={!timeline} {...actionButton(zoomOut)}>
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
