// @vitest-environment jsdom
/**
 * public/early-data.js starts the event list's download before the app's code arrives. It must ask only for a
 * url the app's own check (src/lib/dataPath.ts) gives for the same link, or the app would not take it over:
 * a `?data=` path it is not sure about is left to the app.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveDataPath } from '../lib/dataPath';

const code = readFileSync('public/early-data.js', 'utf8');
const SCRIPT = 'https://app.example/base/early-data.js';

/** Runs the script for a page address's query; returns the url it started fetching, or null. */
function earlyUrl(search: string): string | null {
  const script = document.createElement('script');
  script.src = SCRIPT;
  const fetched: string[] = [];
  const win: { brieflineEarlyEventList?: { url: string } } = {};
  const fakeFetch = (u: string) => {
    fetched.push(u);
    return Promise.resolve();
  };
  new Function('document', 'location', 'fetch', 'window', code)({ currentScript: script }, { search }, fakeFetch, win);
  expect(fetched).toEqual(win.brieflineEarlyEventList ? [win.brieflineEarlyEventList.url] : []);
  return win.brieflineEarlyEventList?.url ?? null;
}

/** The url the app fetches for a `?data=` path (served under /base/). */
const appUrl = (raw: string) => {
  const r = resolveDataPath(raw, '/base/');
  return r.ok ? new URL(r.path, SCRIPT).href : null;
};

describe('public/early-data.js', () => {
  it('fetches the default list without ?data=', () => {
    expect(earlyUrl('')).toBe('https://app.example/base/data/events.json');
  });

  it('fetches a plain ?data= path, at the url the app asks for', () => {
    for (const raw of ['/bench-data/n10000/events.json', 'bench-data/n100/events.json', './x.json', 'a_b/c-d.v2.json'])
      expect(earlyUrl(`?data=${encodeURIComponent(raw)}`), raw).toBe(appUrl(raw));
  });

  it('leaves every other path to the app (which refuses it or fetches it itself)', () => {
    const left = [
      '../events.json',
      'a/../b.json',
      'a/./b.json',
      '%2e%2e/x.json',
      '%252e%252e/x.json',
      'https://evil.example/x.json',
      '//evil.example/x.json',
      'a\\b.json',
      'a/b.txt',
      'a b.json',
      'a/.json',
      'x.json?y=1',
      '',
    ];
    for (const raw of left) expect(earlyUrl(`?data=${encodeURIComponent(raw)}`), raw).toBeNull();
  });

  it('never starts a request the app would not take', () => {
    const tries = ['x.json', '/a/b/c.json', 'A-1/_b.JSON', '.x.json', 'a..json', 'a/..x.json', 'x.json/'];
    for (const raw of tries) {
      const early = earlyUrl(`?data=${encodeURIComponent(raw)}`);
      if (early !== null) expect(early, raw).toBe(appUrl(raw));
    }
  });
});
