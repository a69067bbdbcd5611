/**
 * Top bar: title, view switch (Timeline/List), colour-scheme toggle, copy link; hosts the briefing
 * and exchange menus.
 */
import { useStore, type ViewMode } from '../../store/store';
import { useEventList } from '../../app/derived';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { CopyLinkButton } from './CopyLinkButton';
import { BriefingButton } from '../briefing/BriefingButton';
import { ExchangeMenu } from '../exchange/ExchangeMenu';
import { IntakeButtons } from '../intake/IntakeButtons';
import './header.css';

const VIEWS: { id: ViewMode; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'list', label: 'List' },
];

export function Header() {
  const data = useEventList();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const filtersOpen = useStore((s) => s.filtersOpen);
  const toggleFiltersDrawer = useStore((s) => s.toggleFiltersDrawer);
  return (
    <header className="app-header">
      <h1 className="app-title">
        Briefline
        {data && <span className="app-subtitle"> · {data.title}</span>}
      </h1>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="filters"
        onClick={toggleFiltersDrawer}
      >
        Filters
      </button>
      <fieldset className="view-switch">
        <legend className="visually-hidden">View</legend>
        {VIEWS.map((v) => (
          <label key={v.id} className={view === v.id ? 'is-checked' : undefined}>
            <input type="radio" name="view" value={v.id} checked={view === v.id} onChange={() => setView(v.id)} />
            {v.label}
          </label>
        ))}
      </fieldset>
      <div className="header-tools">
        <IntakeButtons />
        <BriefingButton />
        <ExchangeMenu />
        <CopyLinkButton />
        <ColorSchemeToggle />
      </div>
    </header>
  );
}
