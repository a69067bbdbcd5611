/**
 * Every presentation step has its own address: the app's filter keys plus
 * present|presenter=<briefing>&step=<n>&b=<briefing> (src/lib/briefing/address.ts).
 * On load (and on hashchange) an address opens that briefing at that step; while presenting,
 * each step change rewrites the address (replaceState), and leaving removes the keys again.
 */
import { useEffect, useRef } from 'react';
import { useStore, type Store } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { decodePresentAddress, joinHash, presentParams } from '../../lib/briefing/address';
import { encodeHash } from '../../lib/url';
import { urlStateOf } from '../../app/useUrlSync';
import { useBriefingStorageStatus } from './storageStatus';

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

function applyAddress(): void {
  const r = decodePresentAddress(window.location.hash);
  if (r === null) return;
  const s = useStore.getState();
  if (!r.ok) {
    r.problems.forEach(s.addNotice);
    return;
  }
  r.problems.forEach(s.addNotice);
  const { briefingId, shared, step, mode } = r.address;
  if (!s.briefings.some((b) => b.id === briefingId)) {
    if (!shared) {
      s.addNotice(
        `The presentation address names a briefing ("${briefingId}") that is not kept in this browser; import its briefing file to present it.`,
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

export function usePresentAddress(): void {
  const ready = useStore((s) => s.load.status === 'ready');
  const applied = useRef(false);
  useEffect(() => {
    if (!ready) return;
    if (!applied.current) {
      applied.current = true;
      applyAddress();
    }
    const onHash = () => applyAddress();
    window.addEventListener('hashchange', onHash);
    const unsub = useStore.subscribe((s, prev) => {
      if (s.presentation === prev.presentation && s.currentBriefingId === prev.currentBriefingId) return;
      const base = window.location.pathname + window.location.search;
      if (s.presentation) {
        const href = presentHref(s, s.presentation.mode, s.presentation.step);
        if (href && href !== window.location.hash) history.replaceState(history.state, '', base + href);
      } else if (prev.presentation) {
        history.replaceState(history.state, '', base + encodeHash(urlStateOf(s)));
      }
    });
    return () => {
      unsub();
      window.removeEventListener('hashchange', onHash);
    };
  }, [ready]);
}
