import { describe, expect, it } from 'vitest';
import { resolveDataPath } from './dataPath';

describe('resolveDataPath', () => {
  it('accepts same-origin relative .json paths under the base', () => {
    expect(resolveDataPath('bench/events-10k.json')).toEqual({ ok: true, path: '/bench/events-10k.json' });
    expect(resolveDataPath('/data/other.json', '/app/')).toEqual({ ok: true, path: '/app/data/other.json' });
    expect(resolveDataPath('./x.json', '/app')).toEqual({ ok: true, path: '/app/x.json' });
  });
  it('refuses other origins, schemes, traversal and non-json', () => {
    for (const bad of [
      'https://evil.example/x.json',
      '//evil.example/x.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      '../secret.json',
      'a/../../b.json',
      'a\\b.json',
      'x.txt',
      '',
      'a.json?x=1',
      'a//b.json',
    ]) {
      expect(resolveDataPath(bad).ok, bad).toBe(false);
    }
  });
});

describe('resolveDataPath: encoded tricks are decoded until stable before checking', () => {
  it('refuses double-, triple- and mixed-encoded dot segments and separators', () => {
    const tricks = [
      'hostile/%252e%252e/data/events.json',
      'hostile/%2e%2e/data/events.json',
      'hostile/%25252e%25252e/x.json',
      '%2e%2e%2fsecret.json',
      'a%252f..%252fb.json',
      'a/%2E./b.json',
      '%5c..%5cwin.json',
      '%2f%2fevil.example/x.json',
      'https%3A%2F%2Fevil.example%2Fx.json',
      'a.json%3Fx=1',
      'a%00.json',
      'bad%zz.json',
      `${'%25'.repeat(8)}2e.json`,
    ];
    for (const bad of tricks) expect(resolveDataPath(bad).ok, bad).toBe(false);
  });
  it('fetches the decoded path encoded exactly once, under the base', () => {
    expect(resolveDataPath('bench/events%2010k.json')).toEqual({ ok: true, path: '/bench/events%2010k.json' });
    expect(resolveDataPath('bench/events%252010k.json', '/app/')).toEqual({
      ok: true,
      path: '/app/bench/events%2010k.json',
    });
    expect(resolveDataPath('x.json', '')).toEqual({ ok: true, path: '/x.json' });
  });
});
