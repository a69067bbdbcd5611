/**
 * React's side of the timeline controller (controller.ts): one effect creates it once vis is
 * loaded and destroys it on unmount, one feeds it the items and groups. Nothing else in the app
 * touches the widget; components get the controller's small interface back.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { ItemSpec } from '../../lib/timelineItems';
import {
  createTimeline,
  type GroupSpec,
  type Offscreen,
  type TimelineController,
  type TimelineWindow,
  type VisModules,
} from './controller';
import { timelineDrawn } from '../../app/afterFirstDraw';

/**
 * vis-timeline, vis-data and moment are the larger part of the JS: loaded as their own chunk
 * (index.html preloads it at low priority, see vite.config.ts), not in the initial JS. The esnext
 * builds: modern syntax without the core-js polyfills of the peer build, 113 kB gzipped instead of 180.
 */
let visModules: Promise<VisModules> | null = null;
export const loadVis = () => (visModules ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]));
void loadVis();

export interface TimelineHandlers {
  onSelect(id: string | null): void;
  onWindow(w: TimelineWindow, byUser: boolean): void;
  onOffscreen(o: Offscreen): void;
}

export function useTimeline(
  container: RefObject<HTMLDivElement | null>,
  items: readonly ItemSpec[],
  groups: readonly GroupSpec[] | null,
  initialWindow: TimelineWindow | null,
  handlers: TimelineHandlers,
): TimelineController | null {
  const [controller, setController] = useState<TimelineController | null>(null);
  const latest = useRef({ items, groups, initialWindow, handlers });
  useEffect(() => {
    latest.current = { items, groups, initialWindow, handlers };
  });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let created: TimelineController | null = null;
    let cancelled = false;
    void loadVis().then((vis) => {
      if (cancelled) return;
      const now = latest.current;
      created = createTimeline(el, { vis, items: now.items, groups: now.groups, window: now.initialWindow });
      created.on('select', (id) => latest.current.handlers.onSelect(id));
      created.on('window', (w, byUser) => latest.current.handlers.onWindow(w, byUser));
      created.on('offscreen', (o) => latest.current.handlers.onOffscreen(o));
      setController(created);
      // Once the first view is drawn, the regions it does not show may load (app/afterFirstDraw.ts).
      created.on('drawn', () => {
        if (latest.current.items.length === 0 || el.querySelector('.vis-item')) timelineDrawn();
      });
    });
    return () => {
      cancelled = true;
      created?.destroy();
      setController(null);
    };
  }, [container]);

  useEffect(() => {
    controller?.setData(items, groups);
  }, [controller, items, groups]);

  return controller;
}
