import { useEffect, useMemo } from 'react';
import { useStore } from '../../store/store';
import { useVisible } from '../../app/derived';
import { neighbours, type Neighbours } from '../../lib/eventOrder';
import type { TimelineEvent } from '../../lib/schema';

/** Keys that walk the events in date order while the details panel is open. */
export const PREVIOUS_KEY = '[';
export const NEXT_KEY = ']';

/** Previous/next of the selected event among the visible events (the filters' result), in date order. */
export function useEventNeighbours(event: TimelineEvent): Neighbours {
  const visible = useVisible().events;
  return useMemo(() => neighbours(visible, event.id, event), [visible, event]);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * True while something else owns the keyboard: a modal dialog is open (the presenter, the
 * import report), or the key comes from inside a popup (the export menu), which handles its
 * own Esc. (The timeline canvas takes Esc itself and marks it handled.)
 */
export function belongsElsewhere(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof Element)) return false;
  return target.closest('dialog, [role="menu"], [role="listbox"], [aria-expanded="true"], #export-panel') !== null;
}

/**
 * Keyboard for the open details panel, on the whole document: [ previous, ] next,
 * Esc close. Ignored while typing in a field, with Ctrl/Alt/Meta held, when another
 * handler already took the key, while the source reader (which sits on top) is open, and
 * while a dialog or a popup owns the keyboard.
 */
export function useDetailsKeys(walk: { previous: () => void; next: () => void; close: () => void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isEditable(e.target)) return;
      if (useStore.getState().sourceView || belongsElsewhere(e.target)) return;
      if (e.key === PREVIOUS_KEY) walk.previous();
      else if (e.key === NEXT_KEY) walk.next();
      else if (e.key === 'Escape') walk.close();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [walk]);
}
