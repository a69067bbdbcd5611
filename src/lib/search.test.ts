import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchEvents } from './search';
import { highlightSegments } from './highlight';
import { seedLike } from './__fixtures__/seedLike';

const index = buildSearchIndex(seedLike);
const ids = (q: string) => [...(searchEvents(index, q)?.ids ?? [])].toSorted();

describe('searchEvents', () => {
  it('returns null for an empty query', () => {
    expect(searchEvents(index, '   ')).toBeNull();
  });
  it('matches titles by prefix', () => {
    expect(ids('vis')).toContain('vision-statement-2022');
  });
  it('matches summaries, quotes, actors and outlets', () => {
    expect(ids('Ladakh')).toContain('ladakh-standoff-discussed'); // summary + quote
    expect(ids('Doval')).toEqual(['gantz-meets-modi-2022']); // actor and quote
    expect(ids('Devdiscourse').toSorted()).toEqual(
      seedLike.events
        .filter((e) => e.evidence.some((q) => q.source.startsWith('devdiscourse')))
        .map((e) => e.id)
        .toSorted(),
    ); // outlet
    expect(ids('telephonic')).toContain('phone-call-2020-07-24'); // only in the quote
  });
  it('is fuzzy for longer words', () => {
    expect(ids('Netanyahoo')).toContain('modi-netanyahu-calls');
  });
  it('combines words with AND and returns matched terms for highlighting', () => {
    const r = searchEvents(index, 'letter intent');
    expect([...(r?.ids ?? [])]).toEqual(['letter-of-intent-2022']);
    expect(r?.terms).toEqual(expect.arrayContaining(['letter', 'intent']));
  });
  it('finds nothing for nonsense', () => {
    expect(ids('qqqzzz')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks whole words case-insensitively, starting at word starts only', () => {
    expect(highlightSegments('Vision on vision-statement; envision', ['vision'])).toEqual([
      { text: 'Vision', mark: true },
      { text: ' on ', mark: false },
      { text: 'vision', mark: true },
      { text: '-statement; envision', mark: false },
    ]);
  });
  it('returns the text unmarked without terms, and escapes regex characters', () => {
    expect(highlightSegments('a+b', [])).toEqual([{ text: 'a+b', mark: false }]);
    expect(highlightSegments('R&D (x)', ['(x'])).toEqual([
      { text: 'R&D ', mark: false },
      { text: '(x', mark: true },
      { text: ')', mark: false },
    ]);
  });
  it('treats hostile text as text', () => {
    const segs = highlightSegments('<img src=x onerror=alert(1)>', ['img']);
    expect(segs.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});
