// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { STATE_TABLE } from '../lib/appState';
import { initialState, useStore } from './store';

const KEY = STATE_TABLE.colorScheme.key;

describe('store', () => {
  beforeEach(() => {
    localStorage.clear();
    useStore.setState({ ...initialState });
  });
  it('holds every piece of state the state table lists, and only those besides actions', () => {
    const s = useStore.getState();
    const data = Object.keys(s).filter((k) => typeof (s as unknown as Record<string, unknown>)[k] !== 'function');
    expect(data.toSorted()).toEqual(Object.keys(STATE_TABLE).toSorted());
  });
  it('keeps the colour scheme as the bare word under its key, nothing for "system"', async () => {
    useStore.getState().setColorScheme('dark');
    expect(localStorage.getItem(KEY)).toBe('dark');
    useStore.getState().setColorScheme('system');
    expect(localStorage.getItem(KEY)).toBeNull();
    localStorage.setItem(KEY, 'light');
    await useStore.persist.rehydrate();
    expect(useStore.getState().colorScheme).toBe('light');
    localStorage.setItem(KEY, 'purple');
    await useStore.persist.rehydrate();
    expect(useStore.getState().colorScheme).toBe('system');
  });
  it('has intent actions for the drawer and the period', () => {
    useStore.getState().toggleFiltersDrawer();
    expect(useStore.getState().filtersOpen).toBe(true);
    useStore.getState().toggleFiltersDrawer();
    expect(useStore.getState().filtersOpen).toBe(false);
    useStore.getState().setPeriod({ from: '2020-01-01', to: null });
    useStore.getState().clearPeriod();
    expect(useStore.getState().period).toEqual({ from: null, to: null });
  });
  it('applying a link that names what is shown keeps the values held (nothing derived from them is redone)', () => {
    const before = useStore.getState();
    const link = {
      selectedId: null,
      hiddenThemes: [...before.hiddenThemes],
      themeMatch: before.themeMatch,
      query: before.query,
      period: { ...before.period },
      view: before.view,
      window: null,
    };
    before.applyLinkState(link);
    const after = useStore.getState();
    expect(after.hiddenThemes).toBe(before.hiddenThemes);
    expect(after.period).toBe(before.period);
    after.applyLinkState({ ...link, hiddenThemes: ['covid'], period: { from: '2020-01-01', to: null } });
    expect(useStore.getState().hiddenThemes).toEqual(['covid']);
    expect(useStore.getState().period).toEqual({ from: '2020-01-01', to: null });
  });
});
