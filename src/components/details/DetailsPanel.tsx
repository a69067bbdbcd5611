import { shownSummary } from '../../lib/summary';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from '../../store/store';
import { useEventList, useSearchTerms } from '../../app/derived';
import { Highlighted } from '../common/Highlighted';
import type { EventList, TimelineEvent } from '../../lib/schema';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { findById } from '../../lib/eventIndex';
import { AddToBriefingButton } from '../briefing/AddToBriefingButton';
import { AddedEventActions } from '../articles/AddedEventActions';
import { EventFacts } from './EventFacts';
import { EvidenceList } from './EvidenceList';
import { useEventNeighbours } from './useEventWalk';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import { APP_ACTIONS } from '../../app/actions/actions';
import { actionTitle, ariaKeyshortcuts, keyHelp } from '../../lib/actions/commands';
import { useHeaderOffset } from '../common/useHeaderOffset';
// oxlint-disable-next-line import/no-unassigned-import -- the panel's own styles, bundled by Vite
import './details.css';

export const DETAILS_PANEL_ID = 'event-details';

/**
 * The "Event details" region for the selected event. Opening it moves focus to the event's
 * title; closing it (button or Esc) gives focus back to where it was (timeline item, list row).
 * [ and ] walk the visible events in date order. A failure inside shows "This panel failed".
 */
export function DetailsPanel() {
  const selectedId = useStore((s) => s.selectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const data = useEventList();
  const event = useMemo(() => (data ? (findById(data.events, selectedId) ?? null) : null), [data, selectedId]);
  const panelRef = useRef<HTMLElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headerOffset = useHeaderOffset();

  // Focus: into the panel when an event is selected from outside it (Enter or a click on the
  // timeline, a list row, a marked passage, a deep link); back to the opener on close.
  useLayoutEffect(() => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    if (selectedId && event && panel) {
      const fromOutside = !active || !panel.contains(active);
      if (active && active !== document.body && fromOutside && !active.closest('.source-reader'))
        opener.current = active;
      if (fromOutside) panel.querySelector<HTMLElement>('.dp-title')?.focus();
    } else if (!selectedId) {
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected && (!active || active === document.body)) back.focus();
    }
  }, [selectedId, event]);

  if (!selectedId || !data) return null;
  const close = () => selectEvent(null);
  return (
    <section
      ref={panelRef}
      id={DETAILS_PANEL_ID}
      className="side-panel details-panel"
      data-region="event-details"
      style={headerOffset}
      aria-labelledby="details-region-label"
    >
      <ErrorBoundary name="Event details" resetKeys={[selectedId]} onClose={close}>
        {event ? (
          <DetailsBody event={event} data={data} />
        ) : (
          <div className="details-missing">
            <PanelBar onClose={close} />
            <output className="dp-message">The selected event “{selectedId}” is not in this event list.</output>
          </div>
        )}
      </ErrorBoundary>
    </section>
  );
}

const { previousEvent: previousAction, nextEvent: nextAction, closeDetails: closeAction } = APP_ACTIONS;
const KEY_HELP = keyHelp([
  [[previousAction], 'previous'],
  [[nextAction], 'next'],
  [[closeAction], 'close'],
]);

function PanelBar({ onClose, children }: { onClose: () => void; children?: ReactNode }) {
  return (
    <div className="dp-bar">
      <p id="details-region-label" className="dp-label">
        Event details
      </p>
      <div className="dp-bar-buttons">
        {children}
        <button
          type="button"
          className="dp-close"
          onClick={onClose}
          title={actionTitle(closeAction)}
          aria-keyshortcuts={ariaKeyshortcuts(closeAction)}
        >
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{closeAction.label}</span>
        </button>
      </div>
    </div>
  );
}

function DetailsBody({ event, data }: { event: TimelineEvent; data: EventList }) {
  const selectEvent = useStore((s) => s.selectEvent);
  const closeSource = useStore((s) => s.closeSource);
  const { previous, next, position, total } = useEventNeighbours(event);
  const terms = useSearchTerms();
  // Walking keeps focus on the button (or wherever the key was pressed): say what is shown now.
  const [announcement, setAnnouncement] = useState('');
  const go = useCallback(
    (target: TimelineEvent | null) => {
      if (!target) return;
      closeSource();
      selectEvent(target.id);
      setAnnouncement(`Showing: ${target.title}`);
    },
    [closeSource, selectEvent],
  );
  const title = useRef<HTMLHeadingElement>(null);
  const walk = useMemo(
    () => ({
      previous: () => go(previous),
      next: () => go(next),
      close: () => selectEvent(null),
      focusTitle: () => title.current?.focus(),
    }),
    [go, previous, next, selectEvent],
  );
  useKeyLayer('details', walk);
  // The title comes first in the DOM (the first heading of the region, where the timeline's
  // Enter and screen readers land) and is shown under the bar (CSS order); the bar's buttons
  // are still the first things Tab reaches, as they are the first things seen.
  return (
    <>
      <h2 key={`title:${event.id}`} ref={title} className="dp-title" tabIndex={-1}>
        <Highlighted text={event.title} terms={terms} />
      </h2>
      <PanelBar onClose={walk.close}>
        <button
          type="button"
          onClick={walk.previous}
          disabled={!previous}
          title={previous ? actionTitle(previousAction, previous.title) : 'No earlier event'}
          aria-keyshortcuts={ariaKeyshortcuts(previousAction)}
        >
          <span aria-hidden="true">‹ </span>
          {previousAction.label}
        </button>
        <button
          type="button"
          onClick={walk.next}
          disabled={!next}
          title={next ? actionTitle(nextAction, next.title) : 'No later event'}
          aria-keyshortcuts={ariaKeyshortcuts(nextAction)}
        >
          {nextAction.label}
          <span aria-hidden="true"> ›</span>
        </button>
      </PanelBar>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <EventContent key={event.id} event={event} data={data} position={position} total={total} />
    </>
  );
}

/** Keyed by event id, so nothing (focus, scroll, open state) leaks from one event to the next. */
function EventContent({
  event,
  data,
  position,
  total,
}: {
  event: TimelineEvent;
  data: EventList;
  position: number;
  total: number;
}) {
  const terms = useSearchTerms();
  return (
    <>
      <p className="dp-position muted">
        {position > 0
          ? `Event ${position} of ${total} shown, in date order.`
          : 'This event is hidden by the current filters.'}{' '}
        Keys: {KEY_HELP}.
      </p>
      <EventFacts event={event} themes={data.themes} />
      {shownSummary(event) && (
        <p className="dp-summary">
          <Highlighted text={event.summary} terms={terms} />
        </p>
      )}
      <div className="dp-actions">
        <AddToBriefingButton eventId={event.id} />
        <AddedEventActions eventId={event.id} />
      </div>
      <h3 className="dp-evidence-heading">
        Evidence{' '}
        <span className="muted">({event.evidence.length === 1 ? '1 quote' : `${event.evidence.length} quotes`})</span>
      </h3>
      <EvidenceList event={event} sources={data.sources} terms={terms} />
    </>
  );
}
