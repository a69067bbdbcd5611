/**
 * Two-way sync between the URL hash and the store (codec in src/lib/url.ts).
 * - On load (once the events are in) and on hashchange/popstate: hash → store. Unknown event
 *   ids and themes are reported as notices and ignored.
 * - Store → hash: history.pushState when the selection changes (so Back/Forward walk the
 *   selections), history.replaceState for everything else (window, search, filters, view).
 */
import { useEffect } from 'react';
import { useStore, type BrieflineState } from '../store/store';
import { shownList } from './derived';
import { carryPresentKeys, decodeHash, encodeHash, type UrlState } from '../lib/url';
import type { EventList } from '../lib/schema';

export function urlStateOf(s: BrieflineState): UrlState {
  return {
    selectedId: s.selectedId,
    hiddenThemes: s.hiddenThemes,
    themeMatch: s.themeMatch,
    query: s.query,
    period: s.period,
    view: s.view,
    window: s.window,
  };
}

/** Check a decoded hash against the loaded events; returns the state to apply and notices. */
export function checkAgainstData(state: UrlState, data: EventList): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const themeIds = new Set(data.themes.map((t) => t.id));
  const unknownThemes = state.hiddenThemes.filter((t) => !themeIds.has(t));
  if (unknownThemes.length)
    notices.push(
      `The link names unknown theme${unknownThemes.length > 1 ? 's' : ''} ${unknownThemes.map((t) => `"${t}"`).join(', ')}; ignored.`,
    );
  let selectedId = state.selectedId;
  if (selectedId !== null && !data.events.some((e) => e.id === selectedId)) {
    notices.push(`The link names an event "${selectedId}" that is not in this event list; ignored.`);
    selectedId = null;
  }
  return { state: { ...state, selectedId, hiddenThemes: state.hiddenThemes.filter((t) => themeIds.has(t)) }, notices };
}

export function useUrlSync(): void {
  // Added articles are read from the browser's database first, so a link to an added event is not refused.
  const ready = useStore((s) => s.load.status === 'ready' && s.added.status !== 'loading');

  useEffect(() => {
    if (!ready) return;
    let applying = false;
    const apply = () => {
      const s = useStore.getState();
      if (s.load.status !== 'ready') return;
      const decoded = decodeHash(window.location.hash);
      const checked = checkAgainstData(decoded.state, shownList(s) ?? s.load.data);
      applying = true;
      // A link without a window leaves the window the timeline already shows (and reported) in the
      // store: vis may have fitted and reported it before the events and the link were read, and it
      // reports a window only when it changes, so a null here would keep it out of the link for good.
      // (Not for the list view: there the timeline is gone and a link without a window stays so.)
      const window_ = checked.state.window ?? (checked.state.view === 'timeline' ? s.window : null);
      useStore.setState({ ...checked.state, window: window_ });
      applying = false;
      for (const n of [...decoded.problems, ...checked.notices]) s.addNotice(n);
      // Write back the cleaned state so the address shows what is really applied.
      const clean = carryPresentKeys(encodeHash(urlStateOf(useStore.getState())), window.location.hash);
      if (clean !== window.location.hash && !(clean === '' && window.location.hash === '#')) {
        history.replaceState(history.state, '', clean || window.location.pathname + window.location.search);
      }
    };
    apply();

    const unsub = useStore.subscribe((state, prev) => {
      if (applying) return;
      const next = carryPresentKeys(encodeHash(urlStateOf(state)), window.location.hash);
      const current = window.location.hash === '#' ? '' : window.location.hash;
      if (next === current) return;
      const url = next || window.location.pathname + window.location.search;
      if (state.selectedId !== prev.selectedId) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    });
    const onNav = () => apply();
    window.addEventListener('popstate', onNav);
    window.addEventListener('hashchange', onNav);
    return () => {
      unsub();
      window.removeEventListener('popstate', onNav);
      window.removeEventListener('hashchange', onNav);
    };
  }, [ready]);
}
