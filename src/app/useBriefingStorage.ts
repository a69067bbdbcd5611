/**
 * Keeps briefings in localStorage (src/lib/briefing/storage.ts, one key per briefing): loads once
 * (damaged entries set aside and reported as notices), then saves what changed after every change.
 * Another window's writes (the presenter view, another tab, another version) arrive as `storage`
 * events and are merged: this tab never drops what it holds because storage became unreadable.
 * A full storage keeps everything in memory, shows the notice and tries again at the next change.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';
import { loadBriefings, newContext } from '../lib/briefing/storage';
import type { Briefing } from '../lib/briefing/model';
import { applyStorageChange, saveBriefings } from '../lib/briefing/storageSave';
import { useBriefingStorageStatus } from '../store/briefingStorageStatus';

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
    const status = useBriefingStorageStatus.getState();
    if (!ls) {
      status.setUnavailable(true);
      useStore
        .getState()
        .addNotice('Briefings cannot be kept in this browser (storage is unavailable); export them as files.');
      return;
    }
    const ctx = newContext();
    const notice = (p: string) => useStore.getState().addNotice(p);
    /** Hold these briefings; the open one stays open while it exists. */
    const hold = (briefings: Briefing[], wanted: string | null) =>
      useStore
        .getState()
        .loadBriefings(briefings, briefings.some((b) => b.id === wanted) ? wanted : (briefings[0]?.id ?? null));
    const r = loadBriefings(ls, Date.now(), ctx);
    const held = useStore.getState().briefings;
    // Anything this tab already holds (a shared link read before storage) stays.
    const merged = [...r.briefings.filter((b) => !held.some((h) => h.id === b.id)), ...held];
    hold(merged, useStore.getState().currentBriefingId ?? r.currentId);
    r.problems.forEach(notice);
    const save = () => {
      const s = useStore.getState();
      const unsaved = new Set(useBriefingStorageStatus.getState().unsaved);
      const result = saveBriefings(
        ls,
        { currentId: s.currentBriefingId, briefings: s.briefings, unsaved },
        ctx,
        Date.now(),
      );
      useBriefingStorageStatus.getState().setFull(result.full);
      result.problems.forEach(notice);
    };
    save();
    const unsub = useStore.subscribe((s, prev) => {
      if (s.briefings !== prev.briefings || s.currentBriefingId !== prev.currentBriefingId) save();
    });
    const unsubStatus = useBriefingStorageStatus.subscribe((s, prev) => {
      if (s.unsaved !== prev.unsaved) save();
    });
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== ls) return;
      const change = applyStorageChange(ls, ctx, useStore.getState().briefings, e.key, Date.now());
      change.problems.forEach(notice);
      if (change.briefings) hold(change.briefings, useStore.getState().currentBriefingId);
      else if (change.problems.length) save();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsub();
      unsubStatus();
      window.removeEventListener('storage', onStorage);
    };
  }, []);
}
