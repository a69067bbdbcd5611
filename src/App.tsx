import { useEventData } from './app/useEventData';
import { useAddress } from './app/address';
import { useAddedArticles } from './app/useAddedArticles';
import { usePrinting } from './app/usePrinting';
import { useStore } from './store/store';
import { Header } from './components/header/Header';
import { FiltersPanel } from './components/filters/FiltersPanel';
import { TimelineView } from './components/timeline/TimelineView';
import { PrintedFilters } from './components/list/PrintedFilters';
import { Notices } from './components/notices/Notices';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { LoadError } from './components/common/LoadError';
import { LazyBriefing, LazyDetailsPanel, LazyListView, LazySourceReader } from './lazyRegions';
import { KeyboardActions } from './app/actions/useKeyboardActions';

/** The page layout. Each region is its own component; they talk only through the store and the action table. */
export function App() {
  useEventData();
  useAddedArticles();
  useAddress();
  const load = useStore((s) => s.load);
  const view = useStore((s) => s.view);
  const printing = usePrinting();
  if (load.status === 'loading') return <output className="loading">Loading events…</output>;
  if (load.status === 'error') return <LoadError messages={load.messages} />;
  return (
    <KeyboardActions>
      <ErrorBoundary name="The header">
        <Header />
      </ErrorBoundary>
      <Notices />
      <div className="layout">
        <ErrorBoundary name="The filters">
          <FiltersPanel />
        </ErrorBoundary>
        <main className="main" id="main">
          <h1 className="print-only print-title">{load.data.title}</h1>
          <PrintedFilters />
          <ErrorBoundary name={view === 'timeline' ? 'The timeline' : 'The list'} key={view}>
            {view === 'timeline' ? <TimelineView /> : <LazyListView />}
          </ErrorBoundary>
          {view === 'timeline' && printing && (
            // vis-timeline does not print well: printing the timeline view prints its events as the list
            // (rendered only while printing, so the screen never keeps a hidden copy of every row).
            <div className="print-only">
              <LazyListView />
            </div>
          )}
        </main>
        <ErrorBoundary name="The event details">
          <LazyDetailsPanel />
        </ErrorBoundary>
        <ErrorBoundary name="The source text">
          <LazySourceReader />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="The briefing">
        <LazyBriefing />
      </ErrorBoundary>
    </KeyboardActions>
  );
}
