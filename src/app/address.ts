/**
 * The one owner of the address bar: the only module that reads location.hash for state or calls
 * history.pushState/replaceState. The hash carries two codecs' parameters, both listed in the
 * state table (src/lib/appState.ts):
 * - the link (src/lib/url.ts): selection, filters, view, window. On load (once the events and the
 *   added articles are in) and on hashchange/popstate, hash → store (unknown event ids and themes
 *   are reported as notices and ignored). Store → hash: pushState when the selection changes (so
 *   Back/Forward walk the selections), replaceState for everything else.
 * - the presentation (src/lib/briefing/address.ts): present|presenter=<briefing>&step=<n>&b=<briefing>.
 *   On load (after the briefings kept in this browser are read) and on hashchange an address opens
 *   that briefing at that step; while presenting, each step change rewrites the address, and
 *   leaving removes the keys again.
 */
import { useEffect, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { useStore, type Store } from '../store/store';
import { currentBriefing } from '../store/briefingSlice';
import { useBriefingStorageStatus } from '../store/briefingStorageStatus';
import { shownList } from './derived';
import { loadSearchCode, searchCode } from './searchCode';
import { carryPresentKeys, decodeHash, encodeHash, pickUrlState, type UrlState } from '../lib/url';
import { decodePresentAddress, joinHash, presentParams } from '../lib/briefing/address';
import type { EventList } from '../lib/schema';

/** The part of the state a link carries (the state table's link rows). */
export const urlStateOf = (s: UrlState): UrlState => pickUrlState(s);

/** Check a decoded hash against the loaded events; returns the state to apply and notices. */
export function checkAgainstData(state: UrlState, data: EventList): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const themeIds = new Set(data.themes.map((t) => t.id));
  const unknownThemes = state.hiddenThemes.filter((t) => !themeIds.has(t));
  if (unknownThemes.length)
    notices.push(
      `The link names unknown theme${unknownThemes.length > 1 ? 's' : ''} ` +
        `${unknownThemes.map((t) => `"${t}"`).join(', ')}; ignored.`,
    );
  let selectedId = state.selectedId;
  if (selectedId !== null && !data.events.some((e) => e.id === selectedId)) {
    notices.push(`The link names an event "${selectedId}" that is not in this event list; ignored.`);
    selectedId = null;
  }
  return { state: { ...state, selectedId, hiddenThemes: state.hiddenThemes.filter((t) => themeIds.has(t)) }, notices };
}

/** The address of one presentation step of the current briefing (null without one). */
export function presentHref(s: Store, mode: 'present' | 'presenter', step: number): string | null {
  const b = currentBriefing(s);
  if (!b) return null;
  // The presenter view reads the briefing from storage, unless it is not kept there (a shared link's).
  const unsaved = useBriefingStorageStatus.getState().unsaved.includes(b.id);
  return joinHash(
    encodeHash(urlStateOf(s)),
    presentParams({ mode, briefing: b, step, includeBriefing: mode === 'present' || unsaved }),
  );
}

/** Put a hash ("" for none) in the address bar, as a new history entry or in place of the current one. */
function writeHash(hash: string, how: 'push' | 'replace'): void {
  const url = hash || window.location.pathname + window.location.search;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(history.state, '', url);
}

/** The hash as it stands, "" for none. */
const currentHash = () => (window.location.hash === '#' ? '' : window.location.hash);

function applyPresentAddress(): void {
  const r = decodePresentAddress(window.location.hash);
  if (r === null) return;
  const s = useStore.getState();
  r.problems.forEach(s.addNotice);
  if (!r.ok) return;
  const { briefingId, shared, step, mode } = r.address;
  if (!s.briefings.some((b) => b.id === briefingId)) {
    if (!shared) {
      s.addNotice(
        `The presentation address names a briefing ("${briefingId}") that is not kept in this browser; ` +
          'import its briefing file to present it.',
      );
      return;
    }
    // Shown, not kept: saving it is the user's choice ("Keep this briefing", BriefingStorageNotices).
    useBriefingStorageStatus.getState().markUnsaved(shared.id);
    s.importBriefing(shared);
  }
  useStore.getState().selectBriefing(briefingId);
  const p = useStore.getState().presentation;
  if (p && p.mode === mode) useStore.getState().goToStep(step);
  else useStore.getState().startPresenting(step, mode);
}

/** Link ↔ store, from the moment the shown list is complete. */
function syncLink(): () => void {
  let applying = false;
  let live = true;
  // while a link waits for the search code, the address stays as it is (the store does not yet show the link)
  let waiting = false;
  /** `waitForSearch` false: the search code could not be loaded (a notice says so), apply the rest of the link. */
  const apply = (waitForSearch: unknown = true) => {
    const s = useStore.getState();
    if (!live || s.load.status !== 'ready') return;
    const decoded = decodeHash(window.location.hash);
    // A link with a search opens in one step, as written, once the search code is in (it loads with the list).
    if (waitForSearch !== false && decoded.state.query.trim() !== '' && searchCode() === null) {
      waiting = true;
      void loadSearchCode().then(() => {
        waiting = false;
        apply(searchCode() !== null);
      });
      return;
    }
    const checked = checkAgainstData(decoded.state, shownList(s) ?? s.load.data);
    applying = true;
    // A link without a window leaves the window the timeline already shows (and reported) in the
    // store: vis may have fitted and reported it before the events and the link were read, and it
    // reports a window only when it changes, so a null here would keep it out of the link for good.
    // (Not for the list view: there the timeline is gone and a link without a window stays so.)
    const keptWindow = checked.state.window ?? (checked.state.view === 'timeline' ? s.window : null);
    s.applyLinkState({ ...checked.state, window: keptWindow });
    applying = false;
    for (const n of [...decoded.problems, ...checked.notices]) s.addNotice(n);
    // Write back the cleaned state so the address shows what is really applied.
    const clean = carryPresentKeys(encodeHash(urlStateOf(useStore.getState())), window.location.hash);
    if (clean !== currentHash()) writeHash(clean, 'replace');
  };
  apply();
  const unsub = useStore.subscribe(
    (s) => ({ hash: encodeHash(urlStateOf(s)), selectedId: s.selectedId }),
    (now, before) => {
      if (applying || waiting) return;
      const next = carryPresentKeys(now.hash, window.location.hash);
      if (next === currentHash()) return;
      writeHash(next, now.selectedId !== before.selectedId ? 'push' : 'replace');
    },
    { equalityFn: shallow },
  );
  window.addEventListener('popstate', apply);
  window.addEventListener('hashchange', apply);
  return () => {
    live = false;
    unsub();
    window.removeEventListener('popstate', apply);
    window.removeEventListener('hashchange', apply);
  };
}

/** Presentation address ↔ store; `first` is false when React runs the effect again (StrictMode). */
function syncPresentation(first: boolean): () => void {
  if (first) applyPresentAddress();
  window.addEventListener('hashchange', applyPresentAddress);
  const unsub = useStore.subscribe(
    (s) => ({ presentation: s.presentation, currentBriefingId: s.currentBriefingId }),
    (now, before) => {
      const s = useStore.getState();
      if (now.presentation) {
        const href = presentHref(s, now.presentation.mode, now.presentation.step);
        if (href && href !== window.location.hash) writeHash(href, 'replace');
      } else if (before.presentation) {
        writeHash(encodeHash(urlStateOf(s)), 'replace');
      }
    },
    { equalityFn: shallow },
  );
  return () => {
    unsub();
    window.removeEventListener('hashchange', applyPresentAddress);
  };
}

export function useAddress(): void {
  const loaded = useStore((s) => s.load.status === 'ready');
  // Added articles are read from the browser's database first, so a link to an added event is not refused.
  const complete = useStore((s) => s.load.status === 'ready' && s.added.status !== 'loading');
  const presentApplied = useRef(false);
  // The presentation first (as when it was the briefing region's own effect), then the link.
  useEffect(() => {
    if (!loaded) return;
    const first = !presentApplied.current;
    presentApplied.current = true;
    return syncPresentation(first);
  }, [loaded]);
  useEffect(() => (complete ? syncLink() : undefined), [complete]);
}
