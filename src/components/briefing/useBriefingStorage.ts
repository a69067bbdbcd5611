/**
 * Keeps briefings in localStorage: loads (validated; damaged entries set aside and reported
 * as notices) once, then saves after every change. Another window's changes (the presenter
 * view) are picked up through the storage event.
 */
import { useEffect } from 'react';
import { useStore } from '../../store/store';
import { loadBriefings, saveBriefings, STORAGE_KEY } from '../../lib/briefing/storage';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useBriefingStorage(): void {
  useEffect(() => {
    const ls = storage();
    if (!ls) {
      useStore.getState().addNotice('Briefings cannot be kept in this browser (storage is unavailable); export them as files.');
      return;
    }
    const load = () => {
      const r = loadBriefings(ls, Date.now());
      useStore.getState().loadBriefings(r.briefings, useStore.getState().currentBriefingId ?? r.currentId);
      for (const p of r.problems) useStore.getState().addNotice(p);
    };
    load();
    let saving = false;
    const unsub = useStore.subscribe((s, prev) => {
      if (s.briefings === prev.briefings && s.currentBriefingId === prev.currentBriefingId) return;
      saving = true;
      const err = saveBriefings(ls, { currentId: s.currentBriefingId, briefings: s.briefings });
      saving = false;
      if (err) s.addNotice(err);
    });
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY && !saving) load();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsub();
      window.removeEventListener('storage', onStorage);
    };
  }, []);
}
