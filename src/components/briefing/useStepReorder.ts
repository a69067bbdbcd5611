/**
 * Reordering and removing steps from the briefing panel, with focus kept where the user is and
 * every change announced in the panel's live region: Alt+↑/↓ on a focused step, drag and drop
 * (dnd-kit, pointer and touch), Remove (focus goes to the next step), title cards inserted before
 * or after a step (focus goes to the new card's title).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { useStore } from '../../store/store';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import type { StepView } from '../../lib/briefing/present';

interface Pending {
  index: number;
  /** What to focus inside the step; the element itself when moved in place. */
  selector?: string;
  element?: HTMLElement | null;
  select?: boolean;
}

export function useStepReorder(views: StepView[], keys: string[], list: RefObject<HTMLOListElement | null>) {
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<Pending | null>(null);
  const [, setTick] = useState(0);
  const titleOf = (i: number) => views[i]?.title ?? `step ${i + 1}`;
  const n = views.length;

  useLayoutEffect(() => {
    const p = pending.current;
    if (!p || !list.current) return;
    pending.current = null;
    if (p.element?.isConnected) {
      p.element.focus();
      return;
    }
    const li = list.current.querySelector<HTMLElement>(`li[data-step="${p.index}"]`);
    const fallback = () => list.current?.closest('aside')?.querySelector<HTMLElement>('.briefing-title-form input');
    const el = li?.querySelector<HTMLElement>(p.selector ?? '.briefing-step-handle') ?? fallback();
    el?.focus();
    if (p.select && el instanceof HTMLInputElement) el.select();
  });
  const after = (p: Pending) => {
    pending.current = p;
    setTick((t) => t + 1);
  };

  const moveTo = (from: number, to: number) => {
    const target = Math.max(0, Math.min(n - 1, to));
    if (target === from) return;
    const title = titleOf(from);
    useStore.getState().moveBriefingStepTo(from, target);
    setAnnouncement(`Moved “${title}” to step ${target + 1} of ${n}.`);
  };

  /** Alt+↑/↓ anywhere in a step moves it (the action table's step-move actions); focus stays where it was. */
  const moveBy = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= n) {
      setAnnouncement(`“${titleOf(index)}” is already step ${index + 1} of ${n}.`);
      return;
    }
    moveTo(index, to);
    after({ index: to, element: document.activeElement as HTMLElement | null });
  };
  // The layer is one object for the panel's life; it calls this render's moveBy (the current steps).
  const current = useRef(moveBy);
  useLayoutEffect(() => {
    current.current = moveBy;
  });
  const [layer] = useState(() => ({ move: (index: number, by: -1 | 1) => current.current(index, by) }));
  useKeyLayer('steps', layer);

  return {
    announcement,
    remove(index: number) {
      const title = titleOf(index);
      useStore.getState().removeBriefingStep(index);
      setAnnouncement(`Removed “${title}”. ${n - 1} step${n - 1 === 1 ? '' : 's'} left.`);
      after({ index: index < n - 1 ? index : index - 1 });
    },
    insertTitleCard(index: number, where: 'before' | 'after') {
      const at = where === 'before' ? index : index + 1;
      useStore.getState().addTitleCard('New section', '', at);
      setAnnouncement(`Title card inserted as step ${at + 1}.`);
      after({ index: at, selector: 'input[type="text"]', select: true });
    },
    onDragEnd(e: DragEndEvent) {
      const from = keys.indexOf(String(e.active.id));
      const to = e.over ? keys.indexOf(String(e.over.id)) : -1;
      if (from >= 0 && to >= 0) moveTo(from, to);
    },
  };
}

export function useDragSensors() {
  // A small move starts a drag, so a click on the handle stays a click; touch works through pointer events.
  return useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
}

export function dragAnnouncements(keys: string[], views: StepView[]): Announcements {
  const title = (id: string | number) => views[keys.indexOf(String(id))]?.title ?? 'step';
  const place = (id: string | number | undefined) =>
    id === undefined ? '' : ` over step ${keys.indexOf(String(id)) + 1} of ${keys.length}`;
  return {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”.`,
    onDragOver: ({ active, over }) => `“${title(active.id)}” is${place(over?.id)}.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped “${title(active.id)}” at step ${keys.indexOf(String(over.id)) + 1}.`
        : `Dropped “${title(active.id)}”.`,
    onDragCancel: ({ active }) => `Moving “${title(active.id)}” cancelled.`,
  };
}
