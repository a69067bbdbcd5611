/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions -- the canvas is a composite widget (role=application) with its own arrow-key navigation; the linter does not count that role as interactive. */
/**
 * The timeline region: toolbar, legend, the vis-timeline canvas (owned by useVisTimeline) and
 * keyboard navigation. Left/Right move the selection between visible events in date order
 * (moving the window to show it), Enter moves focus to the event details, Esc clears the selection.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Timeline } from 'vis-timeline/peer';
import { useStore } from '../../store/store';
import { useEventList, useSearchTerms, useVisible } from '../../app/derived';
import { itemDescription } from '../../lib/timelineItems';
import { densityItems, eventSpan, summaryWindow } from '../../lib/density';
import { themeKey } from '../../lib/themeColor';
import { useVisTimeline, type GroupSpec, type TimelineWindow } from './useVisTimeline';
import { useTimelineSync } from './useTimelineSync';
import { TimelineToolbar } from './TimelineToolbar';
import { Legend } from './Legend';
import './timeline.css';

export function TimelineView() {
  const data = useEventList();
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

  const themeIds = useMemo(() => data?.themes.map((t) => t.id) ?? [], [data]);
  const themeLabels = useMemo(() => new Map(data?.themes.map((t) => [t.id, t.label]) ?? []), [data]);
  const items = useMemo(
    // Large lists are summarised per window so the widget never holds thousands of items (perf).
    () => densityItems(visible.events, storeWindow, { themeIds, swimlanes, terms, hiddenThemes, selectedId }),
    [visible.events, storeWindow, themeIds, swimlanes, terms, hiddenThemes, selectedId],
  );
  const groups = useMemo<GroupSpec[] | null>(() => {
    if (!swimlanes || !data) return null;
    const used = new Set(items.map((i) => i.group));
    return data.themes.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, label: t.label, key: themeKey(t.id, themeIds) }));
  }, [swimlanes, data, items, themeIds]);

  const timelineRef = useRef<Timeline | null>(null);
  const onSelect = useCallback(
    (id: string | null) => {
      // A summary ("42 events") is not an event: clicking it zooms to the time it stands for.
      const zoom = id ? summaryWindow(id) : null;
      if (zoom) timelineRef.current?.setWindow(zoom.start, zoom.end, { animation: false });
      else selectEvent(id);
    },
    [selectEvent],
  );
  const onWindow = useCallback((w: TimelineWindow) => setWindow(w), [setWindow]);
  const timeline = useVisTimeline(container, items, groups, storeWindow, { onSelect, onWindow });
  useEffect(() => {
    timelineRef.current = timeline;
  }, [timeline]);
  useTimelineSync(timeline, visible.events);

  const describe = (id: string) => {
    const i = visible.events.findIndex((e) => e.id === id);
    const e = visible.events[i];
    return e ? `${itemDescription(e, themeLabels)}. Event ${i + 1} of ${visible.events.length}.` : '';
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const list = visible.events;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
      ev.preventDefault();
      if (!list.length) return;
      const step = ev.key === 'ArrowRight' ? 1 : -1;
      const cur = selectedId ? list.findIndex((e) => e.id === selectedId) : -1;
      let next: number;
      if (cur >= 0) next = Math.min(list.length - 1, Math.max(0, cur + step));
      else {
        const w = timeline?.getWindow();
        const from = w ? w.start.getTime() : -Infinity;
        const firstInView = list.findIndex((e) => eventSpan(e)[1] >= from);
        next = firstInView >= 0 ? firstInView : 0;
        if (step < 0 && cur < 0) next = Math.max(0, next);
      }
      const target = list[next];
      if (!target) return;
      selectEvent(target.id);
      setAnnouncement(`Selected: ${describe(target.id)}`);
    } else if (ev.key === 'Enter' && selectedId) {
      ev.preventDefault();
      const details = document.querySelector<HTMLElement>('[aria-label="Event details"], [data-region="event-details"]');
      const target = details?.querySelector<HTMLElement>('h2, h3, [tabindex], button, a') ?? details;
      if (target) {
        if (!target.hasAttribute('tabindex') && !/^(BUTTON|A)$/.test(target.tagName)) target.tabIndex = -1;
        target.focus();
      }
      setAnnouncement(`Opened: ${describe(selectedId)}`);
    } else if (ev.key === 'Escape' && selectedId) {
      ev.preventDefault();
      selectEvent(null);
      setAnnouncement('Selection cleared.');
    } else if (ev.key === '+' || ev.key === '=') {
      timeline?.zoomIn(0.5);
    } else if (ev.key === '-') {
      timeline?.zoomOut(0.5);
    }
  };

  return (
    <section className="timeline-region" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <TimelineToolbar timeline={timeline} events={visible.events} />
      <div
        ref={container}
        className={`timeline-canvas${swimlanes ? ' has-groups' : ''}`}
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline of ${visible.events.length} events`}
        aria-describedby="timeline-help"
        onKeyDown={onKeyDown}
      />
      <p id="timeline-help" className="timeline-help">
        Drag to pan, wheel to zoom. With the timeline focused: ← → move between events, Enter opens the details, Esc clears, + − zoom.
      </p>
      <Legend />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {visible.events.length === 0 && <p className="timeline-empty">No events match the filters.</p>}
    </section>
  );
}
