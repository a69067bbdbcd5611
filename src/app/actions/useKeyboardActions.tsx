/**
 * The one keydown listener of the app. It reads where the key came from, builds the state the action
 * table reads (src/app/actions/actions.ts) and runs the one action pickAction chooses; a key two enabled
 * actions claim at the same priority runs neither (actions.test.ts proves the table has no such pair).
 * Regions lend their abilities as layers (useKeyLayer) while they are shown.
 */
import { createContext, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { pickAction } from '../../lib/actions/commands';
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { ACTIONS, type KeyLayers, type KeyOrigin, type KeyState } from './actions';

type Layers = Partial<KeyLayers>;

/** The layers shown now, one registry per app (not per module): regions add theirs while shown. */
class LayerRegistry {
  readonly shown: Layers = {};
  add<K extends keyof KeyLayers>(name: K, layer: KeyLayers[K]): void {
    this.shown[name] = layer;
  }
  remove<K extends keyof KeyLayers>(name: K, layer: KeyLayers[K]): void {
    if (this.shown[name] === layer) delete this.shown[name];
  }
}

const LayersContext = createContext<LayerRegistry | null>(null);

/** Where a key press came from: the timeline canvas and the search box say so with data-key-scope. */
function originOf(target: EventTarget | null): KeyOrigin {
  if (!(target instanceof HTMLElement)) return 'page';
  const scope = target.closest<HTMLElement>('[data-key-scope]')?.dataset['keyScope'];
  if (scope === 'timeline' || scope === 'search' || scope === 'overview') return scope;
  if (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  )
    return 'field';
  return target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY' ? 'button' : 'page';
}

/** The briefing step a key press came from: focus anywhere inside a step of the step list. */
function stepOf(target: EventTarget | null): number | null {
  if (!(target instanceof HTMLElement)) return null;
  const step = target.closest<HTMLElement>('[data-step-list] li[data-step]')?.dataset['step'];
  return step === undefined ? null : Number(step);
}

/** Enter and Space activate the focused control themselves: no action takes them from a control. */
const ACTIVATES = new Set(['Enter', ' ', 'Spacebar']);

export function KeyboardActions({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new LayerRegistry());
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const origin = originOf(e.target);
      if ((origin === 'button' || origin === 'field') && ACTIVATES.has(e.key)) return;
      const s = useStore.getState();
      const store = { ...s, presentationSteps: currentBriefing(s)?.steps.length ?? 0 };
      const layers = registry.shown;
      const names = (Object.keys(layers) as (keyof KeyLayers)[]).filter((k) => layers[k]);
      const state: KeyState = { key: e.key, origin, store, layers: new Set(names), step: stepOf(e.target) };
      const pick = pickAction(ACTIONS, { key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey }, state);
      if (pick.kind !== 'run') return;
      e.preventDefault();
      pick.action.perform(state, { store, layers });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
  return <LayersContext.Provider value={registry}>{children}</LayersContext.Provider>;
}

/** Lend the dispatcher a layer while this component is shown (null: not now). Memoise it: a new object re-registers. */
export function useKeyLayer<K extends keyof KeyLayers>(name: K, layer: KeyLayers[K] | null): void {
  const registry = useContext(LayersContext);
  // Layout effect: registered before the browser paints what the layer belongs to (a key may follow at once).
  useLayoutEffect(() => {
    if (!registry || !layer) return;
    registry.add(name, layer);
    return () => registry.remove(name, layer);
  }, [registry, name, layer]);
}
