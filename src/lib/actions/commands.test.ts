import { describe, expect, it } from 'vitest';
import { actionTitle, allKeyLabels, ariaKeyshortcuts, keyHelp, keyLabel, pickAction, type Action } from './commands';

type S = { open: boolean };
const ran: string[] = [];
const action = (name: string, keys: string[], priority: number, enabled = (s: S) => s.open): Action<S, null> => ({
  name,
  label: name,
  description: `Do ${name}`,
  keys,
  priority,
  enabled,
  perform: () => ran.push(name),
});

describe('pickAction', () => {
  const low = action('low', ['Escape'], 1, () => true);
  const high = action('high', ['Escape'], 2);
  it('runs the enabled action with the highest priority', () => {
    expect(pickAction([low, high], { key: 'Escape' }, { open: true })).toEqual({ kind: 'run', action: high });
    expect(pickAction([low, high], { key: 'Escape' }, { open: false })).toEqual({ kind: 'run', action: low });
    expect(pickAction([low, high], { key: 'x' }, { open: true })).toEqual({ kind: 'none' });
  });
  it('refuses a key two enabled actions claim at the same priority', () => {
    const twin = action('twin', ['Escape'], 2);
    expect(pickAction([low, high, twin], { key: 'Escape' }, { open: true }).kind).toBe('conflict');
    expect(pickAction([low, high, twin], { key: 'Escape' }, { open: false })).toEqual({ kind: 'run', action: low });
  });
  it('leaves keys held with Ctrl, Alt or Meta to the browser', () => {
    for (const mod of ['ctrl', 'alt', 'meta'])
      expect(pickAction([low], { key: 'Escape', [mod]: true }, { open: true }).kind).toBe('none');
  });
  it('runs an Alt action only with Alt held, and the plain action only without it', () => {
    const up = action('up', ['ArrowUp'], 1, () => true);
    const altUp = { ...action('alt-up', ['ArrowUp'], 1, () => true), alt: true };
    expect(pickAction([up, altUp], { key: 'ArrowUp', alt: true }, { open: true })).toEqual({
      kind: 'run',
      action: altUp,
    });
    expect(pickAction([up, altUp], { key: 'ArrowUp' }, { open: true })).toEqual({ kind: 'run', action: up });
    expect(pickAction([altUp], { key: 'ArrowUp', alt: true, ctrl: true }, { open: true }).kind).toBe('none');
  });
});

describe('labels', () => {
  it('shows keys the way people read them and names them the way aria-keyshortcuts wants', () => {
    const zoom = action('zoom', ['+', '='], 1);
    expect(keyLabel(action('esc', ['Escape'], 1))).toBe('Esc');
    expect(keyLabel({ keys: ['ArrowLeft', 'ArrowRight'], keyLabel: '← →' })).toBe('← →');
    expect(ariaKeyshortcuts(zoom)).toBe('Plus =');
    expect(ariaKeyshortcuts(action('next', [' ', 'Spacebar', 'Enter'], 1))).toBe('Space Enter');
    expect(allKeyLabels(action('blank', ['b', 'B', '.'], 1))).toEqual(['B', '.']);
    expect(actionTitle(action('prev', ['['], 1), 'Some event')).toBe('Do prev ([): Some event');
    const altDown = { ...action('down', ['ArrowDown'], 1), alt: true };
    expect([keyLabel(altDown), allKeyLabels(altDown), ariaKeyshortcuts(altDown)]).toEqual([
      'Alt+↓',
      ['Alt+↓'],
      'Alt+ArrowDown',
    ]);
    expect(
      keyHelp([
        [[action('p', ['['], 1)], 'previous'],
        [[action('i', ['+'], 1), action('o', ['-'], 1)], 'zoom'],
      ]),
    ).toBe('[ previous, + − zoom');
  });
});
