import { describe, expect, it } from 'vitest';
import { pickAction, type KeyPress } from '../../lib/actions/commands';
import { ACTIONS, PRESENT_ACTIONS, type KeyLayers, type KeyOrigin, type KeyState, type KeyStore } from './actions';

const ORIGINS: KeyOrigin[] = ['page', 'button', 'field', 'search', 'timeline', 'overview'];
const LAYERS: (keyof KeyLayers)[] = ['timeline', 'overview', 'details', 'exportMenu', 'presenter', 'steps'];

const noop = () => undefined;

function store(over: Partial<KeyStore> = {}): KeyStore {
  return {
    selectedId: null,
    query: '',
    sourceView: null,
    importReport: null,
    presentation: null,
    presentationSteps: 0,
    selectEvent: noop,
    setQuery: noop,
    closeSource: noop,
    setImportReport: noop,
    stopPresenting: noop,
    toggleBlank: noop,
    toggleNotes: noop,
    goToStep: noop,
    ...over,
  };
}

const subsets = <T>(xs: readonly T[]): T[][] => xs.reduce<T[][]>((acc, x) => acc.flatMap((s) => [s, [...s, x]]), [[]]);

/** Every state the dispatcher can see: origin × shown layers × the store facts the actions read. */
function* everyState(key: string): Generator<KeyState> {
  for (const origin of ORIGINS)
    for (const layers of subsets(LAYERS))
      for (const selectedId of [null, 'e1'])
        for (const query of ['', 'gantz'])
          for (const sourceView of [null, { sourceId: 's' }])
            for (const importReport of [null, { file: 'x' }])
              for (const presentation of [null, { step: 0 }])
                for (const step of [null, 0])
                  yield {
                    key,
                    origin,
                    layers: new Set(layers),
                    store: store({ selectedId, query, sourceView, importReport, presentation }),
                    step,
                  };
}

const esc = (over: Partial<KeyStore>, layers: (keyof KeyLayers)[], origin: KeyOrigin = 'page') => {
  const pick = pickAction(
    ACTIONS,
    { key: 'Escape' },
    { key: 'Escape', origin, layers: new Set(layers), store: store(over), step: null },
  );
  return pick.kind === 'run' ? pick.action.name : pick.kind;
};

const presentAction = (key: string, mods: Omit<KeyPress, 'key'> = {}) => {
  const state: KeyState = {
    key,
    origin: 'page',
    layers: new Set(),
    store: store({ presentation: { step: 0 }, presentationSteps: 3 }),
    step: null,
  };
  const pick = pickAction(ACTIONS, { key, ...mods }, state);
  if (pick.kind !== 'run') return null;
  const entry = Object.entries(PRESENT_ACTIONS).find(([, a]) => a === pick.action);
  return entry
    ? {
        next: 'next',
        prev: 'prev',
        first: 'first',
        last: 'last',
        blank: 'blank',
        notes: 'notes',
        presenterView: 'presenter',
        exit: 'exit',
      }[entry[0]]
    : null;
};

describe('the action table', () => {
  it('has no key that two enabled actions claim at the same priority, in any state', () => {
    const keys = [...new Set(ACTIONS.flatMap((a) => a.keys))];
    const conflicts: string[] = [];
    for (const key of keys)
      for (const state of everyState(key))
        for (const alt of [false, true]) {
          const pick = pickAction(ACTIONS, { key, alt }, state);
          if (pick.kind === 'conflict')
            conflicts.push(`${JSON.stringify(key)}: ${pick.actions.map((a) => a.name).join(' vs ')}`);
        }
    expect([...new Set(conflicts)]).toEqual([]);
  });

  it('names every action once', () => {
    const names = ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  const escOrder = 'presentation, import report, export menu, search text, source, timeline, details';
  it(`gives Esc to the top layer: ${escOrder}`, () => {
    const all: (keyof KeyLayers)[] = ['timeline', 'details', 'exportMenu'];
    const open = { selectedId: 'e1', query: 'q', sourceView: {}, importReport: {} };
    expect(esc({ ...open, presentation: { step: 0 } }, all, 'search')).toBe('present-exit');
    expect(esc(open, all, 'search')).toBe('close-import-report');
    expect(esc({ ...open, importReport: null }, all, 'search')).toBe('close-export-menu');
    expect(esc({ ...open, importReport: null }, ['timeline', 'details'], 'search')).toBe('clear-search');
    expect(esc({ ...open, importReport: null }, ['timeline', 'details'], 'timeline')).toBe('close-source');
    expect(esc({ selectedId: 'e1' }, ['timeline', 'details'], 'timeline')).toBe('timeline-clear-selection');
    expect(esc({ selectedId: 'e1' }, ['timeline', 'details'], 'page')).toBe('details-close');
    // Typing in a field: the details panel does not close under it.
    expect(esc({ selectedId: 'e1' }, ['timeline', 'details'], 'field')).toBe('none');
  });

  it('keeps [ ] and Esc from the details panel while a modal dialog (the presenter) is open', () => {
    for (const key of ['[', ']', 'Escape']) {
      const state: KeyState = {
        key,
        origin: 'page',
        layers: new Set(['details']),
        store: store({ selectedId: 'e1', presentation: { step: 0 } }),
        step: null,
      };
      const pick = pickAction(ACTIONS, { key }, state);
      expect(pick.kind === 'run' ? pick.action.name : pick.kind).not.toMatch(/^details-/);
    }
  });
});

describe('step keys', () => {
  it('moves the focused briefing step with Alt+↑/↓, from its fields too, and leaves plain arrows alone', () => {
    const moved: [number, number][] = [];
    const layers = { steps: { move: (i: number, by: -1 | 1) => moved.push([i, by]) } };
    for (const origin of ['button', 'field'] as const)
      for (const [key, by] of [
        ['ArrowUp', -1],
        ['ArrowDown', 1],
      ] as const) {
        const state: KeyState = { key, origin, layers: new Set(['steps']), store: store(), step: 2 };
        const pick = pickAction(ACTIONS, { key, alt: true }, state);
        if (pick.kind === 'run') pick.action.perform(state, { store: state.store, layers });
        expect(pickAction(ACTIONS, { key }, state).kind).toBe('none');
        expect(moved.at(-1)).toEqual([2, by]);
      }
    expect(moved).toHaveLength(4);
    const outside: KeyState = {
      key: 'ArrowUp',
      origin: 'page',
      layers: new Set(['steps']),
      store: store(),
      step: null,
    };
    expect(pickAction(ACTIONS, { key: 'ArrowUp', alt: true }, outside).kind).toBe('none');
  });
});

describe('presentation keys', () => {
  it('maps clicker keys', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(presentAction(k)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(presentAction(k)).toBe('prev');
    expect(presentAction('b')).toBe('blank');
    expect(presentAction('.')).toBe('blank');
    expect(presentAction('Escape')).toBe('exit');
    expect(presentAction('n')).toBe('notes');
    expect(presentAction('p', { ctrl: true })).toBeNull();
  });

  it('steps through the briefing', () => {
    const steps: number[] = [];
    const state: KeyState = {
      key: 'End',
      origin: 'page',
      layers: new Set(),
      store: store({ presentation: { step: 1 }, presentationSteps: 4, goToStep: (n) => steps.push(n) }),
      step: null,
    };
    PRESENT_ACTIONS.last.perform(state, { store: state.store, layers: {} });
    PRESENT_ACTIONS.next.perform(state, { store: state.store, layers: {} });
    PRESENT_ACTIONS.first.perform(state, { store: state.store, layers: {} });
    expect(steps).toEqual([3, 2, 0]);
  });
});
