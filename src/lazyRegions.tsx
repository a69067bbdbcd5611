/**
 * Regions that are not needed to show the timeline, split into their own chunks so that less JS
 * runs before first paint (Lighthouse mobile): each chunk loads the first time its region is needed
 * and the region then stays mounted (its focus handling on close keeps working).
 */
import { createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useStore } from './store/store';
import { currentBriefing } from './store/briefingSlice';
import { useBriefingStorage } from './app/useBriefingStorage';
import { usePresenterChannel } from './app/usePresenterChannel';
import { afterFirstDraw } from './app/afterFirstDraw';

/**
 * A region whose code loads ahead of need (`preload`): once loaded it renders in the same render as whatever
 * asked for it (no fallback, no extra frame); before that through React.lazy with a fallback.
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((c) => {
      loaded = c;
      return c;
    }));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  // Chosen once per mount, so a region mounted through the fallback is not mounted again when its code arrives.
  const useRegion = (): ComponentType<P> => useState(() => loaded ?? Lazy)[0];
  return { preload, useRegion };
}

// The list (and its virtualiser) is not part of the first view: fetched after the first timeline draw, so
// that switching to it, or printing the timeline view (which prints the list), finds it loaded.
const listView = preloadable(() => import('./components/list/ListView').then((m) => m.ListView));
afterFirstDraw(() => void listView.preload());

// The details panel is not part of the first view either: fetched after the first timeline draw, so that a
// click on an event finds it loaded and it opens in the same render; a deep link to an event waits for it.
const detailsPanel = preloadable(() => import('./components/details/DetailsPanel').then((m) => m.DetailsPanel));
afterFirstDraw(() => void detailsPanel.preload());

const SourceReader = lazy(() => import('./components/source/SourceReader').then((m) => ({ default: m.SourceReader })));
const BriefingPanel = lazy(() =>
  import('./components/briefing/BriefingPanel').then((m) => ({ default: m.BriefingPanel })),
);
const Presenter = lazy(() => import('./components/briefing/Presenter').then((m) => ({ default: m.Presenter })));
const Handout = lazy(() => import('./components/briefing/Handout').then((m) => ({ default: m.Handout })));

/** The event list; a page that starts in the list view loads it at once ("Loading the list…" meanwhile). */
export function LazyListView() {
  // One of two module-level components (the loaded one or its lazy wrapper), chosen once per mount.
  const listViewComponent = listView.useRegion();
  return (
    <Suspense fallback={<output className="loading">Loading the list…</output>}>
      {createElement(listViewComponent)}
    </Suspense>
  );
}

/** True from the first render where `now` is true, for good. */
function useOnceTrue(now: boolean): boolean {
  const [ever, setEver] = useState(now);
  if (now && !ever) setEver(true);
  return ever || now;
}

function WhenNeeded({ needed, children }: { needed: boolean; children: ReactNode }) {
  const load = useOnceTrue(needed);
  return load ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** The event details, mounted from the first selection on (its focus return on close needs it mounted). */
export function LazyDetailsPanel() {
  const needed = useOnceTrue(useStore((s) => s.selectedId !== null));
  return needed ? (
    <Suspense fallback={null}>
      <DetailsRegion />
    </Suspense>
  ) : null;
}

/** Mounted at the first selection, so it takes the loaded panel when the preload has arrived (no fallback). */
function DetailsRegion() {
  return createElement(detailsPanel.useRegion());
}

export function LazySourceReader() {
  return (
    <WhenNeeded needed={useStore((s) => s.sourceView !== null)}>
      <SourceReader />
    </WhenNeeded>
  );
}

/**
 * The briefing session (stored briefings, presentation address such as `#present=…&step=…`, sync with
 * the presenter window) runs from the start; the panel, presentation and print handout load on demand.
 */
export function LazyBriefing() {
  useBriefingStorage();
  usePresenterChannel();
  const panelOpen = useStore((s) => s.briefingOpen);
  const presenting = useStore((s) => s.presentation !== null);
  const hasBriefing = useStore((s) => currentBriefing(s) !== null);
  return (
    <>
      <WhenNeeded needed={panelOpen}>
        <BriefingPanel />
      </WhenNeeded>
      {/* Loaded with the panel too, so that Present shows the first step at once. */}
      <WhenNeeded needed={presenting || panelOpen}>
        <Presenter />
      </WhenNeeded>
      <WhenNeeded needed={hasBriefing}>
        <Handout />
      </WhenNeeded>
    </>
  );
}
