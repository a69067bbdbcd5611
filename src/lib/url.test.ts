import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  URL_STATE_KEYS,
  carryPresentKeys,
  decodeHash,
  encodeHash,
  pickUrlState,
  type UrlState,
} from './url';

const full: UrlState = {
  selectedId: 'phone-call-2020-07-24',
  hiddenThemes: ['covid', 'procurement'],
  query: 'Gantz & "R&D" #1 ü',
  period: { from: '2020-01-01', to: '2022-12-31' },
  view: 'list',
  window: { start: 1577836800000, end: 1609459200000 },
  themeMatch: 'all',
};

describe('url codec', () => {
  it('lists exactly the shared keys', () => {
    // Issue 15 §4 added themeMatch (match any/all of the checked themes) to the link.
    expect([...URL_STATE_KEYS]).toEqual([
      'selectedId',
      'hiddenThemes',
      'query',
      'period',
      'view',
      'window',
      'themeMatch',
    ]);
    expect(Object.keys(pickUrlState({ ...full, extra: 1 } as UrlState)).toSorted()).toEqual(
      [...URL_STATE_KEYS].toSorted(),
    );
  });
  it('encodes the default state as an empty hash', () => {
    expect(encodeHash(DEFAULT_URL_STATE)).toBe('');
    expect(decodeHash('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    expect(decodeHash('#')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });
  it('round-trips every key', () => {
    const h = encodeHash(full);
    expect(h.startsWith('#sel=phone-call-2020-07-24&hide=covid%2Cprocurement&q=')).toBe(true);
    expect(decodeHash(h)).toEqual({ state: full, problems: [] });
  });
  it('round-trips partial states', () => {
    for (const partial of [
      { selectedId: 'a' },
      { query: ' spaces  ' },
      { period: { from: null, to: '2020-01-01' } },
      { view: 'list' as const },
    ]) {
      const s = { ...DEFAULT_URL_STATE, ...partial };
      expect(decodeHash(encodeHash(s)).state).toEqual(s);
    }
  });
  it('drops garbage values with problems and never throws', () => {
    const r = decodeHash(
      '#sel=<script>&hide=covid,BAD THEME,covid&from=2020-02-30&to=tomorrow&view=grid&win=abc~1&q=ok',
    );
    expect(r.state).toEqual({ ...DEFAULT_URL_STATE, hiddenThemes: ['covid'], query: 'ok' });
    expect(r.problems).toHaveLength(6);
    expect(r.problems.join(' ')).toContain('<script>');
  });
  it('rejects a reversed period and an empty or absurd window', () => {
    expect(decodeHash('#from=2022-01-01&to=2020-01-01').state.period).toEqual({ from: null, to: null });
    expect(decodeHash('#win=5..5').state.window).toBeNull();
    expect(decodeHash('#win=0..99999999999999999999').state.window).toBeNull();
    expect(decodeHash('#win=1.5..2').state.window).toBeNull();
    expect(decodeHash('#win=-8640000000000001..0').state.window).toBeNull();
    // A window over BC years (an imported file of Roman history) is kept: 50 BC to AD 100.
    expect(decodeHash('#win=-63713606400000..-59011459200000').state.window).toEqual({
      start: -63713606400000,
      end: -59011459200000,
    });
  });
  it('survives arbitrary junk', () => {
    const junk = ['#%', '#%E0%A4%A', '#&&&==&', '#sel', '#=x', `#q=${'x'.repeat(5000)}`, '#win=..', '#hide=,,,'];
    for (const j of junk) {
      const r = decodeHash(j);
      expect(r.state.query.length).toBeLessThanOrEqual(200);
      expect(() => encodeHash(r.state)).not.toThrow();
    }
  });
});

describe('carryPresentKeys', () => {
  it('keeps the presentation keys after the app keys', () => {
    expect(carryPresentKeys('#hide=covid', '#q=x&present=b1&step=2&b=abc')).toBe('#hide=covid&present=b1&step=2&b=abc');
    expect(carryPresentKeys('', '#presenter=b1&step=1')).toBe('#presenter=b1&step=1');
    expect(carryPresentKeys('#q=a', '#sel=x')).toBe('#q=a');
  });
});
