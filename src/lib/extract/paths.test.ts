import { describe, expect, it } from 'vitest';
import { safeTextPath } from '../links';
import { SOURCE_TEXT_PREFIX, sourceTextPath } from './paths';

describe('sourceTextPath', () => {
  const sha = 'bee776b6979edafc'.padEnd(64, '0');
  it('names a text by its id and the first 16 hex digits of its SHA-256, under data/sources/', () => {
    expect(sourceTextPath('ndtv-2020-07-24', sha)).toBe('data/sources/ndtv-2020-07-24.bee776b6979edafc.txt');
    expect(sourceTextPath('x', sha).startsWith(SOURCE_TEXT_PREFIX)).toBe(true);
  });
  it('gives another name when the text changes, and one the app fetches', () => {
    expect(sourceTextPath('a', sha)).not.toBe(sourceTextPath('a', `1${sha.slice(1)}`));
    expect(safeTextPath(sourceTextPath('ndtv-2020-07-24', sha))).not.toBeNull();
  });
});
