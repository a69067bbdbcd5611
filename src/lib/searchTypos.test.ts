/** Typo tolerance on the seed data (public/data/events.json): typos find their word, exact words stay exact. */
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import rawText from '../../public/data/events.json?raw';
import { validateEventList } from './schema';
import { buildSearchIndex, searchDocs, searchEvents, SEARCH_FIELDS, typoDistance } from './search';
import { canonicalSpelling } from './spelling';

const v = validateEventList(JSON.parse(rawText));
if (!v.ok) throw new Error('seed data is invalid');
const seed = v.value;
const index = buildSearchIndex(seed);
const ids = (q: string) => [...(searchEvents(index, q)?.ids ?? [])].toSorted();

/**
 * The same documents searched by prefix only, without any fuzziness: what an exact search should find. British and
 * American spellings are one word here too (spelling.ts: "defense" finds "defence"; that is no fuzziness).
 */
const plain = new MiniSearch({
  fields: [...SEARCH_FIELDS],
  processTerm: canonicalSpelling,
  searchOptions: { prefix: true, combineWith: 'AND' },
});
plain.addAll(searchDocs(seed));
const plainIds = (q: string) =>
  plain
    .search(q)
    .map((r) => String(r.id))
    .toSorted();
const withWord = (word: RegExp) =>
  seed.events
    .filter((e) => word.test([e.title, e.summary, ...e.evidence.map((q) => q.quote), ...e.actors].join(' ')))
    .map((e) => e.id)
    .toSorted();

describe('typo tolerance (seed data)', () => {
  it('finds Gantz for "Gnatz" (two letters swapped) and missiles for "missle"', () => {
    expect(ids('Gnatz')).toEqual(ids('Gantz'));
    expect(ids('Gnatz').length).toBeGreaterThan(5);
    expect(ids('missle')).toEqual(withWord(/missile/i));
    expect(searchEvents(index, 'missle')?.terms).toContain('missiles');
  });
  it('finds other real typos', () => {
    expect(ids('Ladak')).toEqual(ids('Ladakh')); // a prefix already
    expect(ids('Rajnth Singh')).toEqual(ids('Rajnath Singh'));
    expect(ids('Ladhak')).toEqual(ids('Ladakh'));
    expect(ids('Netanyhu')).toEqual(ids('Netanyahu'));
    expect(ids('delegaton')).toEqual(ids('delegation'));
    expect(ids('coronavirous')).toEqual(ids('coronavirus'));
    expect(ids('Isreal')).toEqual(withWord(/\bIsrael\b/i)); // the word itself ("Israeli" is 3 edits away)
  });
  it('keeps exact searches exact: the same hits as a search without any fuzziness', () => {
    for (const q of ['Gantz', 'Ladakh', 'drone', 'missiles', 'Doval', 'letter of intent', 'defense', 'India']) {
      expect(ids(q), q).toEqual(plainIds(q));
    }
  });
  it('finds either spelling of a word with both: "defense" and "defence" find the same events', () => {
    const both = withWord(/\bdefen[cs]e/i);
    expect(ids('defense')).toEqual(both);
    expect(ids('defence')).toEqual(both);
    expect(both.length).toBeGreaterThan(withWord(/\bdefense/i).length);
    expect(both.length).toBeGreaterThan(withWord(/\bdefence/i).length);
    expect(searchEvents(index, 'defense')?.terms).toEqual(expect.arrayContaining(['defense', 'defence']));
    // The events that write only "defence" (4 in the seed data) are found by "defense".
    const onlyBritish = withWord(/\bdefence/i).filter((id) => !withWord(/\bdefense/i).includes(id));
    expect(onlyBritish.length).toBeGreaterThan(0);
    expect(ids('defense')).toEqual(expect.arrayContaining(onlyBritish));
  });
  it('does not guess for short words or nonsense', () => {
    expect(typoDistance('mod')).toBe(false);
    expect(typoDistance('modi')).toBe(1);
    expect(typoDistance('gnatz')).toBe(2);
    expect(ids('qqqzzz')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });
});
