/** Zoom in/out, fit all, zoom to the search results, and the swimlanes toggle (the overview strip navigates). */
import { memo } from 'react';
import type { TimelineController } from './controller';
import { useStore } from '../../store/store';
import type { TimelineEvent } from '../../lib/schema';
import { eventSpan } from '../../lib/timelineItems';
import { resultsWindow } from '../../lib/overview/scale';
import { APP_ACTIONS } from '../../app/actions/actions';
import { actionButton } from '../../lib/actions/commands';

const { zoomIn, zoomOut } = APP_ACTIONS;

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
  const searching = useStore((s) => s.query.trim() !== '');
  const zoomToResults = () => {
    const w = resultsWindow(events.map((e) => eventSpan(e)));
    if (w) timeline?.setWindow(w);
  };
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
        {searching && (
          <button type="button" onClick={zoomToResults} disabled={!timeline || events.length === 0}>
            Zoom to results
          </button>
        )}
      </fieldset>
      <button type="button" aria-pressed={swimlanes} onClick={() => setSwimlanes(!swimlanes)}>
        Swimlanes by theme
      </button>
    </div>
  );
});
