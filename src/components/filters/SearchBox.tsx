/** The "Search events" box: filters as you type (the store holds the query; search is derived); Esc clears it. */
import { useStore } from '../../store/store';
import { APP_ACTIONS } from '../../app/actions/actions';
import { ariaKeyshortcuts } from '../../lib/actions/commands';

export function SearchBox() {
  const query = useStore((s) => s.query);
  const setQuery = useStore((s) => s.setQuery);
  return (
    <div className="search">
      <label htmlFor="search-events">Search events</label>
      <input
        id="search-events"
        type="search"
        value={query}
        placeholder="title, quote, actor, outlet…"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
        data-key-scope="search"
        aria-keyshortcuts={ariaKeyshortcuts(APP_ACTIONS.clearSearch)}
      />
    </div>
  );
}
