import { describe, expect, it } from 'vitest';
import { resolveDataPath } from './dataPath';

describe('resolveDataPath', () => {
  it('accepts same-origin relative .json paths under the base', () => {
    expect(resolveDataPath('bench/events-10k.json')).toEqual({ ok: true, path: '/bench/events-10k.json' });
    expect(resolveDataPath('/data/other.json', '/app/')).toEqual({ ok: true, path: '/app/data/other.json' });
    expect(resolveDataPath('./x.json', '/app')).toEqual({ ok: true, path: '/app/x.json' });
  });
  it('refuses other origins, schemes, traversal and non-json', () => {
    for (const bad of ['https://evil.example/x.json', '//evil.example/x.json', 'javascript:alert(1)', 'data:application/json,{}', '../secret.json', 'a/../../b.json', 'a\\b.json', 'x.txt', '', 'a.json?x=1', 'a//b.json']) {
      expect(resolveDataPath(bad).ok, bad).toBe(false);
    }
  });
});
