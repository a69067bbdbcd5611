/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions --
   the canvas is a composite widget (role=application) with its own arrow-key navigation;
   the linter does not count that role as interactive. */
/**
 * The timeline region: toolbar, legend, the vis-timeline canvas (owned by the controller, controller.ts) and
 * keyboard navigation, lent to the action table as the "timeline" layer: Left/Right (Home/End) move a
 * keyboard cursor between the visible events in date order (moving the window to show it, announcing
 * each); Enter selects the event, which opens the event details; Esc clears the selection.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useMerged, useSearchTerms, useVisible } from '../../app/derived';
import { eventIdOf, eventSpan, itemDescription, itemIdsOf, lanesOf } from '../../lib/timelineItems';
import { densityItems, densityWindow, firstWindow, pinItems, summaryWindow } from '../../lib/density';
import { eraItems } from '../../lib/eraItems';
import { themeKey } from '../../lib/themeColor';
import { useTimeline } from './useTimeline';
import type { GroupSpec, Offscreen, TimelineController, TimelineWindow } from './controller';
import { OffscreenCue } from './OffscreenCue';
import { useTimelineSync } from './useTimelineSync';
import { TimelineToolbar } from './TimelineToolbar';
import { OverviewStrip } from './OverviewStrip';
import { Legend } from './Legend';
import { TimelineEmpty } from './TimelineEmpty';
import { nextIndex } from './keyboard';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import { APP_ACTIONS } from '../../app/actions/actions';
import { keyHelp } from '../../lib/actions/commands';
import { findById, positionsById } from '../../lib/eventIndex';
import './timeline.css';
import './timelineItems.css';
import './legend.css';
import './offscreenCue.css';

const TIMELINE_KEY_HELP = keyHelp([
  [[APP_ACTIONS.moveCursor], 'move between events'],
  [[APP_ACTIONS.openCursor], 'opens one'],
  [[APP_ACTIONS.clearTimelineSelection], 'clears'],
  [[APP_ACTIONS.zoomIn, APP_ACTIONS.zoomOut], 'zoom'],
]);

export function TimelineView() {
  const merged = useMerged();
  const data = merged?.list ?? null;
  const addedIds = merged?.addedEventIds;
  const visible = useVisible();
  const terms = useSearchTerms();
  const hiddenThemes = useStore((s) => s.hiddenThemes);
  const swimlanes = useStore((s) => s.swimlanes);
  const selectedId = useStore((s) => s.selectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const setWindow = useStore((s) => s.setWindow);
  const storeWindow = useStore((s) => s.window);
  const container = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // The keyboard cursor: arrows move it, Enter selects (opens the details).
  // A new selection (from anywhere) moves the cursor to it: adjusted during render, not in an effect.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [cursorFor, setCursorFor] = useState<string | null>(null);
  const themeLabels = useMemo(() => new Map(data?.themes.map((t) => [t.id, t.label]) ?? []), [data]);
  const describe = useCallback(
    (id: string) => {
      const i = positionsById(visible.events).get(id) ?? -1;
      const e = visible.events[i];
      return e ? `${itemDescription(e, themeLabels)}. Event ${i + 1} of ${visible.events.length}.` : '';
    },
    [visible.events, themeLabels],
  );
  if (selectedId !== cursorFor) {
    setCursorFor(selectedId);
    if (selectedId) {
      setActiveId(selectedId);
      // Announce every selection (click, Enter, list, Back/Forward) to screen readers, in the same
      // render as the selection (perf: an effect would cost a second render and paint).
      setAnnouncement(`Selected: ${describe(selectedId) || selectedId}`);
    }
  }

  const themeIds = useMemo(() => data?.themes.map((t) => t.id) ?? [], [data]);
  // With no window yet (none in the link), a summarised list is first shown where its events are (density.ts),
  // and its items are built for that window: they are summarised once, not for the whole span and again once the
  // widget has fitted them. A list drawn in full has none: the widget fits its items itself.
  const noWindow = storeWindow === null;
  const first = useMemo(
    () => (noWindow ? firstWindow(visible.events, { themeIds, swimlanes, terms, hiddenThemes }) : null),
    [noWindow, visible.events, themeIds, swimlanes, terms, hiddenThemes],
  );
  const shownWindow = storeWindow ?? first;
  // The window the items are built for changes only when the shown one leaves what they cover (density.ts).
  const [keptWindow, setKeptWindow] = useState(storeWindow);
  const itemsWindow = densityWindow(keptWindow, shownWindow);
  if (itemsWindow !== keptWindow) setKeptWindow(itemsWindow);
  const baseItems = useMemo(
    // Large lists are summarised per window so the widget never holds thousands of items (perf).
    () => densityItems(visible.events, itemsWindow, { themeIds, swimlanes, terms, hiddenThemes, addedIds }),
    [visible.events, itemsWindow, themeIds, swimlanes, terms, hiddenThemes, addedIds],
  );
  // The selection and the keyboard cursor are drawn as single items even among summaries.
  const eventItems = useMemo(
    () =>
      pinItems(baseItems, visible.events, { themeIds, swimlanes, terms, hiddenThemes, addedIds, activeId, selectedId }),
    [baseItems, visible.events, themeIds, swimlanes, terms, hiddenThemes, addedIds, activeId, selectedId],
  );
  // An imported file's eras: background bands behind the events (not events: none of the counts or keys see them).
  const bands = useMemo(() => eraItems(data?.eras), [data]);
  const items = useMemo(() => (bands.length ? [...eventItems, ...bands] : eventItems), [eventItems, bands]);
  // Where every visible event is drawn, in list order (the keyboard cursor walks these).
  const spans = useMemo(
    () => visible.events.map((e) => ({ id: e.id, start: eventSpan(e)[0], end: eventSpan(e)[1] })),
    [visible.events],
  );
  // One lane per theme that has visible events, labelled with how many it holds.
  const groups = useMemo<GroupSpec[] | null>(() => {
    if (!swimlanes || !data) return null;
    const counts = new Map<string, number>();
    for (const e of visible.events) for (const t of lanesOf(e, hiddenThemes)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return data.themes
      .filter((t) => counts.has(t.id))
      .map((t) => ({ id: t.id, label: `${t.label} (${counts.get(t.id)})`, key: themeKey(t.id, themeIds) }));
  }, [swimlanes, data, visible.events, hiddenThemes, themeIds]);

  const timelineRef = useRef<TimelineController | null>(null);
  const onSelect = useCallback(
    (id: string | null) => {
      // A summary ("42 events") is not an event: clicking it zooms to the time it stands for.
      const zoom = id ? summaryWindow(id) : null;
      if (zoom) timelineRef.current?.setWindow(zoom);
      else selectEvent(id === null ? null : eventIdOf(id));
    },
    [selectEvent],
  );
  const onWindow = useCallback((w: TimelineWindow) => setWindow(w), [setWindow]);
  const [offscreen, onOffscreen] = useState<Offscreen | null>(null);
  const timeline = useTimeline(container, items, groups, shownWindow, { onSelect, onWindow, onOffscreen });
  useEffect(() => {
    timelineRef.current = timeline;
  }, [timeline]);
  useTimelineSync(timeline, visible.events, data?.events, first);
  // The cursor is marked on its drawn items (every lane copy) by the controller: moving it changes no item.
  useEffect(() => {
    const e = activeId ? findById(visible.events, activeId) : undefined;
    timeline?.cursor(e ? itemIdsOf(e) : []);
  }, [timeline, activeId, visible.events]);

  // The timeline's keys (APP_ACTIONS: moveCursor, openCursor, clearTimelineSelection, zoomIn/Out) call this.
  const cursor = activeId ?? selectedId;
  const keyLayer = useMemo(
    () => ({
      cursor: () => cursor,
      moveCursor: (key: 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End') => {
        const list = visible.events;
        if (!list.length) return;
        // The widget may still be loading: the cursor moves all the same, and shows once it is drawn.
        const windowStart = timeline ? timeline.getWindow().start : Number.NEGATIVE_INFINITY;
        const next = nextIndex(list, spans, key, cursor, windowStart);
        const target = list[next];
        if (!target) return;
        setActiveId(target.id);
        const span = spans[next];
        if (timeline && span) timeline.reveal(span);
        setAnnouncement(`${describe(target.id)} Press Enter to open.`);
      },
      clearSelection: () => {
        selectEvent(null);
        setAnnouncement('Selection cleared.');
      },
      zoom: (direction: 'in' | 'out') => timeline?.zoom(direction),
    }),
    [cursor, visible.events, spans, timeline, selectEvent, describe],
  );
  useKeyLayer('timeline', keyLayer);

  return (
    <section className="timeline-region" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <TimelineToolbar timeline={timeline} events={visible.events} />
      <div className="timeline-frame">
        <div
          ref={container}
          className={`timeline-canvas${swimlanes ? ' has-groups' : ''}`}
          tabIndex={0}
          role="application"
          aria-roledescription="timeline"
          aria-label={`Timeline of ${visible.events.length} events`}
          aria-describedby="timeline-help"
          data-key-scope="timeline"
        />
        <OffscreenCue offscreen={offscreen} timeline={timeline} />
      </div>
      <OverviewStrip timeline={timeline} events={visible.events} window={storeWindow} />
      <p id="timeline-help" className="timeline-help">
        Drag to pan (up and down too), wheel to zoom. With the timeline focused: {TIMELINE_KEY_HELP}.
      </p>
      <Legend />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {visible.events.length === 0 && <TimelineEmpty />}
    </section>
  );
}
