import { useEventData } from './app/useEventData';
import { useStore } from './store/store';
import { Header } from './components/header/Header';
import { FiltersPanel } from './components/filters/FiltersPanel';
import { TimelineView } from './components/timeline/TimelineView';
import { ListView } from './components/list/ListView';
import { DetailsPanel } from './components/details/DetailsPanel';
import { SourceReader } from './components/source/SourceReader';
import { Notices } from './components/common/Notices';
import { BriefingPanel } from './components/briefing/BriefingPanel';
import { Presenter } from './components/briefing/Presenter';
import { Handout } from './components/briefing/Handout';

/** The page layout. Each region is its own component; they talk only through the store. */
export function App() {
  useEventData();
  const load = useStore((s) => s.load);
  const view = useStore((s) => s.view);
  if (load.status === 'loading') return <p className="loading">Loading events…</p>;
  if (load.status === 'error')
    return (
      <main className="load-error">
        <h1>Briefline</h1>
        <p role="alert">The event list could not be loaded:</p>
        <ul>{load.messages.map((m) => <li key={m}>{m}</li>)}</ul>
      </main>
    );
  return (
    <>
      <Header />
      <Notices />
      <div className="layout">
        <FiltersPanel />
        <main className="main">{view === 'timeline' ? <TimelineView /> : <ListView />}</main>
        <DetailsPanel />
        <SourceReader />
      </div>
      <BriefingPanel />
      <Presenter />
      <Handout />
    </>
  );
}
