import { describe, expect, it } from 'vitest';
import { LINK_KEYS, PRESENTATION_PARAMS, STATE_TABLE } from './appState';
import { URL_STATE_KEYS, PRESENT_KEYS } from './url';

describe('state table', () => {
  it('gives the link codec its keys and the presentation codec its parameters', () => {
    expect(URL_STATE_KEYS).toBe(LINK_KEYS);
    expect(PRESENT_KEYS).toBe(PRESENTATION_PARAMS);
  });
  it('uses every hash parameter and every storage key once', () => {
    const params = Object.values(STATE_TABLE).flatMap((r) => (r.in === 'address' ? r.params : []));
    expect(new Set(params).size).toBe(params.length);
    const keys = Object.values(STATE_TABLE).flatMap((r) => (r.in === 'storage' ? [r.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
